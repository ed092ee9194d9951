package irpcheck.explore;

import irpcheck.model.Fairness;
import irpcheck.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static irpcheck.model.Fairness.STRONG;
import static irpcheck.model.Fairness.UNFAIR;
import static irpcheck.model.Fairness.WEAK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The liveness checker on small hand-built graphs whose answers are known under each fairness. */
class LivenessSearchTest {

    private static Result run(FairGraph g) {
        return new LivenessSearch(g, ExploreOptions.defaults()).run();
    }

    /** P0 spins at node 0; P1 could reach the goal (node 1). */
    private static FairGraph spinner(Fairness p1) {
        return new FairGraph(2, new Fairness[] {WEAK, p1}, Set.of(1))
                .edge(0, 0, 0).edge(0, 1, 1)
                .property("Reach", Set.of(0), Set.of(1));
    }

    @Test
    void aSpinningThreadStarvesAnUnfairOne() {
        Result r = run(spinner(UNFAIR));
        assertEquals(Verdict.VIOLATION, r.verdict());
        Counterexample cx = r.counterexamples().get(0);
        assertEquals(Violation.Kind.LIVENESS, cx.violation().kind());
        assertEquals(Lasso.Kind.STARVATION, cx.lasso().kind());
        assertEquals(List.of("P0"), cx.lasso().running());
        assertEquals(0, cx.loop());
        assertLasso(cx);
    }

    @Test
    void weakFairnessMakesTheWaitingThreadMove() {
        assertEquals(Verdict.HOLDS, run(spinner(WEAK)).verdict());
    }

    /** P1 is enabled only at node 0, which P0 leaves and re-enters for ever. */
    private static FairGraph flicker(Fairness p1) {
        return new FairGraph(3, new Fairness[] {WEAK, p1}, Set.of(1))
                .edge(0, 0, 2).edge(2, 0, 0).edge(0, 1, 1)
                .property("Reach", Set.of(0), Set.of(1));
    }

    @Test
    void aFlickeringEnabledThreadNeedsStrongFairness() {
        Result weak = run(flicker(WEAK));
        assertEquals(Verdict.VIOLATION, weak.verdict());
        Counterexample cx = weak.counterexamples().get(0);
        assertEquals(Lasso.Kind.STARVATION, cx.lasso().kind());
        assertEquals(3, cx.steps().size());
        assertLasso(cx);
        assertEquals(Verdict.HOLDS, run(flicker(STRONG)).verdict());
    }

    @Test
    void aStuckStateIsADeadlockNotStarvation() {
        FairGraph g = new FairGraph(3, new Fairness[] {WEAK}, Set.of())
                .edge(0, 0, 1).edge(1, 0, 2)
                .property("Done", Set.of(1), Set.of(9));
        Counterexample cx = run(g).counterexamples().get(0);
        assertEquals(Lasso.Kind.DEADLOCK, cx.lasso().kind());
        assertEquals(1, cx.lasso().trigger());
        assertEquals(2, cx.loop());
        assertEquals(cx.steps().size() - 1, cx.loop());
    }

    @Test
    void aThreadInFrontOfACrashIsNotStuckForLiveness() {
        FairGraph g = new FairGraph(2, new Fairness[] {WEAK}, Set.of())
                .edge(0, 0, 1).crash(1, 0)
                .property("Done", Set.of(1), Set.of(9));
        assertEquals(Verdict.HOLDS, run(g).verdict(), "the crash is the safety search's finding, not a liveness one");
    }

    @Test
    void finishingWithTheObligationOpenIsReported() {
        FairGraph g = new FairGraph(2, new Fairness[] {WEAK}, Set.of(1))
                .edge(0, 0, 1).property("Never", Set.of(0), Set.of(5));
        Counterexample cx = run(g).counterexamples().get(0);
        assertEquals(Lasso.Kind.TERMINATED, cx.lasso().kind());
        assertEquals(0, cx.lasso().trigger());
    }

    @Test
    void anUnfairThreadMayStop() {
        FairGraph g = new FairGraph(2, new Fairness[] {UNFAIR}, Set.of(1))
                .edge(0, 0, 1).property("Go", Set.of(0), Set.of(1));
        Counterexample cx = run(g).counterexamples().get(0);
        assertEquals(Lasso.Kind.STOPPED, cx.lasso().kind());
        assertEquals(Verdict.HOLDS, run(new FairGraph(2, new Fairness[] {WEAK}, Set.of(1))
                .edge(0, 0, 1).property("Go", Set.of(0), Set.of(1))).verdict());
    }

    @Test
    void theGoalMayHoldWhenTheTriggerDoes() {
        FairGraph g = new FairGraph(2, new Fairness[] {UNFAIR}, Set.of())
                .edge(0, 0, 1).edge(1, 0, 0).property("Same", Set.of(0, 1), Set.of(0, 1));
        assertEquals(Verdict.HOLDS, run(g).verdict());
    }

    @Test
    void aLongRingDoesNotOverflowTheStack() {
        int n = 100_000;
        FairGraph g = new FairGraph(n + 1, new Fairness[] {WEAK, UNFAIR}, Set.of());
        for (int i = 0; i < n; i++) {
            g.edge(i, 0, (i + 1) % n);
        }
        g.edge(5, 1, n);
        g.property("Exit", Set.of(0), Set.of(n));
        Result r = run(g);
        Counterexample cx = r.counterexamples().get(0);
        assertEquals(Lasso.Kind.STARVATION, cx.lasso().kind());
        assertEquals(n + 1, cx.steps().size());
        assertLasso(cx);
        assertEquals(Verdict.HOLDS, run(ringWithFairExit(n)).verdict());
    }

    private static FairGraph ringWithFairExit(int n) {
        FairGraph g = new FairGraph(n + 1, new Fairness[] {WEAK, STRONG}, Set.of());
        for (int i = 0; i < n; i++) {
            g.edge(i, 0, (i + 1) % n);
        }
        g.edge(5, 1, n);
        g.property("Exit", Set.of(0), Set.of(n));
        return g;
    }

    @Test
    void theFirstFailingInstanceOfEachPropertyIsReportedOnce() {
        FairGraph g = spinner(UNFAIR).property("Reach", Set.of(0), Set.of(1)).property("Other", Set.of(0), Set.of(1));
        Result r = run(g);
        assertEquals(2, r.counterexamples().size());
        assertEquals("Reach", r.counterexamples().get(0).violation().rule());
        assertEquals("Other", r.counterexamples().get(1).violation().rule());
    }

    @Test
    void theSameGraphGivesTheSameLasso() {
        Counterexample a = run(flicker(WEAK)).counterexamples().get(0);
        Counterexample b = run(flicker(WEAK)).counterexamples().get(0);
        assertEquals(a.loop(), b.loop());
        assertEquals(a.steps().size(), b.steps().size());
        for (int i = 0; i < a.steps().size(); i++) {
            assertArrayEquals(a.steps().get(i).state(), b.steps().get(i).state());
        }
    }

    /** The last state of a lasso is the state at its loop index. */
    static void assertLasso(Counterexample cx) {
        assertNotNull(cx.lasso());
        int[] loop = cx.steps().get(cx.loop()).state();
        int[] last = cx.steps().get(cx.steps().size() - 1).state();
        assertTrue(Arrays.equals(loop, last), "the cycle returns to the loop state");
    }
}
