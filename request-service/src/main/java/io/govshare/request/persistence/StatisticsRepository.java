package io.govshare.request.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The statistics of DESIGN §7, computed by PostgreSQL. A month is {@code [from, before)} in the platform zone; "the
 * status at the end of the month" is the last event of the request before {@code before}, so a request submitted in
 * the month and decided in the next one counts as pending.
 */
@ApplicationScoped
public class StatisticsRepository {

    static final String MONTH_COUNTS = """
            with submitted as (
                select id from share_request where submitted_at >= $1 and submitted_at < $2
            ), last_step as (
                select distinct on (e.request_id) e.request_id, e.to_status, e.node
                from request_event e join submitted s on s.id = e.request_id
                where e.at < $2
                order by e.request_id, e.seq desc
            )
            select count(*) as submitted,
                   count(*) filter (where l.to_status = 'WITHDRAWN') as withdrawn,
                   count(*) filter (where l.to_status in ('SUBMITTED', 'ACCEPTED', 'REVIEWED')) as pending,
                   count(*) filter (where l.to_status = 'AUTO_APPROVED') as unconditional,
                   count(*) filter (where l.to_status = 'SIGNED') as signed,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'ACCEPT') as rejected_accept,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'REVIEW') as rejected_review,
                   count(*) filter (where l.to_status = 'REJECTED' and l.node = 'SIGN') as rejected_sign
            from submitted s left join last_step l on l.request_id = s.id
            """;

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
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new MonthCounts(
                            row.getLong("submitted"),
                            row.getLong("withdrawn"),
                            row.getLong("pending"),
                            row.getLong("unconditional"),
                            row.getLong("signed"),
                            row.getLong("rejected_accept"),
                            row.getLong("rejected_review"),
                            row.getLong("rejected_sign"));
                });
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
