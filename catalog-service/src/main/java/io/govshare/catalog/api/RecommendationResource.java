package io.govshare.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.service.RecommendationService;

/** The monthly list of recommended national resources (国家数据资源推荐). */
@Path("/api/v1/recommendations")
@Authenticated
@Tag(name = "Recommendations", description = "Recommended national resources per month")
public class RecommendationResource {

    private final RecommendationService service;

    public RecommendationResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The recommended national resources of a month", description = "Empty items when none set.")
    public Uni<RecommendationView> get(
            @Parameter(description = "YYYY-MM", required = true)
                    @QueryParam("month")
                    @NotNull
                    @Pattern(regexp = Codes.MONTH, message = Codes.MONTH_MESSAGE)
                    String month) {
        return this.service.forMonth(month).map(items -> RecommendationView.of(month, items));
    }

    @PUT
    @Path("/{month}")
    @RolesAllowed("platform-admin")
    @Operation(
            summary = "Set the recommended national resources of a month",
            description = "Replaces the month's list. Only resources of NATIONAL providers, each once.")
    public Uni<RecommendationView> put(
            @PathParam("month") @Pattern(regexp = Codes.MONTH, message = Codes.MONTH_MESSAGE) String month,
            @Valid @NotNull RecommendationBody body) {
        return this.service.replace(month, body.resourceCodes()).map(items -> RecommendationView.of(month, items));
    }
}
