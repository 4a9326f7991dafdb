package com.guanxi.tags;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live tag changes for server-sent events. Each subscriber reads the change log itself from its own position,
 * woken up whenever a run records changes: a slow client is never sent more than it asks for, never misses a
 * change, and can resume from the last sequence number it saw.
 */
@ApplicationScoped
public class TagChangeStream {

    private static final int PAGE = 500;

    private final TagService tags;
    private final ManagedExecutor executor;
    /** Carries the last sequence number of each recorded run; subscribers keep only the latest wake-up. */
    private final BroadcastProcessor<Long> wakeUps = BroadcastProcessor.create();

    TagChangeStream(TagService tags, ManagedExecutor executor) {
        this.tags = tags;
        this.executor = executor;
    }

    void onRecorded(@Observes TagsRecorded event) {
        if (!event.changes().isEmpty()) wakeUps.onNext(event.run().lastSeq());
    }

    /**
     * The changes after {@code since} (null: only changes recorded from now on), then every new change as it is
     * recorded; never completes.
     */
    public Multi<TagChangeRecord> since(Long since) {
        return Multi.createFrom().deferred(() -> {
            AtomicLong cursor = new AtomicLong(since != null ? since : tags.lastSeq());
            Multi<Long> signals = Multi.createBy().merging().streams(Multi.createFrom().item(0L),
                    wakeUps.onOverflow().dropPreviousItems());
            return signals.onItem().transformToMultiAndConcatenate(signal -> pages(cursor));
        });
    }

    /**
     * Every change after the cursor, a page at a time as the subscriber asks for them; the reads run on worker
     * threads (a request for more may come from the I/O thread writing the events).
     */
    private Multi<TagChangeRecord> pages(AtomicLong cursor) {
        return Multi.createBy().repeating().uni(() -> Uni.createFrom().item(() -> {
                    List<TagChangeRecord> page = tags.changesSince(cursor.get(), PAGE);
                    if (!page.isEmpty()) cursor.set(page.get(page.size() - 1).seq());
                    return page;
                }).runSubscriptionOn(executor))
                .until(List::isEmpty)
                .onItem().transformToIterable(page -> page);
    }
}
