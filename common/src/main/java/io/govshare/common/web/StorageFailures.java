package io.govshare.common.web;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.ConcurrentModificationException;
import io.govshare.common.error.ProblemException;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;
import io.govshare.common.error.UpstreamUnavailableException;

/**
 * Failures of the database that are not bugs: a unique key taken concurrently (409 conflict), an optimistic lock or
 * serialization failure (409 concurrent-modification), a value PostgreSQL cannot store (400: a check missed it, but it
 * is still the input's fault), the database down (503). Recognised by class name and SQLSTATE so that a service
 * without a database (the console) needs neither driver nor Hibernate.
 */
final class StorageFailures {

    private static final Set<String> OPTIMISTIC_LOCKS = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    private StorageFailures() {}

    static Optional<ProblemException> classify(Throwable failure) {
        Optional<Throwable> lock =
                Causes.find(failure, t -> OPTIMISTIC_LOCKS.contains(t.getClass().getName()));
        if (lock.isPresent()) {
            return Optional.of(new ConcurrentModificationException());
        }
        Optional<String> state = Causes.find(failure, t -> sqlState(t) != null).map(StorageFailures::sqlState);
        if (state.isPresent()) {
            return classify(state.get());
        }
        if (Causes.find(failure, ConnectException.class).isPresent()) {
            return Optional.of(databaseDown());
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> classify(String state) {
        if (state.equals("23505")) {
            return Optional.of(
                    new ProblemException(ProblemType.CONFLICT, Text.of(CommonMessages.CREATED_CONCURRENTLY)));
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Optional.of(new ConcurrentModificationException());
        }
        if (state.startsWith("22")) {
            // data exception: a value the database cannot store or compare (e.g. a date out of its range)
            return Optional.of(new ProblemException(ProblemType.BAD_REQUEST, Text.of(CommonMessages.BAD_REQUEST)));
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
            return Optional.of(databaseDown());
        }
        return Optional.empty();
    }

    private static ProblemException databaseDown() {
        return UpstreamUnavailableException.of("database", Text.of(CommonMessages.DATABASE_DOWN));
    }

    /** The SQLSTATE of a PostgreSQL or JDBC failure ({@code getSqlState()} or {@code getSQLState()}), else null. */
    static String sqlState(Throwable t) {
        for (String name : new String[] {"getSqlState", "getSQLState"}) {
            try {
                Method method = t.getClass().getMethod(name);
                Object value = method.invoke(t);
                if (value instanceof String state && state.length() == 5) {
                    return state;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not a database failure
            }
        }
        return null;
    }
}
