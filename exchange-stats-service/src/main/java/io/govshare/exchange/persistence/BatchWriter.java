package io.govshare.exchange.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private record Key(int month, String id) {

        /** Mixed: sequential gateway ids have string hashes that crowd a few buckets of a large table. */
        @Override
        public int hashCode() {
            return this.id.hashCode() * 0x9E3779B9 ^ this.month;
        }
    }

    private static final Comparator<ExchangeRecord> ID_ORDER =
            Comparator.comparingInt(ExchangeRecord::month).thenComparing(ExchangeRecord::id);

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

    private static boolean isSorted(List<ExchangeRecord> records) {
        for (int i = 1; i < records.size(); i++) {
            if (ID_ORDER.compare(records.get(i - 1), records.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private void write(List<Pending> group) {
        try {
            Map<Key, Integer> owner = new HashMap<>();
            List<ExchangeRecord> records = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                for (ExchangeRecord r : group.get(i).records()) {
                    if (owner.putIfAbsent(new Key(r.month(), r.id()), i) == null) {
                        records.add(r);
                    }
                }
            }
            // ids in index order: the unique index is then filled from left to right (gateways mostly post in order)
            if (!isSorted(records)) {
                records.sort(ID_ORDER);
            }
            int[] stored = new int[group.size()];
            List<ExchangeRecord> fresh = this.store.store(records);
            if (group.size() == 1) {
                stored[0] = fresh.size();
            } else {
                for (ExchangeRecord r : fresh) {
                    stored[owner.get(new Key(r.month(), r.id()))]++;
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
}
