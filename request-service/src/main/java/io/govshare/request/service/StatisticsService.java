package io.govshare.request.service;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import io.govshare.request.client.CatalogOrganization;
import io.govshare.request.config.RequestConfig;
import io.govshare.request.persistence.OrgCount;
import io.govshare.request.persistence.ProviderTimeliness;
import io.govshare.request.persistence.StatisticsRepository;

/**
 * The request statistics of docs/statistics.md, platform-wide or of one organization. The database counts; this class
 * names months in the platform zone and adds the organizations' names from the catalog (asked once per organization
 * per call, and only for the rows answered).
 */
@ApplicationScoped
public class StatisticsService {

    static final int NAME_CONCURRENCY = 8;

    private final StatisticsRepository statistics;
    private final CatalogFacts catalog;
    private final ZoneId zone;

    public StatisticsService(StatisticsRepository statistics, CatalogFacts catalog, RequestConfig config) {
        this.statistics = statistics;
        this.catalog = catalog;
        this.zone = config.timeZone();
    }

    public Uni<MonthStatistics> month(YearMonth month) {
        Log.debugf("request statistics of %s", month);
        return this.statistics
                .monthCounts(start(month), start(month.plusMonths(1)))
                .map(c -> MonthStatistics.of(month, RequestFigures.of(c)));
    }

    /** One organization's figures, as applicant and as provider (docs/statistics.md). */
    public Uni<OrganizationStatistics> organization(YearMonth month, String org) {
        Log.debugf("request statistics of %s for %s", month, org);
        return this.statistics
                .organizationCounts(start(month), start(month.plusMonths(1)), org)
                .map(c -> new OrganizationStatistics(
                        month, org, RequestFigures.of(c.asApplicant()), RequestFigures.of(c.asProvider())));
    }

    /** The ranking of every provider; {@code providerOrg} (when given) keeps only its own row, with its rank. */
    public Uni<List<Timeliness>> timeliness(YearMonth month, String providerOrg) {
        Log.debugf("response timeliness of %s", month);
        return this.statistics
                .timeliness(start(month), start(month.plusMonths(1)))
                .map(rows -> providerOrg == null
                        ? rows
                        : rows.stream()
                                .filter(row -> row.providerOrg().equals(providerOrg))
                                .toList())
                .flatMap(rows -> names(rows.stream()
                                .map(ProviderTimeliness::providerOrg)
                                .toList())
                        .map(names -> rows.stream()
                                .map(row -> new Timeliness(
                                        row.rank(),
                                        row.providerOrg(),
                                        names.get(row.providerOrg()),
                                        row.responded(),
                                        row.meanHours(),
                                        row.medianHours(),
                                        row.overdue()))
                                .toList()));
    }

    public Uni<NationalApplications> nationalApplications(YearMonth until) {
        Log.debugf("national applications until %s", until);
        return this.statistics
                .nationalApplications(start(until.plusMonths(1)))
                .flatMap(rows -> names(rows.stream().map(OrgCount::orgCode).toList())
                        .map(names -> new NationalApplications(
                                until,
                                rows.stream().mapToLong(OrgCount::count).sum(),
                                rows.size(),
                                rows.stream()
                                        .map(row -> new NationalApplications.Applicant(
                                                row.orgCode(), names.get(row.orgCode()), row.count()))
                                        .toList())));
    }

    /** The catalog name of each organization; a code the catalog does not know keeps a null name. */
    private Uni<Map<String, String>> names(List<String> codes) {
        CatalogFacts.Session session = this.catalog.session();
        return Multi.createFrom()
                .iterable(codes)
                .onItem()
                .transformToUni(code -> session.organization(code).map(org -> Map.entry(code, org)))
                .merge(NAME_CONCURRENCY)
                .collect()
                .asList()
                .map(entries -> {
                    Map<String, String> names = new HashMap<>();
                    for (Map.Entry<String, Optional<CatalogOrganization>> entry : entries) {
                        names.put(
                                entry.getKey(),
                                entry.getValue().map(CatalogOrganization::name).orElse(null));
                    }
                    return names;
                });
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(this.zone).toOffsetDateTime();
    }
}
