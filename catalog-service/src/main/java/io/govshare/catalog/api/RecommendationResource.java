package io.govshare.catalog.api;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import io.govshare.common.input.Months;

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
    @Operation(
            operationId = "getRecommendations",
            summary = "The recommended national resources of a month (国家数据资源推荐)",
            description = "Empty items when none set.")
    public Uni<RecommendationView> get(
            @Parameter(description = "YYYY-MM", required = true) @QueryParam("month") YearMonth month) {
        String value = Months.required("month", month).toString();
        return this.service.forMonth(value).map(items -> RecommendationView.of(value, items));
    }

    @PUT
    @Path("/{month}")
    @RolesAllowed("platform-admin")
    @Operation(
            operationId = "putRecommendations",
            summary = "Set the recommended national resources of a month (设置国家数据资源推荐)",
            description = "Replaces the month's list. Only resources of NATIONAL providers, each once.")
    public Uni<RecommendationView> put(@PathParam("month") YearMonth month, @Valid @NotNull RecommendationBody body) {
        String value = month.toString();
        return this.service.replace(value, body.resourceCodes()).map(items -> RecommendationView.of(value, items));
    }
}
