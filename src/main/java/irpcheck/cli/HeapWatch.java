package irpcheck.cli;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stops a search before the heap runs out: a collection-usage threshold on every heap pool that has
 * one (the old generation) at {@value #FULL_PERCENT}% of its maximum; when a garbage collection leaves
 * that pool fuller, the search is asked to stop with a reason that gives the figures and the advice
 * ({@code --fingerprint}, a larger heap). The JVM's notification thread calls in, so the flag is volatile.
 * Also measures the peak heap. Thread-safe; removes its listener on {@link #close()}.
 */
final class HeapWatch implements AutoCloseable {

    static final int FULL_PERCENT = 90;

    private final NotificationEmitter emitter;
    private final NotificationListener listener;
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private volatile boolean fired;

    HeapWatch(Search search, boolean fingerprint) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                long max = pool.getUsage().getMax();
                // only the old generation supports both; a survivor space may be full after any young collection
                if (pool.isUsageThresholdSupported() && pool.isCollectionUsageThresholdSupported() && max > 0) {
                    pool.setCollectionUsageThreshold(max / 100 * FULL_PERCENT);
                    pools.add(pool);
                }
            }
        }
        emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        listener = (Notification n, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType()) && !fired) {
                fired = true;
                search.requestStop(reason(fingerprint));
            }
        };
        emitter.addNotificationListener(listener, null, null);
    }

    /** The stop reason: how full the heap is, and what to do about it. */
    static String reason(boolean fingerprint) {
        Runtime rt = Runtime.getRuntime();
        String advice = fingerprint ? "give it a larger heap (IRPCHECK_JAVA_OPTS=-Xmx20g ./irpcheck ...)"
                : "run with --fingerprint (about 10 bytes per state instead of about 25), or give it a larger heap "
                        + "(IRPCHECK_JAVA_OPTS=-Xmx20g ./irpcheck ...)";
        // "out of memory" first, as when an allocation fails outright: scripts and tests look for it
        return "out of memory (heap " + FULL_PERCENT + "% full: " + megabytes(rt.totalMemory() - rt.freeMemory()) + " used of "
                + megabytes(rt.maxMemory()) + "): " + advice;
    }

    /** The advice printed when the search ran out of memory outright. */
    static String outOfMemoryAdvice(boolean fingerprint) {
        return reason(fingerprint).replaceFirst("^out of memory \\(heap \\d+% full: ", "out of memory (");
    }

    /** The highest heap use seen since this watch started, summed over the heap pools' peaks. */
    long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static String megabytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // already gone: nothing to undo
        }
        for (MemoryPoolMXBean pool : pools) {
            pool.setCollectionUsageThreshold(0);
        }
    }
}
