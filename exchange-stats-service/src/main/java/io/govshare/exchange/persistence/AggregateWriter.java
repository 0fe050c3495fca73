package io.govshare.exchange.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.govshare.exchange.domain.BatchAggregates;
import io.govshare.exchange.domain.BatchAggregates.OrgMonth;
import io.govshare.exchange.domain.BatchAggregates.PairMonth;

/**
 * Appends a batch's sums to the two aggregate tables inside the batch's transaction, each with one binary
 * {@code COPY} (the month rows of each provider, consumer and resource to {@code exchange_days_new}, which has no index
 * but the month's), and marks the months it touched for {@link AggregateCompactor}. Appending takes no row locks:
 * concurrent batches never wait for each other, and no existing row is looked up or rewritten on the batch's path
 * (README "Storage").
 */
@ApplicationScoped
public class AggregateWriter {

    /** The columns of {@code exchange_days_new} in the order the rows give them: the key, then day 1 to 31. */
    static final String PAIR_COLUMNS;

    static {
        StringBuilder columns = new StringBuilder("month, provider_org, consumer_org, resource_code");
        for (String day : AggregateCompactor.DAY_COLUMNS) {
            columns.append(", ").append(day);
        }
        PAIR_COLUMNS = columns.toString();
    }

    /** Adds the sums; the caller commits. */
    public void add(Connection connection, BatchAggregates sums) throws SQLException {
        if (sums.pairMonths().isEmpty()) {
            return;
        }
        TreeSet<Integer> months = new TreeSet<>();
        BinaryCopy pairs = new BinaryCopy(sums.pairMonths().size() * 200);
        for (PairMonth p : sums.pairMonths()) {
            pairs.row(4 + BatchAggregates.DAYS)
                    .date(p.month())
                    .text(p.providerOrg())
                    .text(p.consumerOrg())
                    .text(p.resourceCode());
            for (long calls : p.days()) {
                if (calls == 0) {
                    pairs.nul(); // a day without calls: no sum (null), as the table's checks want
                } else {
                    pairs.int8(calls);
                }
            }
            months.add(p.month());
        }
        pairs.into(connection, "exchange_days_new (" + PAIR_COLUMNS + ")");
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
        BinaryCopy marks = new BinaryCopy(months.size() * 32);
        for (int month : months) {
            marks.row(2).date(month).bool(true);
        }
        marks.into(connection, "aggregate_dirty (period, monthly)");
    }
}
