package irpcheck.explore;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A {@link SearchListener} that records which actions the search took at least once (a bit per
 * action), and passes every event on to another listener. Thread-safe: parallel workers may report
 * actions at the same time; a bit once set stays set.
 */
public final class ActionCoverage implements SearchListener {

    private final AtomicLongArray bits;
    private final int actions;
    private final SearchListener next;

    /** Coverage of {@code actions} actions, forwarding events to {@code next}. */
    public ActionCoverage(int actions, SearchListener next) {
        this.actions = actions;
        this.bits = new AtomicLongArray((actions + 63) / 64);
        this.next = next;
    }

    @Override
    public void progress(Progress progress) {
        next.progress(progress);
    }

    @Override
    public void actionTaken(int actionId) {
        int word = actionId >>> 6;
        long mask = 1L << actionId;
        // Read first: once the bit is set, as it is for almost every call, no write is needed.
        if ((bits.get(word) & mask) == 0) {
            bits.getAndAccumulate(word, mask, (a, b) -> a | b);
        }
        next.actionTaken(actionId);
    }

    /** True when the action was taken at least once. */
    public boolean taken(int actionId) {
        return actionId >= 0 && actionId < actions && (bits.get(actionId >>> 6) & (1L << actionId)) != 0;
    }
}
