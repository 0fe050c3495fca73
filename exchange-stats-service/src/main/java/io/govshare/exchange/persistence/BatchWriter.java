package io.govshare.exchange.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.ExchangeRecord;

/**
 * The writers of batches: checked batches queue here, and each of a few writer threads
 * ({@code exchange.batch-writers}) stores the batches waiting when it is free together in one transaction
 * ({@link RecordStore}), up to {@code exchange.max-group-records} records. Batches that arrive together then share
 * one commit, and their calls are summed before they are appended to the aggregates, so a busy key (an
 * organization's month, a pair's day) gets one row per group instead of one per batch. Each
 * batch learns how many of its own records were new; a record repeated in two batches of a group belongs to the
 * first. The group commits or fails as a whole, and every batch of it is answered only after that.
 */
@ApplicationScoped
public class BatchWriter {

    private record Pending(List<ExchangeRecord> records, CompletableFuture<Integer> stored) {}

    /** A record and the index of its batch in the group. */
    private record Owned(ExchangeRecord record, int batch) {}

    private static final Comparator<ExchangeRecord> ID_ORDER = (a, b) -> {
        int byMonth = Integer.compare(a.month(), b.month());
        return byMonth != 0 ? byMonth : a.id().compareTo(b.id());
    };
    private static final Comparator<Owned> OWNED_ORDER = (a, b) -> ID_ORDER.compare(a.record(), b.record());

    private final RecordStore store;
    private final int maxGroupRecords;
    private final int writers;
    private final BlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();

    public BatchWriter(RecordStore store, ExchangeConfig config) {
        this.store = store;
        this.maxGroupRecords = config.maxGroupRecords();
        this.writers = config.batchWriters();
    }

    void start(@Observes StartupEvent event) {
        for (int i = 0; i < this.writers; i++) {
            Thread thread = new Thread(this::run, "exchange-batch-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            this.threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        this.threads.forEach(Thread::interrupt);
    }

    /** Queues a batch; the future gives how many of its records were new (a copy of a record counts once). */
    public CompletableFuture<Integer> submit(List<ExchangeRecord> records) {
        Pending pending = new Pending(records, new CompletableFuture<>());
        this.queue.addLast(pending);
        return pending.stored();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(this.queue.takeFirst());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int size = group.get(0).records().size();
            for (Pending next = this.queue.pollFirst(); next != null; next = this.queue.pollFirst()) {
                if (size + next.records().size() > this.maxGroupRecords) {
                    this.queue.offerFirst(next); // too big for this group: first in line for the next one
                    break;
                }
                group.add(next);
                size += next.records().size();
            }
            write(group);
        }
    }

    private void write(List<Pending> group) {
        try {
            // every record tagged with its batch, in (month, id) order: the order of record_id's index, which COPY
            // then fills from left to right. The sort is stable, so of the copies of an id the first one posted
            // comes first and counts; the others are dropped here.
            List<Owned> owned = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                for (ExchangeRecord r : group.get(i).records()) {
                    owned.add(new Owned(r, i));
                }
            }
            if (!isSorted(owned)) {
                owned.sort(OWNED_ORDER);
            }
            List<ExchangeRecord> records = new ArrayList<>(owned.size());
            int[] owners = new int[owned.size()];
            ExchangeRecord previous = null;
            for (Owned o : owned) {
                if (previous == null || ID_ORDER.compare(previous, o.record()) != 0) {
                    owners[records.size()] = o.batch();
                    records.add(o.record());
                    previous = o.record();
                }
            }
            owned = null; // garbage from here on: a group can be 300,000 records
            List<ExchangeRecord> fresh = this.store.store(records);
            int[] stored = new int[group.size()];
            if (fresh.size() == records.size()) {
                for (int i = 0; i < records.size(); i++) {
                    stored[owners[i]]++;
                }
            } else {
                Set<ExchangeRecord> isFresh = Collections.newSetFromMap(new IdentityHashMap<>(fresh.size() * 2));
                isFresh.addAll(fresh);
                for (int i = 0; i < records.size(); i++) {
                    if (isFresh.contains(records.get(i))) {
                        stored[owners[i]]++;
                    }
                }
            }
            Log.debugf("stored a group of %d batches, %d records", group.size(), records.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).stored().complete(stored[i]);
            }
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.stored().completeExceptionally(e));
        }
    }

    private static boolean isSorted(List<Owned> owned) {
        for (int i = 1; i < owned.size(); i++) {
            if (OWNED_ORDER.compare(owned.get(i - 1), owned.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
