package io.govshare.common.web;

import java.net.ConnectException;

import io.smallrye.mutiny.CompositeException;
import org.junit.jupiter.api.Test;

import io.govshare.common.error.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFailuresTest {

    /** Shaped like io.vertx.pgclient.PgException: only its getSqlState() matters. */
    static class FakePgException extends RuntimeException {
        private final String state;

        FakePgException(String state) {
            super("pg " + state);
            this.state = state;
        }

        public String getSqlState() {
            return this.state;
        }
    }

    @Test
    void aUniqueViolationIsAConflict() {
        var problem = StorageFailures.classify(new RuntimeException(new FakePgException("23505")));
        assertThat(problem).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void aSerializationFailureInsideACompositeIsAConcurrentModification() {
        var problem = StorageFailures.classify(
                new CompositeException(new IllegalStateException(), new FakePgException("40001")));
        assertThat(problem)
                .hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(ProblemType.CONCURRENT_MODIFICATION));
    }

    @Test
    void aDataExceptionIsTheInputsFault() {
        var problem = StorageFailures.classify(new FakePgException("22008"));
        assertThat(problem).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIs503() {
        var problem = StorageFailures.classify(new RuntimeException(new ConnectException("Connection refused")));
        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(503);
            assertThat(p.retryAfterSeconds()).isNotNull();
            assertThat(p.extensions()).containsEntry("service", "database");
        });
    }

    @Test
    void anOptimisticLockIsAConcurrentModification() {
        var problem = StorageFailures.classify(new RuntimeException(new jakarta.persistence.OptimisticLockException()));
        assertThat(problem).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aBugIsNotAStorageFailure() {
        assertThat(StorageFailures.classify(new NullPointerException())).isEmpty();
    }
}
