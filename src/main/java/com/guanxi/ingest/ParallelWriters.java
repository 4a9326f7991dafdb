package com.guanxi.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs write batches on a few threads while the reader goes on parsing; at most {@code 2 × threads} batches are in
 * flight, so memory stays bounded. The first failure is kept and rethrown by {@link #awaitAll()}; deadlocks between
 * concurrent MERGEs are transient errors that the driver's managed transactions retry.
 */
final class ParallelWriters implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    ParallelWriters(int threads) {
        this.capacity = Math.max(1, threads) * 2;
        this.slots = new Semaphore(capacity);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "guanxi-import-writer");
            t.setDaemon(true);
            return t;
        });
    }

    void submit(Runnable batch) {
        rethrow();
        slots.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (failure.get() == null) batch.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    void awaitAll() {
        slots.acquireUninterruptibly(capacity);
        slots.release(capacity);
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) throw e;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
