package irpcheck.explore;

import java.util.Arrays;

/**
 * For each stored state, in index order, the index of the state it was first reached from and the
 * action that reached it ({@code -1} for both on the initial state). Breadth-first insertion makes the
 * chain of parents a shortest path, so counterexamples are rebuilt from it instead of being stored.
 * 12 bytes per state, in pages of {@value #PAGE} entries, so that growing never copies what is stored
 * (a copy of a 100-million-entry array would need the memory twice over). Not thread-safe.
 */
final class ParentTable {

    private static final int SHIFT = 20;
    private static final int PAGE = 1 << SHIFT;
    private static final int MASK = PAGE - 1;

    private long[][] parents = new long[16][];
    private int[][] actions = new int[16][];
    private long size;

    /** Records the parent of the next state index. */
    void add(long parent, int actionId) {
        int page = (int) (size >>> SHIFT);
        int at = (int) (size & MASK);
        if (at == 0) {
            if (page == parents.length) {
                parents = Arrays.copyOf(parents, page * 2);
                actions = Arrays.copyOf(actions, page * 2);
            }
            if (parents[page] == null) {
                // small models stay small: the first page starts at 1,024 entries and doubles
                parents[page] = new long[page == 0 ? 1024 : PAGE];
                actions[page] = new int[page == 0 ? 1024 : PAGE];
            }
        }
        if (at >= parents[page].length) {
            int length = Math.min(PAGE, parents[page].length * 2);
            parents[page] = Arrays.copyOf(parents[page], length);
            actions[page] = Arrays.copyOf(actions[page], length);
        }
        parents[page][at] = parent;
        actions[page][at] = actionId;
        size++;
    }

    long size() {
        return size;
    }

    private long parent(long index) {
        return parents[(int) (index >>> SHIFT)][(int) (index & MASK)];
    }

    /** The state indices from the initial state to {@code index}, both included. */
    long[] pathTo(long index) {
        int length = 0;
        for (long i = index; i >= 0; i = parent(i)) {
            length++;
        }
        long[] path = new long[length];
        long i = index;
        for (int k = length - 1; k >= 0; k--) {
            path[k] = i;
            i = parent(i);
        }
        return path;
    }

    /** The action that first reached {@code index}, {@code -1} for the initial state. */
    int actionInto(long index) {
        return actions[(int) (index >>> SHIFT)][(int) (index & MASK)];
    }
}
