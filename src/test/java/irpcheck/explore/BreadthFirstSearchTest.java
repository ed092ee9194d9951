package irpcheck.explore;

import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static irpcheck.explore.Traces.assertRealPath;
import static irpcheck.explore.Traces.options;
import static irpcheck.explore.Traces.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreadthFirstSearchTest {

    private static final ExploreOptions FIRST = options(false, 0, 0);
    private static final ExploreOptions CONTINUE = options(true, 0, 0);

    @Test
    void independentCountersGiveMToTheNStatesAndNTimesAsManyTransitions() {
        for (int[] nm : new int[][] {{1, 5}, {2, 3}, {3, 4}, {4, 3}}) {
            int n = nm[0];
            int m = nm[1];
            Result r = run(ProgramSystem.counters(n, m), FIRST);
            long states = (long) Math.pow(m, n);
            assertEquals(Verdict.HOLDS, r.verdict());
            assertTrue(r.complete());
            assertEquals(states, r.statistics().distinct());
            assertEquals(n * states, r.statistics().generated());
            assertEquals(n * (m - 1), r.statistics().depth());
            assertEquals(0, r.statistics().queue());
        }
    }

    @Test
    void petersonKeepsMutualExclusion() {
        Result r = run(TestSystems.peterson(), FIRST);
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(r.counterexamples().isEmpty());
        assertNull(r.stopReason());
    }

    @Test
    void brokenMutexGivesTheShortestCounterexample() {
        ProgramSystem system = TestSystems.brokenMutex();
        Result r = run(system, FIRST);
        assertEquals(Verdict.VIOLATION, r.verdict());
        assertNull(r.stopReason());
        Counterexample ce = r.counterexamples().get(0);
        assertEquals("Mutex", ce.violation().rule());
        assertEquals(Violation.Kind.INVARIANT, ce.violation().kind());
        assertFalse(ce.violatingAction());
        // each process needs two steps (test, set) to enter: four actions, five states
        assertEquals(5, ce.steps().size());
        assertRealPath(system, ce);
        int[] last = ce.steps().get(4).state();
        assertEquals(2, last[0]);
        assertEquals(2, last[1]);
    }

    @Test
    void lockOrderInversionDeadlocks() {
        ProgramSystem system = TestSystems.locks(true);
        Result r = run(system, FIRST);
        assertEquals(Verdict.VIOLATION, r.verdict());
        Counterexample ce = r.counterexamples().get(0);
        assertEquals(new Violation(Violation.Kind.DEADLOCK, "Deadlock", "no thread can move", null), ce.violation());
        assertEquals(3, ce.steps().size());
        assertRealPath(system, ce);
        assertFalse(ce.violatingAction());
    }

    @Test
    void finishedProcessesAreNotADeadlock() {
        Result r = run(TestSystems.locks(false), FIRST);
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(r.statistics().distinct() > 1);
    }

    @Test
    void deadlockCheckCanBeTurnedOff() {
        ExploreOptions off = new ExploreOptions(false, 0, 0, null, false, null);
        assertEquals(Verdict.HOLDS, run(TestSystems.locks(true), off).verdict());
    }

    @Test
    void invariantFalseInTheInitialState() {
        GraphSystem system = GraphSystem.builder(2).edge(0, 0, 1).bad(0, "Init").build();
        Result r = run(system, FIRST);
        assertEquals(Verdict.VIOLATION, r.verdict());
        Counterexample ce = r.counterexamples().get(0);
        assertEquals("Init", ce.violation().rule());
        assertEquals(1, ce.steps().size());
        assertEquals(-1, ce.steps().get(0).actionId());
        assertArrayEquals(new int[] {0}, ce.steps().get(0).state());
        assertEquals(1, r.statistics().distinct());
        assertEquals(0, r.statistics().generated());
    }

    @Test
    void invariantViolatingStatesAreStoredButNotExpanded() {
        GraphSystem system = GraphSystem.builder(3).edge(0, 0, 1).edge(1, 1, 2).bad(1, "Bad").finalNode(2).build();
        Result r = run(system, CONTINUE);
        assertEquals(Verdict.VIOLATION, r.verdict());
        assertEquals(2, r.statistics().distinct());
        assertEquals(1, r.statistics().generated());
    }

    @Test
    void actionViolationTraceEndsWithTheViolatingAction() {
        GraphSystem system = GraphSystem.builder(3)
                .edge(0, 0, 1).edge(1, 1, 2).actionViolation(1, 5, "Assert").finalNode(2).build();
        Result r = run(system, FIRST);
        assertEquals(Verdict.VIOLATION, r.verdict());
        Counterexample ce = r.counterexamples().get(0);
        assertTrue(ce.violatingAction());
        assertEquals("Assert", ce.violation().rule());
        assertEquals(List.of(-1, 0, 5), ce.steps().stream().map(TraceStep::actionId).toList());
        assertArrayEquals(new int[] {1}, ce.steps().get(2).state());
        assertRealPath(system, ce);
    }

    @Test
    void actionViolationsAreNotTransitions() {
        GraphSystem system = GraphSystem.builder(2).edge(0, 0, 1).actionViolation(0, 3, "A").finalNode(1).build();
        Result r = run(system, CONTINUE);
        assertEquals(1, r.statistics().generated());
        assertEquals(2, r.statistics().distinct());
    }

    @Test
    void continueKeepsTheFirstCounterexampleOfEachRuleInOrderFound() {
        GraphSystem system = GraphSystem.builder(7)
                .edge(0, 0, 1).edge(0, 1, 2).edge(0, 2, 5)
                .edge(1, 3, 3).edge(1, 4, 4)
                .edge(2, 5, 6)
                .actionViolation(1, 7, "C")
                .bad(2, "B").bad(3, "A").bad(4, "B").bad(6, "A")
                .build();
        Result r = run(system, CONTINUE);
        assertEquals(Verdict.VIOLATION, r.verdict());
        assertNull(r.stopReason());
        assertEquals(List.of("B", "C", "A", "Deadlock"),
                r.counterexamples().stream().map(c -> c.violation().rule()).toList());
        assertEquals(List.of(2, 3, 3, 2), r.counterexamples().stream().map(c -> c.steps().size()).toList());
        for (Counterexample ce : r.counterexamples()) {
            assertRealPath(system, ce);
        }
        // node 6 lies behind the bad node 2, never expanded
        assertEquals(6, r.statistics().distinct());
        assertEquals(0, r.statistics().queue());
    }

    @Test
    void continueExploresTheWholeSpaceOfABrokenModel() {
        ProgramSystem system = TestSystems.brokenMutex();
        Result first = run(system, FIRST);
        Result all = run(system, CONTINUE);
        assertEquals(1, all.counterexamples().size());
        Traces.assertSameCounterexamples(first, all);
        assertTrue(all.statistics().distinct() >= first.statistics().distinct());
        assertEquals(0, all.statistics().queue());
    }

    @Test
    void reductionPolicyThatKeepsOnlyTheFirstActionIsHonouredUntilItWouldCloseACycle() {
        List<Integer> taken = new ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void actionTaken(int actionId) {
                taken.add(actionId);
            }
        };
        ReductionPolicy firstOnly = (system, state, enabled, count) -> Math.min(1, count);
        TransitionSystem system = ProgramSystem.counters(3, 4);
        Result r = new BreadthFirstSearch(system, FIRST, new ExactStateStore(6), firstOnly, listener).run();
        assertEquals(Verdict.HOLDS, r.verdict());
        // counter 0 goes round alone; the step back to the initial state (stored first) may close a
        // cycle, so the cycle proviso expands that state fully: counters 1 and 2 are not ignored forever
        assertEquals(List.of(0, 0, 0, 0, 1, 2), taken.subList(0, 6));
        // every counter cycles, so in the end every one of the 4^3 states is reached
        assertEquals(64, r.statistics().distinct());
    }

    @Test
    void reductionPolicyMayReorderBeforeChoosing() {
        ReductionPolicy lastOnly = (system, state, enabled, count) -> {
            int t = enabled[0];
            enabled[0] = enabled[count - 1];
            enabled[count - 1] = t;
            return 1;
        };
        List<Integer> taken = new ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void actionTaken(int actionId) {
                taken.add(actionId);
            }
        };
        TransitionSystem system = ProgramSystem.counters(3, 4);
        new BreadthFirstSearch(system, FIRST, new ExactStateStore(6), lastOnly, listener).run();
        assertEquals(List.of(2, 2, 2, 2), taken.subList(0, 4));
    }

    @Test
    void aPolicyChoosingMoreThanEnabledIsAnError() {
        ReductionPolicy bad = (system, state, enabled, count) -> count + 1;
        TransitionSystem system = ProgramSystem.counters(2, 2);
        BreadthFirstSearch search = new BreadthFirstSearch(system, FIRST, new ExactStateStore(4), bad, SearchListener.NONE);
        assertThrows(IllegalStateException.class, search::run);
    }

    @Test
    void runsOnlyOnce() {
        TransitionSystem system = ProgramSystem.counters(1, 2);
        BreadthFirstSearch search = new BreadthFirstSearch(system, FIRST, new ExactStateStore(2),
                ReductionPolicy.NONE, SearchListener.NONE);
        search.run();
        assertThrows(IllegalStateException.class, search::run);
    }
}
