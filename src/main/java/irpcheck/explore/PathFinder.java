package irpcheck.explore;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

import java.util.function.IntPredicate;

/**
 * Shortest paths inside a sub-graph of a {@link StateGraph}, by breadth-first search over edges in
 * their stored order (so the path found is deterministic). Stateless apart from the graph; not
 * thread-safe only because the graph is not.
 */
final class PathFinder {

    /** A goal of a search: a state to stop at, or an edge to end with. */
    interface Goal {
        /** Whether the search may stop at {@code state} without taking another edge. */
        boolean at(int state);

        /** Whether the search may end by taking {@code edge} out of {@code state}. */
        boolean via(int state, int edge);
    }

    private final StateGraph graph;

    PathFinder(StateGraph graph) {
        this.graph = graph;
    }

    /**
     * The edges of a shortest path from {@code from} that stays in {@code inside} and ends at a state
     * or with an edge {@code goal} accepts (an empty list when {@code from} itself is accepted), or
     * null when there is none. Every edge taken, the last included, must lead into {@code inside}.
     */
    int[] find(int from, IntPredicate inside, Goal goal) {
        if (goal.at(from)) {
            return new int[0];
        }
        IntIntHashMap via = new IntIntHashMap();
        via.put(from, -1);
        IntArrayList queue = new IntArrayList();
        queue.add(from);
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
                int w = graph.target(e);
                if (!inside.test(w)) {
                    continue;
                }
                if (goal.via(v, e)) {
                    return path(via, v, e);
                }
                if (via.containsKey(w)) {
                    continue;
                }
                via.put(w, e);
                if (goal.at(w)) {
                    return path(via, w, -1);
                }
                queue.add(w);
            }
        }
        return null;
    }

    /** The edges into {@code end} from the start, then {@code last} if it is an edge. */
    private int[] path(IntIntHashMap via, int end, int last) {
        IntArrayList edges = new IntArrayList();
        if (last >= 0) {
            edges.add(last);
        }
        for (int v = end, e = via.get(v); e >= 0; e = via.get(v)) {
            edges.add(e);
            v = source(e);
        }
        edges.reverseThis();
        return edges.toArray();
    }

    /** The state an edge leaves: the one whose row holds it (binary search over row starts). */
    int source(int edge) {
        int lo = 0;
        int hi = graph.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (graph.edgeStart(mid) <= edge) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
