package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.jdbc.PgConnection;

import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.BatchAggregates.Daily;
import io.govshare.exchange.domain.BatchAggregates.Monthly;
import io.govshare.exchange.domain.BatchAggregates.OrgDay;
import io.govshare.exchange.domain.BatchAggregates.OrgMonth;

/**
 * Adds a batch's sums to the four aggregate tables inside the batch's transaction, each with one
 * {@code insert … select from unnest(arrays) … on conflict do update set calls = calls + excluded.calls}. The rows come
 * sorted by key and the tables are written in one fixed order, so concurrent batches wait for each other instead of
 * deadlocking.
 */
@ApplicationScoped
public class AggregateWriter {

    private static final String DAILY = """
            insert into exchange_daily as t (day, provider_org, consumer_org, resource_code, calls)
            select date '1970-01-01' + u.day, u.provider, u.consumer, u.resource, u.calls
            from unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                as u(day, provider, consumer, resource, calls)
            on conflict (provider_org, day, consumer_org, resource_code) do update set calls = t.calls + excluded.calls""";
    private static final String MONTHLY = """
            insert into exchange_monthly as t (month, provider_org, consumer_org, resource_code, calls)
            select date '1970-01-01' + u.month, u.provider, u.consumer, u.resource, u.calls
            from unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                as u(month, provider, consumer, resource, calls)
            on conflict (month, provider_org, consumer_org, resource_code) do update set calls = t.calls + excluded.calls""";
    private static final String ORG_DAILY = """
            insert into org_daily as t (org_code, day, side, calls)
            select u.org, date '1970-01-01' + u.day, u.side, u.calls
            from unnest(?::varchar[], ?::int[], ?::varchar[], ?::bigint[]) as u(org, day, side, calls)
            on conflict (org_code, day, side) do update set calls = t.calls + excluded.calls""";
    private static final String ORG_MONTHLY = """
            insert into org_monthly as t (month, side, org_code, calls)
            select date '1970-01-01' + u.month, u.side, u.org, u.calls
            from unnest(?::int[], ?::varchar[], ?::varchar[], ?::bigint[]) as u(month, side, org, calls)
            on conflict (month, side, org_code) do update set calls = t.calls + excluded.calls""";

    /** Adds the sums; the caller commits. */
    public void add(Connection connection, BatchAggregates sums) throws SQLException {
        if (sums.daily().isEmpty()) {
            return;
        }
        List<Daily> daily = sums.daily();
        execute(
                connection,
                DAILY,
                ints(daily.size(), i -> daily.get(i).day()),
                strings(daily.size(), i -> daily.get(i).providerOrg()),
                strings(daily.size(), i -> daily.get(i).consumerOrg()),
                strings(daily.size(), i -> daily.get(i).resourceCode()),
                longs(daily.size(), i -> daily.get(i).calls()));
        List<Monthly> monthly = sums.monthly();
        execute(
                connection,
                MONTHLY,
                ints(monthly.size(), i -> monthly.get(i).month()),
                strings(monthly.size(), i -> monthly.get(i).providerOrg()),
                strings(monthly.size(), i -> monthly.get(i).consumerOrg()),
                strings(monthly.size(), i -> monthly.get(i).resourceCode()),
                longs(monthly.size(), i -> monthly.get(i).calls()));
        List<OrgDay> days = sums.orgDays();
        execute(
                connection,
                ORG_DAILY,
                strings(days.size(), i -> days.get(i).orgCode()),
                ints(days.size(), i -> days.get(i).day()),
                strings(days.size(), i -> days.get(i).side().name()),
                longs(days.size(), i -> days.get(i).calls()));
        List<OrgMonth> months = sums.orgMonths();
        execute(
                connection,
                ORG_MONTHLY,
                ints(months.size(), i -> months.get(i).month()),
                strings(months.size(), i -> months.get(i).side().name()),
                strings(months.size(), i -> months.get(i).orgCode()),
                longs(months.size(), i -> months.get(i).calls()));
    }

    private static void execute(Connection connection, String sql, Object... columns) throws SQLException {
        PgConnection pg = connection.unwrap(PgConnection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                String type = columns[i] instanceof int[] ? "int4" : columns[i] instanceof long[] ? "int8" : "varchar";
                statement.setArray(i + 1, pg.createArrayOf(type, columns[i]));
            }
            statement.executeUpdate();
        }
    }

    private static int[] ints(int n, IntUnaryOperator value) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = value.applyAsInt(i);
        }
        return result;
    }

    private static long[] longs(int n, IntToLongFunction value) {
        long[] result = new long[n];
        for (int i = 0; i < n; i++) {
            result[i] = value.applyAsLong(i);
        }
        return result;
    }

    private static String[] strings(int n, IntFunction<String> value) {
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            result[i] = value.apply(i);
        }
        return result;
    }
}
