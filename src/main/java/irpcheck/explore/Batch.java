package irpcheck.explore;

import irpcheck.model.TransitionSystem;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run of consecutive states of one breadth-first level, loaded from the store by the search's thread,
 * with one successor buffer each. The search hands it to its {@link Expander} (which may split it over
 * worker threads) and then takes the transitions in state order, so that the result does not depend on
 * how the work was split. {@link #expand} and {@link #expandClaimed} may run on several threads at once
 * for disjoint states; they read only the batch's states and the (thread-safe) transition system, policy
 * and packing, never the store's contents, so the search may add to the store meanwhile. Everything else
 * belongs to the search's thread.
 */
public final class Batch {

    /** The fewest states a thread claims at a time in {@link #expandClaimed}. */
    private static final int MIN_CLAIM = 2;

    private final TransitionSystem system;
    private final StateStore store;
    private final ReductionPolicy policy;
    private final PackingStore packing;
    private final int[][] states;
    private final boolean[] skipped;
    private final SuccessorBuffer[] buffers;
    private final AtomicInteger claimed = new AtomicInteger();
    private int size;
    private long first;
    private PackingStore.Reader reader;

    /**
     * A batch whose expansion also lets {@code policy} choose each state's actions and, when
     * {@code packing} is not null, packs and hashes the successors for it (so that the search's thread
     * need not).
     */
    Batch(TransitionSystem system, StateStore store, int capacity, ReductionPolicy policy, PackingStore packing) {
        this.system = system;
        this.store = store;
        this.policy = policy;
        this.packing = packing;
        int width = system.layout().size();
        states = new int[capacity][width];
        skipped = new boolean[capacity];
        buffers = new SuccessorBuffer[capacity];
        for (int i = 0; i < capacity; i++) {
            buffers[i] = new SuccessorBuffer(width, system.actions().size());
        }
    }

    /**
     * Loads states {@code first .. first+n-1} from the store (with a packing store, the threads that
     * expand them read them); all are to be expanded until {@link #skip}.
     */
    void load(long first, int n) {
        reader = packing != null ? packing.reader(first, n) : null;
        this.first = first;
        for (int i = 0; i < n; i++) {
            if (reader == null) {
                store.get(first + i, states[i]);
            }
            skipped[i] = false;
        }
        size = n;
        claimed.set(0);
    }

    /** The search will not expand state {@code i}: its successors are computed but not chosen among. */
    void skip(int i) {
        skipped[i] = true;
    }

    /** The states loaded. */
    public int size() {
        return size;
    }

    /** Computes the transitions of states {@code from .. to-1} into their buffers. */
    public void expand(int from, int to) {
        for (int i = from; i < to; i++) {
            SuccessorBuffer b = buffers[i];
            if (reader != null) {
                reader.read(first + i, states[i]);
            }
            b.clear();
            system.successors(states[i], b);
            if (skipped[i] || b.count() == 0) {
                continue;
            }
            b.select(policy, system, states[i]);
            if (packing != null) {
                b.pack(packing);
            }
        }
    }

    /**
     * Computes the transitions of states not yet claimed by another thread, a few at a time, until none
     * is left: threads that call it at once share the batch as their speeds allow.
     */
    public void expandClaimed() {
        for (int from = claimed.get(); from < size; from = claimed.get()) {
            // an eighth of what is left: few claims while much is left, small ones at the end, where a
            // thread that finishes early would otherwise wait for a large last claim
            int n = Math.max(MIN_CLAIM, (size - from) >> 3);
            if (claimed.compareAndSet(from, from + n)) {
                expand(from, Math.min(size, from + n));
            }
        }
    }

    int[] state(int i) {
        return states[i];
    }

    SuccessorBuffer buffer(int i) {
        return buffers[i];
    }
}
