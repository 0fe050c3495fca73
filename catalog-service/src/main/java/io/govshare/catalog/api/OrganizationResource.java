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
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.domain.Level;
import io.govshare.catalog.service.OrganizationService;
import io.govshare.common.input.Codes;
import io.govshare.common.input.PageRequest;

/** Organizations: any authenticated caller reads, the platform admin writes. */
@Path("/api/v1/organizations")
@Authenticated
@Tag(name = "Organizations", description = "Ministries, provincial departments, city and county bodies")
public class OrganizationResource {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listOrganizations",
            summary = "List organizations (单位列表)",
            description = "Ordered by level, then code. Filters combine.")
    public Uni<PageView<OrganizationView>> list(
            @Parameter(description = "Only this level") @QueryParam("level") Level level,
            @Parameter(description = "Only bodies of this region")
                    @QueryParam("regionCode")
                    @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
                    String regionCode,
            @Parameter(description = "Substring of the name or short name") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Only active (true) or deactivated (false) ones") @QueryParam("active")
                    Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest paging = new PageRequest(page, size);
        return this.service
                .list(level, blankToNull(regionCode), blankToNull(q), active, paging.page(), paging.size())
                .map(result -> PageView.of(result, OrganizationView::from));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getOrganization", summary = "Get one organization (查看单位)")
    public Uni<OrganizationView> get(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code) {
        return this.service.get(code).map(OrganizationView::from);
    }

    @POST
    @RolesAllowed("platform-admin")
    @Operation(
            operationId = "createOrganization",
            summary = "Create an organization (新增单位)",
            description = "PREFECTURE and COUNTY bodies need the regionCode of their prefecture.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new organization (已创建)",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already (编码已存在)")
    public Uni<Response> create(@Valid @NotNull OrganizationBody body) {
        Bodies.requireCode(body.code());
        return this.service
                .create(body.toData(null))
                .map(org -> Response.created(URI.create("/api/v1/organizations/" + org.code))
                        .entity(OrganizationView.from(org))
                        .build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("platform-admin")
    @Operation(
            operationId = "updateOrganization",
            summary = "Update an organization (修改单位)",
            description = "Organizations are never deleted; set active=false to deactivate one.")
    public Uni<OrganizationView> update(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull OrganizationBody body) {
        Bodies.requireSameCode(code, body.code());
        return this.service.update(code, body.toData(code)).map(OrganizationView::from);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
