package irpcheck.explore;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strongly connected components of a sub-graph of a {@link StateGraph}: Tarjan's algorithm (1972),
 * written with an explicit stack instead of recursion so that million-state graphs do not overflow the
 * thread's stack. The sub-graph is the set of states whose {@code member} entry equals a stamp, so
 * that nested refinements (strong fairness removes states and decomposes again) reuse one array.
 * Working arrays are allocated once per graph and reset only where a run touched them. Not thread-safe.
 */
final class SccFinder {

    private final StateGraph graph;
    private final int[] index;
    private final int[] low;
    private final int[] nextEdge;
    private final boolean[] onStack;
    private final IntArrayList stack = new IntArrayList();
    private final IntArrayList calls = new IntArrayList();
    private final IntArrayList touched = new IntArrayList();
    private int counter;

    SccFinder(StateGraph graph) {
        this.graph = graph;
        int n = graph.size();
        this.index = new int[n];
        this.low = new int[n];
        this.nextEdge = new int[n];
        this.onStack = new boolean[n];
        Arrays.fill(index, -1);
    }

    /**
     * The components of the sub-graph {@code {v in nodes : member[v] == stamp}}, each as its states in
     * increasing order; components come out in the order Tarjan closes them (a component before the ones
     * that reach it), which is deterministic for a given graph and node order.
     */
    List<int[]> components(int[] nodes, int[] member, int stamp) {
        List<int[]> out = new ArrayList<>();
        counter = 0;
        for (int root : nodes) {
            if (member[root] == stamp && index[root] < 0) {
                visit(root, member, stamp, out);
            }
        }
        for (int i = 0; i < touched.size(); i++) {
            int v = touched.get(i);
            index[v] = -1;
            onStack[v] = false;
        }
        touched.clear();
        return out;
    }

    private void visit(int root, int[] member, int stamp, List<int[]> out) {
        open(root);
        while (!calls.isEmpty()) {
            int v = calls.getLast();
            int e = nextEdge[v];
            if (e < graph.edgeEnd(v)) {
                nextEdge[v] = e + 1;
                int w = graph.target(e);
                if (member[w] != stamp) {
                    continue;
                }
                if (index[w] < 0) {
                    open(w);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            calls.removeAtIndex(calls.size() - 1);
            if (low[v] == index[v]) {
                out.add(close(v));
            }
            if (!calls.isEmpty()) {
                int u = calls.getLast();
                low[u] = Math.min(low[u], low[v]);
            }
        }
    }

    private void open(int v) {
        index[v] = counter;
        low[v] = counter;
        counter++;
        nextEdge[v] = graph.edgeStart(v);
        onStack[v] = true;
        stack.add(v);
        calls.add(v);
        touched.add(v);
    }

    /** Pops the component whose root is {@code v}. */
    private int[] close(int v) {
        IntArrayList component = new IntArrayList();
        int w;
        do {
            w = stack.removeAtIndex(stack.size() - 1);
            onStack[w] = false;
            component.add(w);
        } while (w != v);
        int[] states = component.toArray();
        Arrays.sort(states);
        return states;
    }
}
