package io.govshare.common.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import io.smallrye.mutiny.CompositeException;

/** Looks through a failure's causes, and through Mutiny's composite failures, for one of a type. */
final class Causes {

    private static final int MAX_DEPTH = 64;

    private Causes() {}

    static <T extends Throwable> Optional<T> find(Throwable root, Class<T> type) {
        return find(root, type::isInstance).map(type::cast);
    }

    static Optional<Throwable> find(Throwable root, java.util.function.Predicate<Throwable> test) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (test.test(t)) {
                return Optional.of(t);
            }
            if (t instanceof CompositeException composite) {
                todo.addAll(composite.getCauses());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return Optional.empty();
    }
}
