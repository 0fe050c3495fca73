package io.govshare.catalog.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The recorded one-ledger changes, oldest first. */
@ApplicationScoped
public class LedgerChangeRepository implements PanacheRepositoryBase<LedgerChangeEntity, Long> {

    /** Every change dated on or before {@code day}, in recorded order. */
    public Uni<List<LedgerChangeEntity>> listEffectiveBy(LocalDate day) {
        return list("effectiveDate <= ?1", Sort.by("effectiveDate").and("id"), day);
    }

    /** The history of one unit, oldest first. */
    public Uni<List<LedgerChangeEntity>> listForOrg(String orgCode) {
        return list("orgCode", Sort.by("effectiveDate").and("id"), orgCode);
    }
}
