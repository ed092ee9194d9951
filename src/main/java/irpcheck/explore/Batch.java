package irpcheck.explore;

import irpcheck.model.TransitionSystem;

/**
 * A run of consecutive states of one breadth-first level, loaded from the store by the search's thread,
 * with one successor buffer each. The search hands it to its {@link Expander} (which may split it over
 * worker threads) and then takes the transitions in state order, so that the result does not depend on
 * how the work was split. {@link #expand} may run on several threads at once for disjoint ranges; it
 * reads only the batch's states and the (thread-safe) transition system, never the store, so the search
 * may add to the store meanwhile. Everything else belongs to the search's thread.
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

    /** Computes the transitions of states {@code from .. to-1} into their buffers. */
    public void expand(int from, int to) {
        for (int i = from; i < to; i++) {
            buffers[i].clear();
            system.successors(states[i], buffers[i]);
        }
    }

    int[] state(int i) {
        return states[i];
    }

    SuccessorBuffer buffer(int i) {
        return buffers[i];
    }
}
