package io.govshare.exchange.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import io.govshare.exchange.domain.OrganizationFigures;
import io.govshare.exchange.domain.Side;

/**
 * The questions statistics ask of the aggregates (never of raw records, which are not kept). Summary, rankings and
 * regions read {@code org_monthly} (a few thousand rows a month); an organization's figures, of a month or of any
 * days, read the daily tables through its indexes. A key may have several appended rows until {@link AggregateCompactor} merges them, so every query sums.
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

    /** The organization's calls between two days (inclusive), as provider and as consumer, by counterpart and resource. */
    public Uni<List<OrganizationFigures.Row>> rangeRows(String orgCode, LocalDate from, LocalDate to) {
        return rows("""
                select consumer_org, resource_code, sum(calls)::bigint from exchange_daily
                where provider_org = $2 and day between $1 and $3 group by 1, 2""", """
                select provider_org, resource_code, sum(calls)::bigint from exchange_daily
                where consumer_org = $2 and day between $1 and $3 group by 1, 2""", Tuple.of(from, orgCode, to));
    }

    /** The organization's calls per day between two days (inclusive). */
    public Uni<List<OrganizationFigures.DayRow>> days(String orgCode, LocalDate from, LocalDate to) {
        return this.pool
                .preparedQuery(
                        "select day, side, sum(calls)::bigint from org_daily where org_code = $1 and day between $2 and $3 group by 1, 2")
                .execute(Tuple.of(orgCode, from, to))
                .map(rows -> {
                    List<OrganizationFigures.DayRow> result = new ArrayList<>();
                    for (Row row : rows) {
                        result.add(new OrganizationFigures.DayRow(
                                row.getLocalDate(0), Side.valueOf(row.getString(1)), row.getLong(2)));
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
