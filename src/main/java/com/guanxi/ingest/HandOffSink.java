package com.guanxi.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Hands what a reader produces to a thread of its own, in reading order and in chunks, so that parsing and validating
 * rows overlaps linking and writing the rows before them. The next sink sees exactly the calls it would have seen in
 * the reader's thread, one at a time and in the same order (rejects included). At most a few thousand records are in
 * flight. A failure of the next sink is rethrown to the reader at its next hand-over.
 */
final class HandOffSink implements IngestSink, AutoCloseable {

    private static final int CHUNK = 512;
    private static final List<Object> END = List.of();

    private final IngestSink next;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
    private final Thread consumer;
    private volatile RuntimeException failure;
    private List<Object> chunk = new ArrayList<>(CHUNK);
    private boolean closed;

    HandOffSink(IngestSink next, String threadName) {
        this.next = next;
        this.consumer = new Thread(this::consume, threadName);
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override public void company(CompanyRecord r) { add(r); }
    @Override public void shareholder(ShareholderRecord r) { add(r); }
    @Override public void personnel(PersonnelRecord r) { add(r); }
    @Override public void guarantee(GuaranteeRecord r) { add(r); }
    @Override public void judgment(JudgmentRecord r) { add(r); }
    @Override public void reject(Reject r) { add(r); }

    /** Waits until everything handed over so far has reached the next sink (which the caller may then use). */
    void sync() {
        CountDownLatch reached = new CountDownLatch(1);
        chunk.add(reached);
        pass();
        try {
            while (!reached.await(100, TimeUnit.MILLISECONDS)) alive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the import's rows to be written", e);
        }
        rethrow();
    }

    private void add(Object record) {
        chunk.add(record);
        if (chunk.size() >= CHUNK) pass();
    }

    private void pass() {
        rethrow();
        put(chunk);
        chunk = new ArrayList<>(CHUNK);
    }

    private void put(List<Object> items) {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) alive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing rows over", e);
        }
    }

    /** The consumer only stops on {@link #END} or an error, which must not leave the reader waiting. */
    private void alive() {
        if (!consumer.isAlive()) {
            rethrow();
            throw new IllegalStateException("The thread writing the import's rows stopped");
        }
    }

    private void rethrow() {
        RuntimeException e = failure;
        if (e != null) throw e;
    }

    private void consume() {
        while (true) {
            List<Object> items;
            try {
                items = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (items == END) return;
            for (Object item : items) {
                if (item instanceof CountDownLatch reached) {
                    reached.countDown();
                    continue;
                }
                // After a failure the rest is only taken off the queue, so that the reader never waits for room.
                if (failure != null) continue;
                try {
                    deliver(item);
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Error e) {
                    failure = new IllegalStateException(e);
                    throw e;
                }
            }
        }
    }

    private void deliver(Object item) {
        if (item instanceof CompanyRecord r) next.company(r);
        else if (item instanceof ShareholderRecord r) next.shareholder(r);
        else if (item instanceof PersonnelRecord r) next.personnel(r);
        else if (item instanceof GuaranteeRecord r) next.guarantee(r);
        else if (item instanceof JudgmentRecord r) next.judgment(r);
        else if (item instanceof Reject r) next.reject(r);
        else throw new IllegalArgumentException("Not a record: " + item);
    }

    /** Delivers what is left and stops the thread; a failure of the next sink is rethrown. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (consumer.isAlive()) {
            if (!chunk.isEmpty()) put(chunk);
            put(END);
            try {
                consumer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        chunk = new ArrayList<>();
        rethrow();
    }
}
