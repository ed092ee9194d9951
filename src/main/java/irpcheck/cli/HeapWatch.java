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
    /** This machine's memory, read once while memory is plentiful (0 when the JVM does not tell). */
    private static final long PHYSICAL_MEMORY = physicalMemory();

    private final NotificationEmitter emitter;
    private final NotificationListener listener;
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private volatile boolean fired;

    HeapWatch(Search search, boolean fingerprint) {
        // the message once now, unused: the classes that format it (locale data) load while memory is
        // plentiful, not in a nearly full heap, where a failed class initialisation would also break the report
        reason(fingerprint);
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
        String larger = largerHeap(rt.maxMemory(), PHYSICAL_MEMORY);
        String advice = fingerprint ? larger
                : "run with --fingerprint (about 10 bytes per state instead of about 25), or " + larger;
        // "out of memory" first, as when an allocation fails outright: scripts and tests look for it
        return "out of memory (heap " + FULL_PERCENT + "% full: " + megabytes(rt.totalMemory() - rt.freeMemory()) + " used of "
                + megabytes(rt.maxMemory()) + "): " + advice;
    }

    /**
     * "give it a larger heap (IRPCHECK_JAVA_OPTS=-XmxNg ...)" with twice the heap it had, as much as fits in
     * this machine's memory (about 85% of it, {@code physical} bytes; 0 when unknown), or, when the heap
     * already has about that much, that the model needs a machine with more memory.
     */
    static String largerHeap(long maxHeap, long physical) {
        long gb = 1L << 30;
        long suggested = Math.max(2, (2 * maxHeap + gb - 1) / gb);
        if (physical > 0 && suggested * gb > physical * 85 / 100) {
            suggested = physical * 85 / 100 / gb;
            if (suggested * gb <= maxHeap * 11 / 10) {
                return "the heap already has most of this machine's memory (" + megabytes(maxHeap) + " of "
                        + megabytes(physical) + "): run it on a machine with more";
            }
        }
        return "give it a larger heap (IRPCHECK_JAVA_OPTS=-Xmx" + suggested + "g ./irpcheck ...)";
    }

    /** This machine's memory in bytes, 0 when the JVM does not tell. */
    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
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
