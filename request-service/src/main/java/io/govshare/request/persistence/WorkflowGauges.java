package io.govshare.request.persistence;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import io.govshare.request.domain.ShareRequestStatus;

/**
 * The figures of request-service's workflow gauges in one query on the partial index {@code share_request_open_idx}
 * (open requests only): the open requests per status, and those still waiting for the provider's first response
 * (SUBMITTED) past their deadline, the overdue rule of {@code ResponseDeadline.isOverdue} for open requests.
 */
@ApplicationScoped
public class WorkflowGauges {

    static final String OPEN = """
            select status, count(*) as open, count(*) filter (where status = 'SUBMITTED' and deadline < $1) as overdue
            from share_request
            where status in ('SUBMITTED', 'ACCEPTED', 'REVIEWED')
            group by status
            """;

    /** Open requests per status (every pending status, 0 when none) and the overdue ones among them. */
    public record Figures(Map<ShareRequestStatus, Long> open, long overdue) {}

    private final Pool pool;

    public WorkflowGauges(Pool pool) {
        this.pool = pool;
    }

    public Uni<Figures> read(OffsetDateTime now) {
        return this.pool.preparedQuery(OPEN).execute(Tuple.of(now)).map(rows -> {
            Map<ShareRequestStatus, Long> open = new EnumMap<>(ShareRequestStatus.class);
            ShareRequestStatus.PENDING.forEach(status -> open.put(status, 0L));
            long overdue = 0;
            for (Row row : rows) {
                open.put(ShareRequestStatus.valueOf(row.getString("status")), row.getLong("open"));
                overdue += row.getLong("overdue");
            }
            return new Figures(open, overdue);
        });
    }
}
