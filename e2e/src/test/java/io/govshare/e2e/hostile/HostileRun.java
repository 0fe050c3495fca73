package io.govshare.e2e.hostile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.govshare.e2e.Stack;

/**
 * Sends the variants of one service with at most {@value #IN_FLIGHT} requests in flight and judges every answer: no
 * 5xx, and every 4xx an {@code application/problem+json} document with {@code type}, {@code title} and the
 * {@code status} of the answer. Every variant is sent once; when more requests are asked for, the operations take
 * turns with freshly built variants (new random ids and texts) until the count is reached.
 */
final class HostileRun {

    static final int IN_FLIGHT = 8;
    private static final int EXAMPLES = 12;
    private static final int GROUPS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileRun() {}

    /** The judgement of one answer: null when it is acceptable. */
    static String failure(RawHttp.Answer answer) {
        int status = answer.status();
        if (status == 0) {
            return "no answer (" + answer.error() + ")";
        }
        if (status >= 500) {
            return "5xx";
        }
        if (status < 400) {
            return null;
        }
        String type = answer.header("content-type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "4xx not problem+json (" + (type == null ? "no Content-Type" : type) + ")";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            return "4xx problem body not JSON";
        }
        if (problem == null
                || !problem.path("type").isTextual()
                || problem.path("type").asText().isBlank()
                || !problem.path("title").isTextual()
                || problem.path("title").asText().isBlank()
                || problem.path("status").asInt(-1) != status) {
            return "4xx problem without type, title or the status";
        }
        return null;
    }

    static Tally run(String service, List<Variants> operations, int requests) {
        Schedule schedule = new Schedule(operations, requests);
        Tally tally = new Tally(service, operations.size(), schedule.unique());
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        Instant start = Instant.now();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                workers.add(pool.submit(() -> {
                    try (RawHttp http = new RawHttp(Stack.url(service))) {
                        for (Variant v = schedule.next(); v != null; v = schedule.next()) {
                            tally.record(v, http.send(v.method(), v.target(), v.headersToSend(), v.body()));
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker of the hostile run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        tally.took = Duration.between(start, Instant.now());
        return tally;
    }

    /** Every variant of every operation once, interleaved; then fresh rounds until {@code requests} are sent. */
    static final class Schedule {

        private final List<Variants> operations;
        private final List<List<Variant>> lists = new ArrayList<>();
        private final int[] positions;
        private final int total;
        private final int unique;
        private boolean firstPass = true;
        private int cursor;
        private int produced;

        Schedule(List<Variants> operations, int requests) {
            this.operations = operations;
            int count = 0;
            for (Variants op : operations) {
                List<Variant> all = op.all();
                this.lists.add(all);
                count += all.size();
            }
            this.positions = new int[operations.size()];
            this.unique = count;
            this.total = Math.max(requests, count);
        }

        int unique() {
            return this.unique;
        }

        synchronized Variant next() {
            if (this.produced >= this.total || this.operations.isEmpty()) {
                return null;
            }
            int n = this.operations.size();
            if (this.firstPass) {
                for (int tries = 0; tries < n; tries++) {
                    int op = this.cursor++ % n;
                    if (this.positions[op] < this.lists.get(op).size()) {
                        return take(op);
                    }
                }
                this.firstPass = false;
            }
            int op = this.cursor++ % n;
            if (this.positions[op] >= this.lists.get(op).size()) {
                this.lists.set(op, this.operations.get(op).all());
                this.positions[op] = 0;
            }
            return take(op);
        }

        private Variant take(int op) {
            List<Variant> list = this.lists.get(op);
            Variant v = list.get(this.positions[op]);
            list.set(this.positions[op]++, null);
            this.produced++;
            return v;
        }
    }

    /** What a service answered, and what it should not have. */
    static final class Tally {

        private final String service;
        private final int operations;
        private final int unique;
        private final AtomicInteger requests = new AtomicInteger();
        private final Map<Integer, LongAdder> statuses = new ConcurrentSkipListMap<>();
        private final Map<String, LongAdder> failuresByKind = new ConcurrentSkipListMap<>();
        private final Map<String, LongAdder> causes = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> groups = new ConcurrentHashMap<>();
        private final Map<String, String> examples = new ConcurrentHashMap<>();
        private final LongAdder failures = new LongAdder();
        private Duration took = Duration.ZERO;

        Tally(String service, int operations, int unique) {
            this.service = service;
            this.operations = operations;
            this.unique = unique;
        }

        void record(Variant v, RawHttp.Answer answer) {
            this.requests.incrementAndGet();
            this.statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
            String failure = failure(answer);
            if (failure == null) {
                return;
            }
            this.failures.increment();
            String kind = failure.startsWith("no answer") ? "no answer" : failure.replaceAll(" \\(.*", "");
            this.failuresByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
            String place = v.where().split(" ")[0];
            String cause = String.format("%-4s %-28s in %s", status(answer), v.kind(), place);
            this.causes.computeIfAbsent(cause, c -> new LongAdder()).increment();
            String group = String.format(
                    "%-4s %-48s %-34s %s", status(answer), v.operation(), abbreviate(v.where(), 34), v.kind());
            this.groups.computeIfAbsent(group, g -> new LongAdder()).increment();
            this.examples.putIfAbsent(group, example(v, answer, failure));
        }

        private static String status(RawHttp.Answer answer) {
            return answer.status() == 0 ? "none" : String.valueOf(answer.status());
        }

        long failures() {
            return this.failures.sum();
        }

        long failuresOf(String kind) {
            LongAdder n = this.failuresByKind.get(kind);
            return n == null ? 0 : n.sum();
        }

        String table() {
            var out = new StringBuilder();
            out.append(String.format("%nhostile input: %s%n", this.service));
            out.append(String.format("  %-22s %,d%n", "operations", this.operations));
            out.append(String.format("  %-22s %,d%n", "variants (once each)", this.unique));
            out.append(String.format(
                    "  %-22s %,d (%d in flight, %d s)%n",
                    "requests", this.requests.get(), IN_FLIGHT, this.took.toSeconds()));
            var answers = new StringBuilder();
            this.statuses.forEach(
                    (status, n) -> answers.append(String.format("%s×%,d  ", status == 0 ? "none" : status, n.sum())));
            out.append(String.format(
                    "  %-22s %s%n", "answers by status", answers.toString().trim()));
            out.append(String.format("  %-22s %,d%n", "5xx", failuresOf("5xx")));
            out.append(String.format(
                    "  %-22s %,d%n",
                    "4xx not problem+json",
                    this.failuresByKind.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("4xx"))
                            .mapToLong(e -> e.getValue().sum())
                            .sum()));
            out.append(String.format("  %-22s %,d%n", "no answer", failuresOf("no answer")));
            return out.toString();
        }

        /**
         * The offending answers by status and mutation, then by operation and place too, and for the largest groups
         * one offending request in full.
         */
        String failureReport() {
            var out = new StringBuilder(table());
            if (failures() == 0) {
                return out.toString();
            }
            out.append(String.format("%n  offending answers by status and mutation (count):%n"));
            largestFirst(this.causes)
                    .forEach(e ->
                            out.append(String.format("  %6d  %s%n", e.getValue().sum(), e.getKey())));
            out.append(String.format("%n  offending answers by status, operation, place and mutation (count):%n"));
            List<Map.Entry<String, LongAdder>> groups = largestFirst(this.groups);
            groups.stream()
                    .limit(GROUPS)
                    .forEach(e ->
                            out.append(String.format("  %6d  %s%n", e.getValue().sum(), e.getKey())));
            if (groups.size() > GROUPS) {
                out.append(String.format("  … and %d more groups%n", groups.size() - GROUPS));
            }
            out.append(String.format("%n  an offending request of each of the %d largest groups:%n", EXAMPLES));
            groups.stream()
                    .limit(EXAMPLES)
                    .forEach(e -> out.append(this.examples.get(e.getKey())).append('\n'));
            return out.toString();
        }

        private static List<Map.Entry<String, LongAdder>> largestFirst(Map<String, LongAdder> counts) {
            return counts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, LongAdder> e) ->
                                    e.getValue().sum())
                            .reversed()
                            .thenComparing(Map.Entry::getKey))
                    .toList();
        }

        private static String example(Variant v, RawHttp.Answer answer, String failure) {
            String body = answer.body() == null ? "" : answer.bodyText().replaceAll("\\s+", " ");
            return String.format(
                    "  - %s %s%n      mutation: %s (as %s)%n      answer: %s, %s, Content-Type %s: %s",
                    v.method(),
                    abbreviate(v.target(), 160),
                    v.describe(),
                    v.authorization() == null ? v.caller().label() : "own Authorization",
                    answer.status() == 0 ? "none" : answer.status(),
                    failure,
                    answer.header("content-type"),
                    abbreviate(body, 300));
        }

        private static String abbreviate(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
