package irpcheck.lang.compile;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The strongly connected components of each process's control graph, for the reduction's cycle proviso:
 * on a cycle of the state graph every process's program counter walks a closed path of its control graph,
 * so it never leaves one component; a step that moves a program counter from one component to another
 * lies on no cycle. A step whose guard never holds is not followed. Components by Tarjan's algorithm, iterative. Immutable and thread-safe.
 */
final class LoopTable {

    /** Per process, per control node: its component's number. */
    private final int[][] component;

    LoopTable(List<ProcessCode> processes) {
        component = new int[processes.size()][];
        for (int p = 0; p < processes.size(); p++) {
            component[p] = components(processes.get(p).takenEdges());
        }
    }

    /** Whether program counters {@code from} and {@code to} of process {@code p} lie in one component. */
    boolean sameComponent(int p, int from, int to) {
        int[] c = component[p];
        return from == to || (from >= 0 && to >= 0 && from < c.length && to < c.length && c[from] == c[to]);
    }

    /** Tarjan's strongly connected components, with an explicit stack of (node, next edge) frames. */
    static int[] components(Edge[][] edges) {
        int n = edges.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        int[] stack = new int[n];
        int top = 0;
        int counter = 0;
        int components = 0;
        ArrayDeque<int[]> frames = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            frames.push(new int[] {root, 0});
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (!frames.isEmpty()) {
                int[] f = frames.peek();
                int v = f[0];
                if (f[1] < edges[v].length) {
                    int w = edges[v][f[1]++].target();
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        frames.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int u = frames.peek()[0];
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        comp[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return comp;
    }
}
