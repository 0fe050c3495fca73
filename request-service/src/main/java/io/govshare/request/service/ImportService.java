package io.govshare.request.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.identity.Caller;
import io.govshare.common.input.Codes;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.domain.RequestMessages;

/**
 * The history import (docs/architecture.md, "History import"): every item is replayed through the state machine and stored in its own
 * transaction, so a bad item is reported and stores nothing while the good ones are kept. The catalog is asked
 * for every resource and organization of the batch first (once each); if it cannot answer, the whole import is
 * refused before anything is stored.
 */
@ApplicationScoped
public class ImportService {

    /** How many catalog look-ups run at once while a batch is prepared. */
    static final int CATALOG_CONCURRENCY = 8;

    private final CatalogFacts catalog;
    private final ImportItemStore store;
    private final int maxItems;

    public ImportService(CatalogFacts catalog, ImportItemStore store, RequestConfig config) {
        this.catalog = catalog;
        this.store = store;
        this.maxItems = config.importing().maxItems();
    }

    public Uni<ImportOutcome> importItems(Caller caller, List<ImportItem> items) {
        if (items.size() > this.maxItems) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    Text.of(RequestMessages.IMPORT_TOO_LARGE, this.maxItems, items.size()));
        }
        Log.infof("import of %d historical requests by %s", items.size(), caller.user());
        CatalogFacts.Session session = this.catalog.session();
        return prefetch(session, items)
                .flatMap(ready -> Multi.createFrom()
                        .range(0, items.size())
                        .onItem()
                        .transformToUniAndConcatenate(index -> this.store.store(index, items.get(index), session))
                        .collect()
                        .asList())
                .map(ImportService::summarize);
    }

    /**
     * Asks the catalog for every resource and applicant of the batch; fails when the catalog cannot answer. Codes
     * that are no codes are not asked for: their items are refused on their own.
     */
    private static Uni<Void> prefetch(CatalogFacts.Session session, List<ImportItem> items) {
        Set<String> resources = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (ImportItem item : items) {
            if (item != null && Codes.isValid(item.resourceCode())) {
                resources.add(item.resourceCode());
            }
            if (item != null && Codes.isValid(item.applicantOrg())) {
                organizations.add(item.applicantOrg());
            }
        }
        Uni<Void> resourcesKnown = Multi.createFrom()
                .iterable(resources)
                .onItem()
                .transformToUni(session::resource)
                .merge(CATALOG_CONCURRENCY)
                .collect()
                .last()
                .replaceWithVoid();
        Uni<Void> organizationsKnown = Multi.createFrom()
                .iterable(organizations)
                .onItem()
                .transformToUni(session::organization)
                .merge(CATALOG_CONCURRENCY)
                .collect()
                .last()
                .replaceWithVoid();
        return resourcesKnown.flatMap(done -> organizationsKnown);
    }

    private static ImportOutcome summarize(List<ImportItemStore.Result> results) {
        int imported = 0;
        int unchanged = 0;
        List<ImportOutcome.ItemError> errors = new ArrayList<>();
        for (ImportItemStore.Result result : results) {
            switch (result.kind()) {
                case IMPORTED -> imported++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> errors.add(result.error());
            }
        }
        return new ImportOutcome(imported, unchanged, errors);
    }
}
