package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.BatchAggregates.Daily;
import io.govshare.exchange.domain.BatchAggregates.OrgDay;
import io.govshare.exchange.domain.BatchAggregates.OrgMonth;
import io.govshare.exchange.domain.RecordRules;

/**
 * Appends a batch's sums to the three aggregate tables inside the batch's transaction, each with one binary
 * {@code COPY} (the daily rows to {@code exchange_daily_new}, which has no covering index to maintain), and marks the
 * days and months it touched for {@link AggregateCompactor}. Appending takes no row locks: concurrent batches never wait
 * for each other, and no existing row is looked up or rewritten on the batch's path (README "Storage").
 */
@ApplicationScoped
public class AggregateWriter {

    /** Adds the sums; the caller commits. */
    public void add(Connection connection, BatchAggregates sums) throws SQLException {
        if (sums.daily().isEmpty()) {
            return;
        }
        TreeSet<Integer> days = new TreeSet<>();
        BinaryCopy daily = new BinaryCopy(sums.daily().size() * 64);
        for (Daily d : sums.daily()) {
            daily.row(5)
                    .date(d.day())
                    .text(d.providerOrg())
                    .text(d.consumerOrg())
                    .text(d.resourceCode())
                    .int8(d.calls());
            days.add(d.day());
        }
        daily.into(connection, "exchange_daily_new (day, provider_org, consumer_org, resource_code, calls)");
        BinaryCopy orgDaily = new BinaryCopy(sums.orgDays().size() * 48);
        for (OrgDay d : sums.orgDays()) {
            orgDaily.row(4)
                    .text(d.orgCode())
                    .date(d.day())
                    .text(d.side().name())
                    .int8(d.calls());
        }
        orgDaily.into(connection, "org_daily (org_code, day, side, calls)");
        BinaryCopy orgMonthly = new BinaryCopy(sums.orgMonths().size() * 48);
        for (OrgMonth m : sums.orgMonths()) {
            orgMonthly
                    .row(4)
                    .date(m.month())
                    .text(m.side().name())
                    .text(m.orgCode())
                    .int8(m.calls());
        }
        orgMonthly.into(connection, "org_monthly (month, side, org_code, calls)");
        BinaryCopy marks = new BinaryCopy(days.size() * 32);
        TreeSet<Integer> months = new TreeSet<>();
        for (int day : days) {
            marks.row(2).date(day).bool(false);
            months.add(RecordRules.monthStart(day));
        }
        for (int month : months) {
            marks.row(2).date(month).bool(true);
        }
        marks.into(connection, "aggregate_dirty (period, monthly)");
    }
}
