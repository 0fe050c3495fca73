package io.govshare.catalog.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.common.input.Codes;

/** The resources to recommend for a month, in the order they are to be listed. */
@Schema(description = "Resource codes in rank order")
public record RecommendationBody(
        @NotNull @Size(max = 100)
        List<@NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String> resourceCodes) {}
