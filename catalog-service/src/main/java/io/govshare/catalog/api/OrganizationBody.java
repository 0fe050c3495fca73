package io.govshare.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.Level;
import io.govshare.catalog.service.OrganizationData;
import io.govshare.common.input.Codes;

/** An organization to create or update; on PUT the code comes from the path and may be omitted. */
@Schema(description = "A ministry, provincial department, city or county body")
public record OrganizationBody(
        @Schema(description = "Stable code chosen by the operator", example = "gz.zwfwzx")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @Schema(description = "Display name", example = "省政务服务中心") @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "Short name (简称) where reports use one", example = "省人社厅") @Size(max = 100)
        String shortName,

        @Schema(description = "Administrative level") @NotNull
        Level level,

        @Schema(description = "Region of a PREFECTURE or COUNTY body; empty for NATIONAL and PROVINCIAL")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String regionCode,

        @Schema(description = "false deactivates the organization; omitted keeps the current value")
        Boolean active) {

    OrganizationData toData(String pathCode) {
        return new OrganizationData(
                pathCode != null ? pathCode : code, name, blankToNull(shortName), level, regionCode, active);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
