package io.govshare.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.ResourceItem;

/** One data item (信息项) of a resource. */
@Schema(description = "A data item of a resource")
public record ResourceItemBody(
        @Schema(example = "统一社会信用代码") @NotBlank @Size(max = 200)
        String name,

        @Size(max = 1000) String description) {

    ResourceItem toItem() {
        return new ResourceItem(name, description);
    }
}
