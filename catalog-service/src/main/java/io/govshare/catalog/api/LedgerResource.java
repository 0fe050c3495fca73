package io.govshare.catalog.api;

import java.time.LocalDate;
import java.util.List;

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
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.catalog.service.LedgerService;
import io.govshare.common.input.Codes;
import io.govshare.common.web.Callers;

/** The one-ledger (一本账) confirmation progress of each unit. */
@Path("/api/v1/ledger/units")
@Authenticated
@Tag(name = "Ledger", description = "One-ledger (一本账) confirmation progress")
public class LedgerResource {

    private final LedgerService service;
    private final SecurityIdentity identity;

    public LedgerResource(LedgerService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(
            operationId = "listLedgerUnits",
            summary = "Every unit's status as of a day (一本账各单位状态)",
            description = "Changes dated after asOf are not seen. Ordered by status (most advanced first), the day"
                    + " the unit reached it, then code.")
    public Uni<List<LedgerUnitView>> units(
            @Parameter(description = "YYYY-MM-DD; default today in the platform time zone") @QueryParam("asOf")
                    LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : this.service.today();
        return this.service
                .unitsAsOf(day)
                .map(units -> units.stream().map(LedgerUnitView::from).toList());
    }

    @PUT
    @Path("/{orgCode}")
    @RolesAllowed("platform-admin")
    @Operation(
            operationId = "recordLedgerChange",
            summary = "Record a status change of a unit (记录一本账状态变更)",
            description = "Repeating the latest change changes nothing; a step back or a date before the latest"
                    + " change is a conflict.")
    public Uni<LedgerUnitView> record(
            @PathParam("orgCode") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String orgCode,
            @Valid @NotNull LedgerChangeBody body) {
        return this.service
                .record(Callers.of(this.identity), orgCode, body.toData())
                .map(LedgerUnitView::from);
    }

    @GET
    @Path("/{orgCode}/history")
    @Operation(operationId = "getLedgerHistory", summary = "The recorded changes of a unit, oldest first (一本账变更历史)")
    public Uni<List<LedgerChangeView>> history(
            @PathParam("orgCode") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String orgCode) {
        return this.service
                .history(orgCode)
                .map(changes -> changes.stream().map(LedgerChangeView::from).toList());
    }
}
