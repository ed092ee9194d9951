package irpcheck.explore;

import irpcheck.model.TransitionSystem;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import static irpcheck.explore.Traces.assertRealPath;
import static irpcheck.explore.Traces.assertSameResult;
import static irpcheck.explore.Traces.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchOracleTest {

    private static Result run(TransitionSystem system, ExploreOptions opts, StateStore store) {
        return new BreadthFirstSearch(system, opts, store, ReductionPolicy.NONE, SearchListener.NONE).run();
    }

    @Test
    void exactStoreAndHashMapStoreGiveTheSameSearchOnRandomGraphs() {
        for (long seed = 1; seed <= 40; seed++) {
            GraphSystem g = TestSystems.randomGraph(seed, 50 + (int) (seed * 37 % 400), 4, seed % 2 == 0);
            for (ExploreOptions opts : new ExploreOptions[] {options(false, 0, 0), options(true, 0, 0)}) {
                Result exact = run(g, opts, new ExactStateStore(1, 4, 1));
                Result oracle = run(g, opts, new HashSetStateStore());
                assertSameResult(oracle, exact);
                for (Counterexample ce : exact.counterexamples()) {
                    assertRealPath(g, ce);
                }
            }
        }
    }

    @Test
    void withoutRulesEveryReachableNodeIsVisited() {
        for (long seed = 100; seed < 120; seed++) {
            GraphSystem g = TestSystems.randomGraph(seed, 300, 3, false);
            ExploreOptions noDeadlock = new ExploreOptions(false, 0, 0, null, false, null);
            Result r = run(g, noDeadlock, new ExactStateStore(1));
            assertEquals(Verdict.HOLDS, r.verdict(), "seed " + seed);
            assertEquals(reachable(g), r.statistics().distinct(), "seed " + seed);
        }
    }

    @Test
    void twoRunsGiveTheSameResult() {
        TransitionSystem[] systems = {TestSystems.brokenMutex(), TestSystems.peterson(), TestSystems.locks(true),
                TestSystems.randomGraph(7, 500, 4, true)};
        for (TransitionSystem s : systems) {
            for (ExploreOptions opts : new ExploreOptions[] {options(false, 0, 0), options(true, 0, 0)}) {
                Result a = run(s, opts, new ExactStateStore(s.layout().size()));
                Result b = run(s, opts, new ExactStateStore(s.layout().size()));
                assertSameResult(a, b);
            }
        }
    }

    private static long reachable(GraphSystem g) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(0);
        seen.add(0);
        while (!todo.isEmpty()) {
            Traces.Collected c = Traces.collect(g, new int[] {todo.poll()});
            for (int[] next : c.states) {
                if (seen.add(next[0])) {
                    todo.add(next[0]);
                }
            }
        }
        return seen.size();
    }
}
