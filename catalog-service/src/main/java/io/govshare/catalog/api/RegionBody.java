package io.govshare.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.common.input.Codes;

/** A region to create or update; on PUT the code comes from the path and may be omitted. */
@Schema(description = "A prefecture-level division (市州)")
public record RegionBody(
        @Schema(description = "Stable code, e.g. the administrative division code", example = "520100")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @Schema(description = "Display name", example = "贵阳市") @NotBlank @Size(max = 200)
        String name) {}
