package irpcheck.explore;

import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static irpcheck.explore.Traces.options;
import static irpcheck.explore.Traces.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchLimitsTest {

    @Test
    void maxStatesStopsOnceThatManyAreStored() {
        Result r = run(ProgramSystem.counters(3, 4), options(false, 10, 0));
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertFalse(r.complete());
        assertEquals("--max-states 10 reached", r.stopReason());
        assertEquals(10, r.statistics().distinct());
        assertTrue(r.statistics().queue() > 0);
    }

    @Test
    void maxDepthLeavesTheDeepestLevelUnexpanded() {
        Result r = run(ProgramSystem.counters(3, 4), options(false, 0, 2));
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertEquals("--max-depth 2 reached", r.stopReason());
        // depth 0: 1 state, depth 1: 3, depth 2: 6
        assertEquals(10, r.statistics().distinct());
        assertEquals(2, r.statistics().depth());
        assertEquals(3 + 3 * 3, r.statistics().generated());
    }

    @Test
    void maxDepthIsNoStopWhenNothingLiesBeyondIt() {
        GraphSystem chain = GraphSystem.builder(3).edge(0, 0, 1).edge(1, 1, 2).finalNode(2).build();
        Result r = run(chain, options(false, 0, 2));
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(r.complete());
    }

    @Test
    void deadlocksAreStillFoundAtTheDepthLimit() {
        GraphSystem chain = GraphSystem.builder(3).edge(0, 0, 1).edge(1, 1, 2).build();
        Result r = run(chain, options(false, 0, 2));
        assertEquals(Verdict.VIOLATION, r.verdict());
        assertEquals("Deadlock", r.counterexamples().get(0).violation().rule());
    }

    @Test
    void timeLimitStops() {
        ExploreOptions opts = new ExploreOptions(false, 0, 0, Duration.ofNanos(1), true, null);
        Result r = run(ProgramSystem.counters(4, 8), opts);
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertTrue(r.stopReason().startsWith("--time-limit "), r.stopReason());
        assertTrue(r.statistics().distinct() < 4096);
    }

    @Test
    void limitsAreWrittenAsTheUserWritesThem() {
        assertEquals("30s", BreadthFirstSearch.format(Duration.ofSeconds(30)));
        assertEquals("1500ms", BreadthFirstSearch.format(Duration.ofMillis(1500)));
    }

    @Test
    void requestStopEndsTheRunAsIncomplete() {
        TransitionSystem system = ProgramSystem.counters(4, 8);
        BreadthFirstSearch[] search = new BreadthFirstSearch[1];
        SearchListener stopper = new SearchListener() {
            private int taken;

            @Override
            public void actionTaken(int actionId) {
                if (++taken == 100) {
                    search[0].requestStop();
                }
            }
        };
        search[0] = new BreadthFirstSearch(system, options(false, 0, 0), new ExactStateStore(8),
                ReductionPolicy.NONE, stopper);
        Result r = search[0].run();
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertEquals("stopped by request", r.stopReason());
        assertTrue(r.statistics().generated() < 110);
    }

    @Test
    void outOfMemoryIsAnIncompleteRunNotAnError() {
        TransitionSystem counters = ProgramSystem.counters(3, 5);
        TransitionSystem starving = new DelegatingSystem(counters) {
            private int calls;

            @Override
            public void successors(int[] state, SuccessorSink sink) {
                if (++calls == 20) {
                    throw new OutOfMemoryError("test");
                }
                super.successors(state, sink);
            }
        };
        Result r = run(starving, options(false, 0, 0));
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertEquals("out of memory", r.stopReason());
        assertTrue(r.statistics().distinct() > 1);
        assertEquals(19 * 3, r.statistics().generated());
    }

    @Test
    void aViolationFoundBeforeALimitStaysAViolation() {
        GraphSystem g = GraphSystem.builder(6).edge(0, 0, 1).edge(0, 1, 2).edge(2, 2, 3).edge(3, 3, 4).edge(4, 4, 5)
                .bad(1, "A").finalNode(5).build();
        Result r = run(g, options(true, 0, 2));
        assertEquals(Verdict.VIOLATION, r.verdict());
        assertEquals("--max-depth 2 reached", r.stopReason());
        assertEquals(4, r.statistics().distinct());
        assertFalse(r.complete());
    }

    @Test
    void progressIsReported() {
        List<SearchListener.Progress> events = new ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void progress(Progress progress) {
                events.add(progress);
            }
        };
        ExploreOptions opts = new ExploreOptions(false, 0, 0, null, true, Duration.ZERO);
        TransitionSystem system = ProgramSystem.counters(4, 8);
        new BreadthFirstSearch(system, opts, new ExactStateStore(8), ReductionPolicy.NONE, listener).run();
        assertEquals(4, events.size(), "one every 1024 expansions of 4096");
        SearchListener.Progress last = events.get(3);
        assertEquals(3072, last.distinct() - last.queue());
        assertTrue(last.generated() == 3 * 1024 * 4 && last.depth() > 0 && last.statesPerSecond() >= 0);
    }
}
