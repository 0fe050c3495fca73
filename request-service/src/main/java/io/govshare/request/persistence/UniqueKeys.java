package io.govshare.request.persistence;

import io.vertx.pgclient.PgException;

/** Recognises a write that another transaction beat to a unique key of this schema (SQLSTATE 23505). */
public final class UniqueKeys {

    /** The event number of a request: two actions on the same version tried to store the same step. */
    public static final String EVENT_SEQUENCE = "request_event_request_id_seq_key";

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {}

    /** True when the failure is a unique-key violation (of the named key, unless {@code constraint} is null). */
    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return constraint == null || constraint.equals(pg.getConstraint());
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return constraint == null || constraint.equals(violation.getConstraintName());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
