package nl.inbreng.common;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A snapshot of small, rarely changed reference data (themes, rounds) read on every submission. Reading it from the
 * database cost a quarter of a submission's CPU time (docs/benchmarks.md, issue 19). The snapshot is dropped when this
 * replica changes the data ({@link #changed()}, called from the entities' Micronaut Data events) and again when that
 * change commits, and it is reloaded at the latest after {@code maxAge}, which bounds how long a change made by another
 * replica, or by SQL outside the repositories, stays unseen (docs/adr/0175-reference-data-in-memory.md).
 *
 * @param <T> an immutable view of the data
 */
public final class ReferenceData<T> {

    /** loadedAtNanos is System.nanoTime(): the age limit is real time between replicas, not the business clock. */
    private record Snapshot<T>(T value, long loadedAtNanos, long generation) {
    }

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private final TransactionOperations<Connection> transactions;
    private final Object loading = new Object();
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<T> snapshot;

    public ReferenceData(Supplier<T> loader, Duration maxAge, TransactionOperations<Connection> transactions) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
        this.transactions = transactions;
    }

    /** The data, loaded now when no snapshot is fresh. */
    public T get() {
        Snapshot<T> current = snapshot;
        if (isFresh(current)) {
            return current.value();
        }
        synchronized (loading) {
            current = snapshot;
            if (isFresh(current)) {
                return current.value();
            }
            long startedAt = generation.get();
            long now = System.nanoTime();
            T value = loader.get();
            // a change that raced with this load leaves the snapshot stale; then the next caller loads again
            snapshot = new Snapshot<>(value, now, startedAt);
            return value;
        }
    }

    /**
     * The data changed on this replica. Drops the snapshot now, and once more when the changing transaction ends: a
     * load between the change and its commit still read the old rows.
     */
    public void changed() {
        generation.incrementAndGet();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        generation.incrementAndGet();
                    }
                }));
    }

    private boolean isFresh(Snapshot<T> current) {
        return current != null && current.generation() == generation.get()
                && System.nanoTime() - current.loadedAtNanos() < maxAgeNanos;
    }
}
