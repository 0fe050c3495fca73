package io.govshare.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import io.govshare.e2e.Caller;
import io.govshare.e2e.Fixtures;
import io.govshare.e2e.OpenApi;
import io.govshare.e2e.Stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Hostile input never gets a 5xx, and every refusal is a problem (docs/api.md, "Errors"): for every operation of each
 * service's OpenAPI document, as served live, malformed variants of a valid-ish base request, changed in one place at
 * a time (wrong JSON types, truncated JSON, duplicated keys, nesting {@value Variants#DEEP} deep, NUL and lone
 * surrogates in every string, path and query value, huge and negative numbers, overflowing pages, bad months, dates
 * and date-times, unknown enum values, over-long strings and codes, wrong Content-Type, Accept and Accept-Language,
 * malformed CSV and NDJSON exchange batches, bad and foreign tokens), mostly as the platform admin so that they reach
 * deep validation, one in ten as a department. At least {@code govshare.hostile.requests} requests per service
 * (default 2,500; every variant at least once), at most {@value HostileRun#IN_FLIGHT} in flight. Prints a table per
 * service; a failure lists the offending requests grouped by operation and mutation.
 *
 * <p>What gets through writes only where no other test looks (see {@link BaseValues}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final int REQUESTS = Integer.getInteger("govshare.hostile.requests", 2_500);
    private static final long SEED = Long.getLong("govshare.hostile.seed", System.nanoTime());

    @BeforeAll
    void fixtures() {
        Fixtures.ensureHostile();
    }

    @TestFactory
    Stream<DynamicTest> noMalformedRequestGetsA5xxAndEveryRefusalIsAProblem() {
        return Stack.SERVICES.stream().map(service -> dynamicTest(service, () -> run(service)));
    }

    private static void run(String service) {
        Random random = new Random(SEED ^ service.hashCode());
        OpenApi api = OpenApi.of(service);
        Supplier<Variants.ForeignTokens> tokens = Variants.ForeignTokens.fresh();
        List<Variants> operations = new ArrayList<>();
        for (OpenApi.Operation op : api.operations()) {
            operations.add(new Variants(api, op, tokens, random, primaryCaller(api, op, tokens, random)));
        }
        HostileRun.Tally tally = HostileRun.run(service, operations, REQUESTS);
        String report = tally.failureReport();
        System.out.println(report + String.format("  (seed %d: -Dgovshare.hostile.seed=%d repeats it)%n", SEED, SEED));
        assertThat(tally.failures())
                .as("offending answers of %s:%n%s", service, report)
                .isZero();
    }

    /**
     * The platform admin, who may call nearly everything and so reaches the deepest checks; a department user where the
     * admin's base request is refused with 403 (applying for data needs an organization).
     */
    private static Caller primaryCaller(
            OpenApi api, OpenApi.Operation op, Supplier<Variants.ForeignTokens> tokens, Random random) {
        Variant base = new Variants(api, op, tokens, random, Caller.ADMIN)
                .base()
                .variant("base", "valid-ish base request", "");
        try (RawHttp http = new RawHttp(Stack.url(op.service()))) {
            RawHttp.Answer answer = http.send(base.method(), base.target(), base.headersToSend(), base.body());
            return answer.status() == 403 ? Caller.ZWFW : Caller.ADMIN;
        }
    }
}
