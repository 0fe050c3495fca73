package io.govshare.exchange.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.common.error.NotFoundException;
import io.govshare.common.identity.Caller;
import io.govshare.exchange.domain.Directory;
import io.govshare.exchange.domain.ExchangeMessages;
import io.govshare.exchange.domain.Level;
import io.govshare.exchange.domain.OrganizationFigures;
import io.govshare.exchange.domain.Rankings;
import io.govshare.exchange.domain.Side;
import io.govshare.exchange.domain.StatsAccess;
import io.govshare.exchange.domain.Summary;
import io.govshare.exchange.persistence.StatsRepository;

/**
 * The exchange statistics of docs/statistics.md, read from the aggregates and classified with the catalog's current directory.
 */
@ApplicationScoped
public class StatsService {

    private final StatsRepository repository;
    private final OrganizationDirectory directory;

    public StatsService(StatsRepository repository, OrganizationDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** Total calls of the month and calls by the level of provider and consumer. */
    public Uni<Summary> summary(YearMonth month) {
        Log.debugf("summary of %s", month);
        return this.repository.callsByOrganization(month.atDay(1)).flatMap(calls -> {
            Set<String> codes = new HashSet<>(calls.get(Side.PROVIDER).keySet());
            codes.addAll(calls.get(Side.CONSUMER).keySet());
            return this.directory.knowing(codes).map(directory -> {
                Summary summary = Summary.of(calls.get(Side.PROVIDER), calls.get(Side.CONSUMER), directory);
                if (!summary.unclassified().isEmpty()) {
                    Log.warnf("%s: organizations unknown to the catalog: %s", month, summary.unclassified());
                }
                return summary;
            });
        });
    }

    /** Organizations of a level (any when null) ranked by their calls on one side. */
    public Uni<List<Rankings.Entry>> rankings(YearMonth month, Side side, Level level, int limit) {
        return this.repository
                .callsByOrganization(month.atDay(1), side)
                .flatMap(calls -> this.directory
                        .knowing(calls.keySet())
                        .map(directory -> Rankings.organizations(calls, level, limit, directory)));
    }

    /** Every region ranked by the calls of its organizations on one side. */
    public Uni<List<Rankings.Entry>> regions(YearMonth month, Side side) {
        return this.repository
                .callsByOrganization(month.atDay(1), side)
                .flatMap(calls ->
                        this.directory.knowing(calls.keySet()).map(directory -> Rankings.regions(calls, directory)));
    }

    /** One organization's figures between two days (inclusive); only the organization itself or a platform reader. */
    public Uni<NamedFigures> organization(Caller caller, String orgCode, LocalDate from, LocalDate to) {
        StatsAccess.requireOrganization(caller, orgCode);
        return this.directory.knowing(Set.of(orgCode)).flatMap(directory -> {
            if (!directory.knows(orgCode)) {
                throw new NotFoundException(ExchangeMessages.ORGANIZATION, orgCode);
            }
            // the rows and the days are read at once (on connections of their own), not one after the other
            return Uni.combine()
                    .all()
                    .unis(this.repository.rangeRows(orgCode, from, to), this.repository.days(orgCode, from, to))
                    .asTuple()
                    .flatMap(both -> {
                        OrganizationFigures figures =
                                OrganizationFigures.of(orgCode, from, to, both.getItem1(), both.getItem2());
                        Set<String> codes = new HashSet<>();
                        figures.byCounterpart().forEach(s -> codes.add(s.code()));
                        return this.directory.knowing(codes).map(d -> new NamedFigures(figures, d));
                    });
        });
    }

    /** Figures with the directory that names their organizations. */
    public record NamedFigures(OrganizationFigures figures, Directory directory) {}
}
