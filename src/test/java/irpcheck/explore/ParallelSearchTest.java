package irpcheck.explore;

import irpcheck.explore.parallel.WorkerPool;
import irpcheck.model.TransitionSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.function.Function;

/** Oracle: any number of workers gives the one-worker result (counts, depth, queue, counterexamples). */
class ParallelSearchTest {

    /**
     * Not a sound reduction, only a deterministic one that leaves actions out often: it keeps a prefix of
     * the enabled actions whose length depends on the state, so that the cycle proviso fires often and the
     * search adds the left-out successors of an expanded batch one by one.
     */
    private static final ReductionPolicy SOME = (system, state, enabled, count) ->
            1 + Math.floorMod(java.util.Arrays.hashCode(state), count);

    private static Result run(TransitionSystem s, ExploreOptions opts, StateStore store, Expander expander) {
        return run(s, opts, store, expander, ReductionPolicy.NONE);
    }

    private static Result run(TransitionSystem s, ExploreOptions opts, StateStore store, Expander expander,
                              ReductionPolicy policy) {
        return new BreadthFirstSearch(s, opts, store, policy, SearchListener.NONE, expander).run();
    }

    private static void assertSameForAnyWorkers(TransitionSystem s, String what) {
        assertSameForAnyWorkers(s, what, ReductionPolicy.NONE);
        assertSameForAnyWorkers(s, what + " (reduced)", SOME);
    }

    private static void assertSameForAnyWorkers(TransitionSystem s, String what, ReductionPolicy policy) {
        List<Function<TransitionSystem, StateStore>> stores = List.of(
                t -> new PackedStateStore(t.layout(), 4, 1),
                t -> new FingerprintStore(t.layout(), 2, 16));
        for (ExploreOptions opts : new ExploreOptions[] {Traces.options(false, 0, 0), Traces.options(true, 0, 0),
                Traces.options(true, 37, 0), Traces.options(true, 0, 3)}) {
            for (Function<TransitionSystem, StateStore> store : stores) {
                Result one = run(s, opts, store.apply(s), Expander.SEQUENTIAL, policy);
                for (int workers = 1; workers <= 4; workers++) {
                    for (int perWorker : new int[] {1, 3, 2048}) {
                        try (WorkerPool pool = new WorkerPool(workers, perWorker)) {
                            Result many = run(s, opts, store.apply(s), pool, policy);
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

    /**
     * State 1 is reduced to its step back to itself, which closes a cycle through a state expanded only in
     * part, so its step to 3 is taken too, one by one, in the same batch where a worker found 3 as a
     * selected successor of state 2: 3's parent must still be 1, as in a sequential search.
     */
    @Test
    void theProvisoTakesANewStateBeforeItsFirstSelectedOccurrence() {
        GraphSystem g = GraphSystem.builder(4).initial(0)
                .edge(0, 0, 1).edge(0, 1, 2)
                .edge(1, 2, 1).edge(1, 3, 3)
                .edge(2, 4, 3)
                .bad(3, "Bad")
                .build();
        assertTraceForAnyWorkers(g, 1, t -> new PackedStateStore(t.layout()), List.of(0, 3));
        assertTraceForAnyWorkers(g, 1, t -> new FingerprintStore(t.layout()), List.of(0, 3));
    }

    /**
     * State 2 is reduced to its step back to 1, which was expanded fully: the cycle 1, 2, 1 has a fully
     * expanded state, so the search leaves 2's step to 3 out and 3 is first reached through 4. A
     * fingerprint store no longer knows where 1 is stored, but it knows 1 was expanded fully.
     */
    @Test
    void theProvisoLeavesACycleThroughAFullyExpandedStateAlone() {
        GraphSystem g = GraphSystem.builder(5).initial(0)
                .edge(0, 0, 1).edge(0, 1, 2)
                .edge(1, 2, 2).edge(1, 5, 4)
                .edge(2, 3, 1).edge(2, 4, 3)
                .edge(4, 6, 3)
                .bad(3, "Bad")
                .build();
        assertTraceForAnyWorkers(g, 2, t -> new PackedStateStore(t.layout()), List.of(0, 5, 6));
        assertTraceForAnyWorkers(g, 2, t -> new FingerprintStore(t.layout()), List.of(0, 5, 6));
    }

    /**
     * With state {@code reducedNode} reduced to its first action: the trace to the bad state, the same for
     * any number of workers.
     */
    private static void assertTraceForAnyWorkers(GraphSystem g, int reducedNode,
                                                 Function<TransitionSystem, StateStore> store, List<Integer> actions) {
        ReductionPolicy firstOfOne = (system, state, enabled, count) -> state[0] == reducedNode ? 1 : count;
        for (boolean keepGoing : new boolean[] {false, true}) {
            ExploreOptions opts = Traces.options(keepGoing, 0, 0);
            Result one = run(g, opts, store.apply(g), Expander.SEQUENTIAL, firstOfOne);
            assertEquals(actions, one.counterexamples().get(0).steps().stream().map(TraceStep::actionId).skip(1).toList());
            for (int workers = 2; workers <= 3; workers++) {
                try (WorkerPool pool = new WorkerPool(workers, 4)) {
                    Traces.assertSameResult(one, run(g, opts, store.apply(g), pool, firstOfOne));
                }
            }
        }
    }

    /** Shards that grow many times while batches are taken, and batches of many duplicate successors. */
    @Test
    void largeRandomGraph() {
        GraphSystem g = TestSystems.randomGraph(99, 4_000, 6, true);
        assertSameForAnyWorkers(g, "random graph of 4,000 nodes");
    }

    @Test
    void handBuiltSystems() {
        assertSameForAnyWorkers(TestSystems.peterson(), "peterson");
        assertSameForAnyWorkers(TestSystems.brokenMutex(), "broken mutex");
        assertSameForAnyWorkers(TestSystems.locks(true), "inverted locks");
    }
}
