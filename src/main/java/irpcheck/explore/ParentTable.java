package irpcheck.explore;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * For each stored state, in index order, the index of the state it was first reached from and the
 * action that reached it ({@code -1} for both on the initial state). Breadth-first insertion makes the
 * chain of parents a shortest path, so counterexamples are rebuilt from it instead of being stored.
 * 12 bytes per state. Not thread-safe.
 */
final class ParentTable {

    private final LongArrayList parents = new LongArrayList();
    private final IntArrayList actions = new IntArrayList();

    /** Records the parent of the next state index. */
    void add(long parent, int actionId) {
        parents.add(parent);
        actions.add(actionId);
    }

    long size() {
        return parents.size();
    }

    /** The state indices from the initial state to {@code index}, both included. */
    long[] pathTo(long index) {
        int length = 0;
        for (long i = index; i >= 0; i = parents.get((int) i)) {
            length++;
        }
        long[] path = new long[length];
        long i = index;
        for (int k = length - 1; k >= 0; k--) {
            path[k] = i;
            i = parents.get((int) i);
        }
        return path;
    }

    /** The action that first reached {@code index}, {@code -1} for the initial state. */
    int actionInto(long index) {
        return actions.get((int) index);
    }
}
