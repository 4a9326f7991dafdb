package com.guanxi.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an in-process import cost: CPU of the whole process (every thread, the database's included) while it ran, and
 * the most heap still in use right after a garbage collection — what the import holds on to, unlike the peak, which
 * mostly shows how lazily the collector ran.
 */
final class ImportMeter implements AutoCloseable {

    private final long cpuAtStart = processCpuNanos();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final java.util.List<java.lang.management.MemoryPoolMXBean> tenured = ManagementFactory.getMemoryPoolMXBeans()
            .stream().filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
                    && (p.getName().contains("Old") || p.getName().contains("Tenured"))).toList();
    /** The old generation right after the last collection that collected it (a mixed or full one): what survives. */
    private final NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        long used = tenured.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        liveAfterGc.accumulateAndGet(used, Math::max);
    };

    ImportMeter() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(listener, null, null);
        }
    }

    double cpuSeconds() {
        return (processCpuNanos() - cpuAtStart) / 1e9;
    }

    /** Bytes; 0 when no collection ran. */
    long liveHeapAfterGc() {
        return liveAfterGc.get();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // not registered on this collector
                }
            }
        }
    }
}
