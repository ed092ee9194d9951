package irpcheck.explore;

import irpcheck.explore.parallel.WorkerPool;
import irpcheck.model.TransitionSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

/** Oracle: any number of workers gives the one-worker result (counts, depth, queue, counterexamples). */
class ParallelSearchTest {

    private static Result run(TransitionSystem s, ExploreOptions opts, StateStore store, Expander expander) {
        return new BreadthFirstSearch(s, opts, store, ReductionPolicy.NONE, SearchListener.NONE, expander).run();
    }

    private static void assertSameForAnyWorkers(TransitionSystem s, String what) {
        List<Function<TransitionSystem, StateStore>> stores = List.of(
                t -> new PackedStateStore(t.layout(), 4, 1),
                t -> new FingerprintStore(t.layout(), 2, 16));
        for (ExploreOptions opts : new ExploreOptions[] {Traces.options(false, 0, 0), Traces.options(true, 0, 0),
                Traces.options(true, 37, 0), Traces.options(true, 0, 3)}) {
            for (Function<TransitionSystem, StateStore> store : stores) {
                Result one = run(s, opts, store.apply(s), Expander.SEQUENTIAL);
                for (int workers = 1; workers <= 4; workers++) {
                    for (int perWorker : new int[] {1, 3, 2048}) {
                        try (WorkerPool pool = new WorkerPool(workers, perWorker)) {
                            Result many = run(s, opts, store.apply(s), pool);
                            try {
                                Traces.assertSameResult(one, many);
                            } catch (AssertionError e) {
                                throw new AssertionError(what + ", " + workers + " workers of " + perWorker + " states, "
                                        + opts + ": " + e.getMessage(), e);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void randomGraphs() {
        for (long seed = 1; seed <= 25; seed++) {
            GraphSystem g = TestSystems.randomGraph(seed, 50 + (int) (seed * 37 % 400), 4, seed % 2 == 0);
            assertSameForAnyWorkers(g, "random graph seed " + seed);
        }
    }

    @Test
    void handBuiltSystems() {
        assertSameForAnyWorkers(TestSystems.peterson(), "peterson");
        assertSameForAnyWorkers(TestSystems.brokenMutex(), "broken mutex");
        assertSameForAnyWorkers(TestSystems.locks(true), "inverted locks");
    }
}
