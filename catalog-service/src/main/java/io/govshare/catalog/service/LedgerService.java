package io.govshare.catalog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.config.CatalogConfig;
import io.govshare.catalog.domain.CatalogMessages;
import io.govshare.catalog.domain.LedgerChange;
import io.govshare.catalog.domain.LedgerStatus;
import io.govshare.catalog.domain.LedgerTimeline;
import io.govshare.catalog.domain.LedgerUnitState;
import io.govshare.catalog.persistence.LedgerChangeEntity;
import io.govshare.catalog.persistence.LedgerChangeRepository;
import io.govshare.catalog.persistence.OrganizationEntity;
import io.govshare.catalog.persistence.OrganizationRepository;
import io.govshare.common.error.ConflictException;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.identity.Caller;

/** The one-ledger (一本账) progress: recorded changes and the state of every unit as of a day. */
@ApplicationScoped
public class LedgerService {

    private final LedgerChangeRepository changes;
    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final Clock clock;

    public LedgerService(
            LedgerChangeRepository changes,
            OrganizationRepository organizations,
            OrganizationService organizationService,
            CatalogConfig config) {
        this.changes = changes;
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.clock = Clock.system(config.timeZone());
    }

    /** Today in the platform time zone. */
    public LocalDate today() {
        return LocalDate.now(this.clock);
    }

    /** Every unit's state as of {@code day}; a change dated after it is not seen. */
    @WithSession
    public Uni<List<LedgerUnit>> unitsAsOf(LocalDate day) {
        return this.changes.listEffectiveBy(day).flatMap(rows -> {
            List<LedgerUnitState> states = LedgerTimeline.asOf(
                    rows.stream().map(LedgerService::toDomain).toList(), day);
            return names(states.stream().map(LedgerUnitState::orgCode).collect(Collectors.toSet()))
                    .map(orgs -> states.stream()
                            .map(s -> {
                                OrganizationEntity org = orgs.get(s.orgCode());
                                return new LedgerUnit(
                                        s.orgCode(), org.name, org.shortName, s.status(), s.since(), s.plannedDate());
                            })
                            .toList());
        });
    }

    /** The recorded changes of one unit, oldest first. */
    @WithSession
    public Uni<List<LedgerChange>> history(String orgCode) {
        return this.organizationService
                .get(orgCode)
                .flatMap(org -> this.changes.listForOrg(orgCode))
                .map(rows -> rows.stream().map(LedgerService::toDomain).toList());
    }

    /**
     * Records a change. Repeating the latest change is a no-op, so a loader may run twice; a change dated before
     * the latest one, or a step backwards, is refused (409): the history is never rewritten.
     */
    @WithTransaction
    public Uni<LedgerUnit> record(Caller caller, String orgCode, LedgerChangeData data) {
        LocalDate today = today();
        LocalDate effective = data.effectiveDate() == null ? today : data.effectiveDate();
        if (effective.isAfter(today)) {
            throw new InvalidInputException("effectiveDate", CatalogMessages.EFFECTIVE_AFTER_TODAY, today);
        }
        if (data.status() == LedgerStatus.SCHEDULED && data.plannedDate() == null) {
            throw new InvalidInputException("plannedDate", CatalogMessages.PLANNED_REQUIRED);
        }
        if (data.status() != LedgerStatus.SCHEDULED && data.plannedDate() != null) {
            throw new InvalidInputException("plannedDate", CatalogMessages.PLANNED_NOT_ALLOWED);
        }
        Log.debugf("ledger change of %s to %s from %s", orgCode, data.status(), effective);
        return this.organizationService
                .get(orgCode)
                .flatMap(org -> this.changes.listForOrg(orgCode))
                .flatMap(rows -> {
                    List<LedgerChange> history =
                            rows.stream().map(LedgerService::toDomain).toList();
                    boolean repeated = !history.isEmpty()
                            && history.get(history.size() - 1).sameAs(data.status(), effective, data.plannedDate());
                    if (repeated) {
                        return Uni.createFrom().voidItem();
                    }
                    LedgerTimeline.refusal(history, data.status(), effective).ifPresent(reason -> {
                        throw new ConflictException("status", reason);
                    });
                    LedgerChangeEntity row = new LedgerChangeEntity();
                    row.orgCode = orgCode;
                    row.status = data.status();
                    row.effectiveDate = effective;
                    row.plannedDate = data.plannedDate();
                    row.note = data.note();
                    row.recordedAt = OffsetDateTime.now(this.clock);
                    row.recordedBy = caller.user();
                    return this.changes.persistAndFlush(row).replaceWithVoid();
                })
                .flatMap(done -> unitsAsOf(today))
                .map(units -> units.stream()
                        .filter(u -> u.orgCode().equals(orgCode))
                        .findFirst()
                        .orElseThrow());
    }

    private Uni<Map<String, OrganizationEntity>> names(Set<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return this.organizations
                .list("code in ?1", codes)
                .map(orgs -> orgs.stream().collect(Collectors.toMap(o -> o.code, Function.identity())));
    }

    private static LedgerChange toDomain(LedgerChangeEntity row) {
        return new LedgerChange(
                row.orgCode, row.status, row.effectiveDate, row.plannedDate, row.note, row.recordedAt, row.recordedBy);
    }
}
