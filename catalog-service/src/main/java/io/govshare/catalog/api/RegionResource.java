package io.govshare.catalog.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.service.RegionService;
import io.govshare.common.input.Codes;
import io.govshare.common.input.PageRequest;

/** Regions (市州): any authenticated caller reads, the platform admin writes. */
@Path("/api/v1/regions")
@Authenticated
@Tag(name = "Regions", description = "Prefecture-level divisions (市州)")
public class RegionResource {

    private final RegionService service;

    public RegionResource(RegionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List regions, ordered by code (市州列表)")
    public Uni<PageView<RegionView>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest paging = new PageRequest(page, size);
        return this.service.list(paging.page(), paging.size()).map(result -> PageView.of(result, RegionView::from));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Get one region (查看市州)")
    public Uni<RegionView> get(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code) {
        return this.service.get(code).map(RegionView::from);
    }

    @POST
    @RolesAllowed("platform-admin")
    @Operation(operationId = "createRegion", summary = "Create a region (新增市州)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new region (已创建)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already (编码已存在)")
    public Uni<Response> create(@Valid @NotNull RegionBody body) {
        Bodies.requireCode(body.code());
        return this.service
                .create(body.code(), body.name())
                .map(region -> Response.created(URI.create("/api/v1/regions/" + region.code))
                        .entity(RegionView.from(region))
                        .build());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("platform-admin")
    @Operation(operationId = "updateRegion", summary = "Rename a region (修改市州)")
    public Uni<RegionView> update(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull RegionBody body) {
        Bodies.requireSameCode(code, body.code());
        return this.service.update(code, body.name()).map(RegionView::from);
    }
}
