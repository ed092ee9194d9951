package irpcheck.explore;

import irpcheck.explore.parallel.WorkerPool;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A fingerprint search writes its parent table's full pages to disk; a violation found past the first
 * page rebuilds its counterexample from entries read back from the file, with one worker or two.
 */
class FingerprintParentsOnDiskTest {

    /** A binary tree in breadth-first order: node k steps to 2k+1 (action 0) and 2k+2 (action 1). */
    private static GraphSystem tree(int nodes, int bad) {
        GraphSystem.Builder b = GraphSystem.builder(nodes).initial(0);
        for (int k = 0; 2 * k + 1 < nodes; k++) {
            b.edge(k, 0, 2 * k + 1);
            if (2 * k + 2 < nodes) {
                b.edge(k, 1, 2 * k + 2);
            }
        }
        return b.bad(bad, "Bad").build();
    }

    /** The actions from the root to node {@code k} of {@link #tree}. */
    private static List<Integer> pathTo(int k) {
        List<Integer> actions = new ArrayList<>();
        for (int n = k; n > 0; n = (n - 1) / 2) {
            actions.add(0, n % 2 == 1 ? 0 : 1);
        }
        return actions;
    }

    @Test
    void aCounterexamplePastTheFirstPageIsRebuiltFromTheFile() {
        int nodes = (1 << ParentTable.DEFAULT_SHIFT) + 200_000;
        int bad = nodes - 1;
        GraphSystem g = tree(nodes, bad);
        for (int workers = 1; workers <= 2; workers++) {
            try (WorkerPool pool = new WorkerPool(workers)) {
                Expander expander = workers == 1 ? Expander.SEQUENTIAL : pool;
                Result r = new BreadthFirstSearch(g, Traces.options(false, 0, 0), new FingerprintStore(g.layout()),
                        ReductionPolicy.NONE, SearchListener.NONE, expander).run();
                assertEquals(Verdict.VIOLATION, r.verdict(), workers + " workers");
                List<TraceStep> steps = r.counterexamples().get(0).steps();
                assertEquals(pathTo(bad), steps.stream().skip(1).map(TraceStep::actionId).toList(), workers + " workers");
                assertEquals(bad, steps.get(steps.size() - 1).state()[0]);
            }
        }
    }
}
