package io.govshare.request.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The statistics of docs/statistics.md, computed by PostgreSQL. A month is {@code [from, before)} in the platform zone; "the
 * status at the end of the month" is the last event of the request before {@code before}, so a request submitted in
 * the month and decided in the next one counts as pending.
 */
@ApplicationScoped
public class StatisticsRepository {

    /**
     * The requests submitted in {@code [$1, $2)} (the CTE {@code submitted}, with a column {@code side}), each by its
     * last event before {@code $2}, counted per side.
     */
    private static final String COUNTS = """
            , last_step as (
                select distinct on (e.request_id) e.request_id, e.to_status, e.node
                from request_event e join submitted s on s.id = e.request_id
                where e.at < $2
                order by e.request_id, e.seq desc
            )
            select s.side,
                   count(*) as submitted,
                   count(*) filter (where l.to_status = 'WITHDRAWN') as withdrawn,
                   count(*) filter (where l.to_status in ('SUBMITTED', 'ACCEPTED', 'REVIEWED')) as pending,
                   count(*) filter (where l.to_status = 'AUTO_APPROVED') as unconditional,
                   count(*) filter (where l.to_status = 'SIGNED') as signed,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'ACCEPT') as rejected_accept,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'REVIEW') as rejected_review,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'SIGN') as rejected_sign
            from submitted s left join last_step l on l.request_id = s.id
            group by s.side
            """;

    /** Every request of the month, all on one side. */
    static final String MONTH_COUNTS = """
            with submitted as (
                select id, 'ALL' as side from share_request where submitted_at >= $1 and submitted_at < $2
            )""" + COUNTS;

    /** The requests of the month where organization {@code $3} is the applicant, and those where it is the provider. */
    static final String ORGANIZATION_COUNTS = """
            with submitted as (
                select id, case when applicant_org = $3 then 'APPLICANT' else 'PROVIDER' end as side
                from share_request
                where submitted_at >= $1 and submitted_at < $2 and (applicant_org = $3 or provider_org = $3)
            )""" + COUNTS;

    static final String TIMELINESS = """
            select provider_org, responded, mean_hours, median_hours, overdue,
                   row_number() over (order by mean_hours, provider_org) as rank
            from (
                select provider_org,
                       count(*) as responded,
                       round(avg(response_working_seconds) / 3600.0, 2) as mean_hours,
                       round((percentile_cont(0.5) within group (order by response_working_seconds)
                              / 3600.0)::numeric, 2) as median_hours,
                       count(*) filter (where responded_at > deadline) as overdue
                from share_request
                where submitted_at >= $1 and submitted_at < $2 and responded_at < $2
                group by provider_org
            ) per_provider
            order by rank
            """;

    static final String NATIONAL_APPLICATIONS = """
            select applicant_org, count(*) as applications
            from share_request
            where channel = 'NATIONAL_ZONE' and submitted_at < $1
            group by applicant_org
            order by applications desc, applicant_org
            """;

    private final Pool pool;

    public StatisticsRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<MonthCounts> monthCounts(OffsetDateTime from, OffsetDateTime before) {
        return this.pool
                .preparedQuery(MONTH_COUNTS)
                .execute(Tuple.of(from, before))
                .map(rows -> sides(rows).getOrDefault("ALL", MonthCounts.NONE));
    }

    /** The counts of one organization's requests of the month, as applicant and as provider (one query). */
    public Uni<OrganizationCounts> organizationCounts(OffsetDateTime from, OffsetDateTime before, String org) {
        return this.pool
                .preparedQuery(ORGANIZATION_COUNTS)
                .execute(Tuple.of(from, before, org))
                .map(rows -> {
                    Map<String, MonthCounts> sides = sides(rows);
                    return new OrganizationCounts(
                            sides.getOrDefault("APPLICANT", MonthCounts.NONE),
                            sides.getOrDefault("PROVIDER", MonthCounts.NONE));
                });
    }

    private static Map<String, MonthCounts> sides(RowSet<Row> rows) {
        Map<String, MonthCounts> sides = new HashMap<>();
        for (Row row : rows) {
            sides.put(
                    row.getString("side"),
                    new MonthCounts(
                            row.getLong("submitted"),
                            row.getLong("withdrawn"),
                            row.getLong("pending"),
                            row.getLong("unconditional"),
                            row.getLong("signed"),
                            row.getLong("rejected_accept"),
                            row.getLong("rejected_review"),
                            row.getLong("rejected_sign")));
        }
        return sides;
    }

    /** Per provider, over the requests submitted in the window that it answered before the window ended. */
    public Uni<List<ProviderTimeliness>> timeliness(OffsetDateTime from, OffsetDateTime before) {
        return this.pool
                .preparedQuery(TIMELINESS)
                .execute(Tuple.of(from, before))
                .map(rows -> {
                    List<ProviderTimeliness> result = new ArrayList<>();
                    for (Row row : rows) {
                        result.add(new ProviderTimeliness(
                                row.getLong("rank").intValue(),
                                row.getString("provider_org"),
                                row.getLong("responded"),
                                row.getBigDecimal("mean_hours"),
                                row.getBigDecimal("median_hours"),
                                row.getLong("overdue")));
                    }
                    return result;
                });
    }

    /** National-zone requests submitted before {@code before}, per applicant, most first, ties by code. */
    public Uni<List<OrgCount>> nationalApplications(OffsetDateTime before) {
        return this.pool
                .preparedQuery(NATIONAL_APPLICATIONS)
                .execute(Tuple.of(before))
                .map(rows -> {
                    List<OrgCount> result = new ArrayList<>();
                    for (Row row : rows) {
                        result.add(new OrgCount(row.getString("applicant_org"), row.getLong("applications")));
                    }
                    return result;
                });
    }
}
