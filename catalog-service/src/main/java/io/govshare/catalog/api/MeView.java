package io.govshare.catalog.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.govshare.catalog.domain.Level;
import io.govshare.catalog.service.CallerOrganization;
import io.govshare.common.identity.Caller;
import io.govshare.common.identity.Roles;

/** Who the token says the caller is (docs/api.md, "GET /me"). */
@Schema(name = "Me", description = "The caller as the token says: user, GovShare roles, organization (当前用户)")
public record MeView(
        @Schema(required = true, description = "The user name (preferred_username)", example = "zwfw")
        String username,

        @Schema(
                required = true,
                description = "The caller's GovShare roles, sorted",
                example = "[\"dept-reviewer\", \"dept-signer\", \"dept-user\"]")
        List<String> roles,

        @Schema(
                nullable = true,
                description = "The organization of the `org` claim; null when the token has none"
                        + " or it names no organization of the catalog")
        Organization org) {

    /** The caller's organization with its region. */
    @Schema(name = "MeOrganization", description = "The caller's organization (所属单位)")
    public record Organization(
            @Schema(required = true, example = "gz.zwfwzx") String code,
            @Schema(required = true, example = "省政务服务中心") String name,
            @Schema(required = true, example = "PROVINCIAL") Level level,

            @Schema(nullable = true, description = "For PREFECTURE and COUNTY bodies", example = "520100")
            String regionCode,

            @Schema(nullable = true, example = "贵阳市") String regionName) {}

    static MeView of(Caller caller, Optional<CallerOrganization> org) {
        List<String> roles =
                caller.roles().stream().filter(Roles.ALL::contains).sorted().toList();
        return new MeView(
                caller.user(),
                roles,
                org.map(o -> new Organization(o.code(), o.name(), o.level(), o.regionCode(), o.regionName()))
                        .orElse(null));
    }
}
