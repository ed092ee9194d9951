package irpcheck.explore;

import irpcheck.model.Fairness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the fair strongly connected sets of a sub-graph: the sets of states in which a run can stay for
 * ever while being fair to every process. This is the SCC-based fairness check of Lichtenstein and
 * Pnueli (POPL 1985) and Emerson and Lei (Science of Computer Programming 8, 1987): a component is
 * weakly fair to a process when the process moves inside it or is disabled somewhere in it (else no
 * part of it is fair); it is strongly fair when the process moves inside it or is disabled everywhere
 * in it; otherwise the states where the strongly fair process is enabled are removed and what is left
 * is decomposed again. Every state may stutter (a run may stay in a state for ever when no fair process
 * is able to move there), so a component of one state without a self-loop counts as a cycle.
 * Not thread-safe.
 */
final class FairComponents {

    /** A fair set: its states, the stamp that marks them in {@link #member()}, and who moves or can move in it. */
    record FairSet(int[] states, int stamp, boolean[] takes, boolean[] enabledAny) { }

    private final StateGraph graph;
    private final Fairness[] fairness;
    private final SccFinder scc;
    private final int[] member;
    private final int[] enabledStamp;
    private int stamps;
    private int enabledCounter;

    FairComponents(StateGraph graph, Fairness[] fairness) {
        this.graph = graph;
        this.fairness = fairness.clone();
        this.scc = new SccFinder(graph);
        this.member = new int[graph.size()];
        this.enabledStamp = new int[fairness.length];
    }

    /** Which set each state was last put in; a state is in {@link FairSet} f when {@code member()[v] == f.stamp()}. */
    int[] member() {
        return member;
    }

    /** The fair sets inside the sub-graph spanned by {@code nodes}; disjoint, in a deterministic order. */
    List<FairSet> find(int[] nodes) {
        int stamp = ++stamps;
        for (int v : nodes) {
            member[v] = stamp;
        }
        Deque<int[]> work = new ArrayDeque<>();
        scc.components(nodes, member, stamp).forEach(work::addLast);
        List<FairSet> fair = new ArrayList<>();
        while (!work.isEmpty()) {
            int[] component = work.removeFirst();
            int own = ++stamps;
            for (int v : component) {
                member[v] = own;
            }
            check(component, own, work, fair);
        }
        return fair;
    }

    /** Judges one component: fair (added to {@code fair}), unfair (dropped), or refined (parts queued). */
    private void check(int[] component, int stamp, Deque<int[]> work, List<FairSet> fair) {
        int processes = fairness.length;
        boolean[] takes = new boolean[processes];
        boolean[] enabledAny = new boolean[processes];
        boolean[] disabledAny = new boolean[processes];
        for (int v : component) {
            markEnabled(v);
            for (int p = 0; p < processes; p++) {
                if (enabledStamp[p] == enabledCounter) {
                    enabledAny[p] = true;
                } else {
                    disabledAny[p] = true;
                }
            }
            for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
                if (member[graph.target(e)] == stamp) {
                    takes[graph.process(e)] = true;
                }
            }
        }
        boolean[] remove = new boolean[processes];
        boolean refine = false;
        for (int p = 0; p < processes; p++) {
            switch (fairness[p]) {
                case UNFAIR -> { }
                case WEAK -> {
                    if (!takes[p] && !disabledAny[p]) {
                        return;
                    }
                }
                case STRONG -> {
                    if (!takes[p] && enabledAny[p]) {
                        remove[p] = true;
                        refine = true;
                    }
                }
            }
        }
        if (!refine) {
            fair.add(new FairSet(component, stamp, takes, enabledAny));
            return;
        }
        refine(component, stamp, remove, work);
    }

    /** Removes the states where a process that must move (and never does) is enabled; decomposes the rest. */
    private void refine(int[] component, int stamp, boolean[] remove, Deque<int[]> work) {
        int kept = 0;
        int[] rest = new int[component.length];
        for (int v : component) {
            markEnabled(v);
            boolean drop = false;
            for (int p = 0; p < remove.length && !drop; p++) {
                drop = remove[p] && enabledStamp[p] == enabledCounter;
            }
            if (drop) {
                member[v] = 0;
            } else {
                rest[kept++] = v;
            }
        }
        if (kept > 0) {
            scc.components(java.util.Arrays.copyOf(rest, kept), member, stamp).forEach(work::addLast);
        }
    }

    /** Stamps the processes enabled in {@code v} with a fresh {@code enabledCounter}. */
    private void markEnabled(int v) {
        enabledCounter++;
        for (int p = 0; p < enabledStamp.length; p++) {
            if (graph.enabled(v, p)) {
                enabledStamp[p] = enabledCounter;
            }
        }
    }
}
