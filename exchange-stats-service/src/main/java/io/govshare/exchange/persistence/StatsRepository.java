package io.govshare.exchange.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.OrganizationFigures;
import io.govshare.exchange.domain.Side;

/**
 * The questions statistics ask of the aggregates (never of raw records, which are not kept). Summary, rankings and
 * regions read {@code org_monthly} (a few thousand rows a month); an organization's figures, of a month or of any
 * days, read the month rows of its pairs ({@code exchange_days} and the new rows of {@code exchange_days_new}) through
 * its indexes and sum their days. A key may have several appended rows until {@link AggregateCompactor} merges them,
 * so every query sums.
 */
@ApplicationScoped
public class StatsRepository {

    private final Pool pool;

    public StatsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Calls per organization in the month starting on {@code month}, by side. */
    public Uni<Map<Side, Map<String, Long>>> callsByOrganization(LocalDate month) {
        return this.pool
                .preparedQuery(
                        "select side, org_code, sum(calls)::bigint from org_monthly where month = $1 group by 1, 2")
                .execute(Tuple.of(month))
                .map(rows -> {
                    Map<Side, Map<String, Long>> result = new EnumMap<>(Side.class);
                    for (Side side : Side.values()) {
                        result.put(side, new HashMap<>());
                    }
                    for (Row row : rows) {
                        result.get(Side.valueOf(row.getString(0))).put(row.getString(1), row.getLong(2));
                    }
                    return result;
                });
    }

    /** Calls per organization on one side in the month starting on {@code month}. */
    public Uni<Map<String, Long>> callsByOrganization(LocalDate month, Side side) {
        return this.pool
                .preparedQuery(
                        "select org_code, sum(calls)::bigint from org_monthly where month = $1 and side = $2 group by 1")
                .execute(Tuple.of(month, side.name()))
                .map(rows -> {
                    Map<String, Long> result = new HashMap<>();
                    for (Row row : rows) {
                        result.put(row.getString(0), row.getLong(1));
                    }
                    return result;
                });
    }

    /**
     * The month rows of the organization ($2) on one side ({@code %1$s}: {@code provider_org} or
     * {@code consumer_org}) from the month of $1 to $3, merged and new.
     */
    private static final String PAIR_ROWS = """
            select * from exchange_days where %1$s = $2 and month between date_trunc('month', $1::date)::date and $3
            union all
            select * from exchange_days_new where %1$s = $2 and month between date_trunc('month', $1::date)::date and $3""";

    /**
     * An organization's calls between $1 and $3 (inclusive) on one side, by counterpart and resource: each month row's
     * days in the range are summed by {@code exchange_days_between} (V5), which PostgreSQL inlines. The statement stays
     * short enough (under 2,048 characters) for the pool to keep it prepared.
     */
    private static String rangeSql(String side, String counterpart) {
        return """
                select %1$s, resource_code, sum(calls)::bigint from (
                    select %1$s, resource_code, exchange_days_between($1, $3, month, %3$s) as calls from (%2$s) p
                ) s where calls > 0 group by 1, 2""".formatted(counterpart, PAIR_ROWS.formatted(side), String.join(", ", AggregateCompactor.DAY_COLUMNS));
    }

    static final String RANGE_AS_PROVIDER = rangeSql("provider_org", "consumer_org");
    static final String RANGE_AS_CONSUMER = rangeSql("consumer_org", "provider_org");

    /** The organization's calls per month and day column, by side; $1 and $3 bound the months, not the days. */
    static final String DAYS = """
            select side, month, %1$s from (
                select 'PROVIDER' as side, month, %4$s from (%2$s) provided
                union all
                select 'CONSUMER', month, %4$s from (%3$s) used
            ) p group by side, month""".formatted(
                    AggregateCompactor.DAY_COLUMNS.stream()
                            .map(d -> "sum(" + d + ")::bigint")
                            .collect(Collectors.joining(", ")),
                    PAIR_ROWS.formatted("provider_org"),
                    PAIR_ROWS.formatted("consumer_org"),
                    String.join(", ", AggregateCompactor.DAY_COLUMNS));

    /** The organization's calls between two days (inclusive), as provider and as consumer, by counterpart and resource. */
    public Uni<List<OrganizationFigures.Row>> rangeRows(String orgCode, LocalDate from, LocalDate to) {
        return rows(RANGE_AS_PROVIDER, RANGE_AS_CONSUMER, Tuple.of(from, orgCode, to));
    }

    /** The organization's calls per day between two days (inclusive), the days without calls left out. */
    public Uni<List<OrganizationFigures.DayRow>> days(String orgCode, LocalDate from, LocalDate to) {
        return this.pool
                .preparedQuery(DAYS)
                .execute(Tuple.of(from, orgCode, to))
                .map(rows -> {
                    List<OrganizationFigures.DayRow> result = new ArrayList<>();
                    for (Row row : rows) {
                        Side side = Side.valueOf(row.getString(0));
                        LocalDate month = row.getLocalDate(1);
                        for (int i = 0; i < BatchAggregates.DAYS; i++) {
                            Long calls = row.getLong(2 + i);
                            LocalDate day = month.plusDays(i);
                            if (calls != null && !day.isBefore(from) && !day.isAfter(to)) {
                                result.add(new OrganizationFigures.DayRow(day, side, calls));
                            }
                        }
                    }
                    return result;
                });
    }

    /** Both sides at once, on two connections of the pool: one round trip's wait instead of two. */
    private Uni<List<OrganizationFigures.Row>> rows(String asProvider, String asConsumer, Tuple args) {
        return Uni.combine()
                .all()
                .unis(
                        this.pool.preparedQuery(asProvider).execute(args),
                        this.pool.preparedQuery(asConsumer).execute(args))
                .with((provided, used) -> {
                    List<OrganizationFigures.Row> result = new ArrayList<>(provided.size() + used.size());
                    for (Row row : provided) {
                        result.add(new OrganizationFigures.Row(
                                Side.PROVIDER, row.getString(0), row.getString(1), row.getLong(2)));
                    }
                    for (Row row : used) {
                        result.add(new OrganizationFigures.Row(
                                Side.CONSUMER, row.getString(0), row.getString(1), row.getLong(2)));
                    }
                    return result;
                });
    }
}
