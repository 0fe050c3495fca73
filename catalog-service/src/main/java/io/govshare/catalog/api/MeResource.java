package io.govshare.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.service.WhoAmIService;
import io.govshare.common.identity.Caller;
import io.govshare.common.web.Callers;

/** {@code GET /me}: any caller asks who the token says it is (the org code is otherwise only inside the token). */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Me", description = "The caller (当前用户)")
public class MeResource {

    private final WhoAmIService service;
    private final SecurityIdentity identity;

    public MeResource(WhoAmIService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who am I (当前用户)",
            description = "The user name, the GovShare roles and the organization of the token's `org` claim, with"
                    + " its level and region. 返回令牌中的用户名、角色及所属单位。")
    public Uni<MeView> me() {
        Caller caller = Callers.of(this.identity);
        return this.service.organizationOf(caller).map(org -> MeView.of(caller, org));
    }
}
