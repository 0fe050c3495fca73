package io.govshare.catalog.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.service.DataResourceService;
import io.govshare.common.input.Codes;
import io.govshare.common.input.PageRequest;
import io.govshare.common.web.Callers;

/** Data resources: any authenticated caller reads; the platform admin or the provider's users write. */
@Path("/api/v1/resources")
@Authenticated
@Tag(name = "Resources", description = "Data resources (数据资源) and their sharing type")
public class DataResourceResource {

    private final DataResourceService service;
    private final SecurityIdentity identity;

    public DataResourceResource(DataResourceService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(
            operationId = "listResources",
            summary = "List and search resources (检索数据资源)",
            description = "Ordered by code. Filters combine.")
    public Uni<PageView<DataResourceView>> list(
            @Parameter(description = "Only resources of this provider")
                    @QueryParam("providerOrg")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String providerOrg,
            @Parameter(description = "Only this sharing type") @QueryParam("sharingType") SharingType sharingType,
            @Parameter(description = "Substring of the name") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest paging = new PageRequest(page, size);
        return this.service
                .list(
                        OrganizationResource.blankToNull(providerOrg),
                        sharingType,
                        OrganizationResource.blankToNull(q),
                        paging.page(),
                        paging.size())
                .map(result -> PageView.of(result, DataResourceView::from));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getResource", summary = "Get one resource with its sharing type and provider (查看数据资源)")
    public Uni<DataResourceView> get(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code) {
        return this.service.get(code).map(DataResourceView::from);
    }

    @POST
    @RolesAllowed({"platform-admin", "dept-user", "dept-reviewer", "dept-signer"})
    @Operation(
            operationId = "createResource",
            summary = "Create a resource (新增数据资源)",
            description = "For the platform admin, or users of the provider.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new resource (已创建)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = DataResourceView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already (编码已存在)")
    public Uni<Response> create(@Valid @NotNull DataResourceBody body) {
        Bodies.requireCode(body.code());
        return this.service
                .create(Callers.of(this.identity), body.toData(null))
                .map(resource -> Response.created(URI.create("/api/v1/resources/" + resource.code))
                        .entity(DataResourceView.from(resource))
                        .build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({"platform-admin", "dept-user", "dept-reviewer", "dept-signer"})
    @Operation(
            operationId = "updateResource",
            summary = "Update a resource (修改数据资源)",
            description = "For the platform admin, or users of the provider.")
    public Uni<DataResourceView> update(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull DataResourceBody body) {
        Bodies.requireSameCode(code, body.code());
        return this.service
                .update(Callers.of(this.identity), code, body.toData(code))
                .map(DataResourceView::from);
    }
}
