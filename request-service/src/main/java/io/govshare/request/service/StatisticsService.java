package io.govshare.request.service;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
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
import io.govshare.request.domain.RejectionNode;
import io.govshare.request.persistence.MonthCounts;
import io.govshare.request.persistence.OrgCount;
import io.govshare.request.persistence.ProviderTimeliness;
import io.govshare.request.persistence.StatisticsRepository;

/**
 * The platform-wide request statistics of DESIGN §7. The database counts; this class names months in the platform
 * zone and adds the organizations' names from the catalog (asked once per organization per call).
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
                .map(c -> of(month, c));
    }

    public Uni<List<Timeliness>> timeliness(YearMonth month) {
        Log.debugf("response timeliness of %s", month);
        return this.statistics
                .timeliness(start(month), start(month.plusMonths(1)))
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

    static MonthStatistics of(YearMonth month, MonthCounts c) {
        Map<RejectionNode, Long> byNode = new EnumMap<>(RejectionNode.class);
        byNode.put(RejectionNode.ACCEPT, c.rejectedAtAccept());
        byNode.put(RejectionNode.REVIEW, c.rejectedAtReview());
        byNode.put(RejectionNode.SIGN, c.rejectedAtSign());
        long rejected = c.rejectedAtAccept() + c.rejectedAtReview() + c.rejectedAtSign();
        return new MonthStatistics(
                month,
                c.submitted(),
                c.withdrawn(),
                c.signed() + rejected,
                c.pending(),
                c.unconditional(),
                c.signed(),
                rejected,
                byNode);
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
