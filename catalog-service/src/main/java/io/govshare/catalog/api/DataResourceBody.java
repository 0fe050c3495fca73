package io.govshare.catalog.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.OpenType;
import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.domain.UpdateFrequency;
import io.govshare.catalog.service.DataResourceData;
import io.govshare.common.input.Codes;

/** A data resource to create or update; on PUT the code comes from the path and may be omitted. */
@Schema(description = "A data resource (数据资源)")
public record DataResourceBody(
        @Schema(example = "res.gz.scjgj.enterprise") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @Schema(example = "企业登记信息") @NotBlank @Size(max = 300)
        String name,

        @Schema(description = "Code of the providing organization", example = "gz.scjgj")
        @NotBlank
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String providerOrg,

        @NotNull SharingType sharingType,
        @NotNull OpenType openType,
        @NotNull UpdateFrequency updateFrequency,
        @Size(max = 500) List<@Valid @NotNull ResourceItemBody> items,
        @Size(max = 4000) String description) {

    DataResourceData toData(String pathCode) {
        return new DataResourceData(
                pathCode != null ? pathCode : code,
                name,
                providerOrg,
                sharingType,
                openType,
                updateFrequency,
                items == null
                        ? List.of()
                        : items.stream().map(ResourceItemBody::toItem).toList(),
                description);
    }
}
