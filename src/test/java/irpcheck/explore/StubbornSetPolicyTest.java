package irpcheck.explore;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stubborn-set policy on hand-built systems with exact footprints. */
class StubbornSetPolicyTest {

    private static final ExploreOptions ALL = new ExploreOptions(true, 0, 0, null, true, null);

    private static Result run(StepSystem system, ReductionPolicy policy) {
        return new BreadthFirstSearch(system, ALL, new ExactStateStore(system.layout().size()), policy,
                SearchListener.NONE).run();
    }

    /** {@code processes} processes of {@code steps} steps; process p increments slot {@code slotOf(p)}. */
    private static List<List<StepSystem.Step>> lines(int processes, int steps, java.util.function.IntUnaryOperator slotOf) {
        List<List<StepSystem.Step>> out = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            List<StepSystem.Step> line = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                line.add(new StepSystem.Step(slotOf.applyAsInt(p), -1, 0));
            }
            out.add(line);
        }
        return out;
    }

    @Test
    void independentProcessesAreExploredInOneOrder() {
        StepSystem system = new StepSystem(lines(3, 3, p -> p), 3, -1, -1);
        Result full = run(system, ReductionPolicy.NONE);
        Result reduced = run(system, new StubbornSetPolicy());
        assertEquals(64, full.statistics().distinct());
        // one interleaving: P0's steps, then P1's, then P2's (the lowest process wins ties)
        assertEquals(10, reduced.statistics().distinct());
        assertEquals(Verdict.HOLDS, reduced.verdict());
    }

    @Test
    void processesOnTheSameSlotAreNotReduced() {
        StepSystem system = new StepSystem(lines(3, 2, p -> 0), 1, -1, -1);
        assertEquals(run(system, ReductionPolicy.NONE).statistics().distinct(),
                run(system, new StubbornSetPolicy()).statistics().distinct());
    }

    @Test
    void aProcessThatMayLaterTouchTheSlotJoinsTheSet() {
        // P0 writes slot 0 now; P1 writes slot 1 first, slot 0 later: {P0} alone is not stubborn (P1 may
        // write slot 0 before P0 moves), {P1} is (P0 never touches slot 1)
        List<List<StepSystem.Step>> programs = List.of(
                List.of(new StepSystem.Step(0, -1, 0)),
                List.of(new StepSystem.Step(1, -1, 0), new StepSystem.Step(0, -1, 0)));
        StepSystem system = new StepSystem(programs, 2, -1, -1);
        int[] enabled = {0, 1};
        assertEquals(1, new StubbornSetPolicy().select(system, system.initialState(), enabled, 2));
        assertEquals(1, enabled[0]);
    }

    @Test
    void visibleStepsAreNotSelectedAlone() {
        // the invariant reads slots 0 and 1: P0's and P1's steps are visible, P2's are not
        StepSystem system = new StepSystem(lines(3, 2, p -> p), 3, 0, 1);
        Result full = run(system, ReductionPolicy.NONE);
        Result reduced = run(system, new StubbornSetPolicy());
        assertEquals(Verdict.VIOLATION, full.verdict());
        assertEquals(Verdict.VIOLATION, reduced.verdict());
        assertEquals("Bad", reduced.counterexamples().get(0).violation().rule());
        for (Counterexample cx : reduced.counterexamples()) {
            assertEquals(null, Replay.check(system, cx));
        }
        int[] enabled = {0, 2, 4};
        int chosen = new StubbornSetPolicy().select(system, system.initialState(), enabled, 3);
        assertEquals(1, chosen);
        assertEquals(4, enabled[0], "only the invisible process is selected alone");
    }

    @Test
    void deadlocksArePreserved() {
        // P0 waits for slot 1 to be 5, which never happens; P1 and P2 work on their own slots
        List<List<StepSystem.Step>> programs = List.of(
                List.of(new StepSystem.Step(0, 1, 5)),
                List.of(new StepSystem.Step(1, -1, 0), new StepSystem.Step(1, -1, 0)),
                List.of(new StepSystem.Step(2, -1, 0), new StepSystem.Step(2, -1, 0)));
        StepSystem system = new StepSystem(programs, 3, -1, -1);
        Result full = run(system, ReductionPolicy.NONE);
        Result reduced = run(system, new StubbornSetPolicy());
        assertEquals("Deadlock", full.counterexamples().get(0).violation().rule());
        assertEquals("Deadlock", reduced.counterexamples().get(0).violation().rule());
        assertTrue(reduced.statistics().distinct() < full.statistics().distinct());
        assertEquals(null, Replay.check(system, reduced.counterexamples().get(0)));
    }

    @Test
    void aDisabledProcessInTheSetKeepsTheDeadlock() {
        // P1 waits for slot 1 == 1, which nobody writes, then writes slots 4 and 0: it joins every set
        // (P0 writes slot 0, P2 slot 4) as a disabled process, which needs only the processes that may
        // enable it. One enabled action is selected, and the deadlock is still found.
        List<List<StepSystem.Step>> programs = List.of(
                List.of(new StepSystem.Step(0, -1, 0)),
                List.of(new StepSystem.Step(4, 1, 1), new StepSystem.Step(0, -1, 0)),
                List.of(new StepSystem.Step(4, -1, 0)));
        StepSystem system = new StepSystem(programs, 5, -1, -1);
        int[] enabled = {0, 3};
        assertEquals(1, new StubbornSetPolicy().select(system, system.initialState(), enabled, 2));
        Result full = run(system, ReductionPolicy.NONE);
        Result reduced = run(system, new StubbornSetPolicy());
        assertEquals("Deadlock", full.counterexamples().get(0).violation().rule());
        assertEquals("Deadlock", reduced.counterexamples().get(0).violation().rule());
        assertTrue(reduced.statistics().distinct() < full.statistics().distinct());
    }
}
