package irpcheck.explore;

import irpcheck.model.TransitionSystem;

/**
 * A run of consecutive states of one breadth-first level, loaded from the store, with one successor
 * buffer each. The search fills the batch, hands it to its {@link Expander} (which may split it over
 * worker threads) and then takes the transitions in state order, so that the result does not depend
 * on how the work was split. {@link #expand} may run on several threads at once for disjoint ranges,
 * while the store is not being changed; everything else belongs to the search's thread.
 */
public final class Batch {

    private final TransitionSystem system;
    private final StateStore store;
    private final int[][] states;
    private final SuccessorBuffer[] buffers;
    private int size;

    Batch(TransitionSystem system, StateStore store, int capacity) {
        this.system = system;
        this.store = store;
        int width = system.layout().size();
        states = new int[capacity][width];
        buffers = new SuccessorBuffer[capacity];
        for (int i = 0; i < capacity; i++) {
            buffers[i] = new SuccessorBuffer(width, system.actions().size());
        }
    }

    /** Loads states {@code first .. first+n-1} from the store. */
    void load(long first, int n) {
        for (int i = 0; i < n; i++) {
            store.get(first + i, states[i]);
        }
        size = n;
    }

    /** The states loaded. */
    public int size() {
        return size;
    }

    /** A new membership test on the store for one worker thread (see {@link StateStore#lookup()}). */
    public StateStore.Lookup lookup() {
        return store.lookup();
    }

    /**
     * Computes the transitions of states {@code from .. to-1}; with a lookup, also marks the successors
     * already stored, which the search then counts without adding them again.
     */
    public void expand(int from, int to, StateStore.Lookup known) {
        for (int i = from; i < to; i++) {
            buffers[i].clear();
            system.successors(states[i], buffers[i]);
            if (known != null) {
                buffers[i].markKnown(known);
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
