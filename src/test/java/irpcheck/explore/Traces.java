package irpcheck.explore;

import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions over counterexamples and results. Test only. */
final class Traces {

    private Traces() { }

    static Result run(TransitionSystem system, ExploreOptions options) {
        return new BreadthFirstSearch(system, options, new ExactStateStore(system.layout().size()),
                ReductionPolicy.NONE, SearchListener.NONE).run();
    }

    static ExploreOptions options(boolean continueAfterViolation, long maxStates, int maxDepth) {
        return new ExploreOptions(continueAfterViolation, maxStates, maxDepth, null, true, null);
    }

    /** The trace starts at the initial state and each step is a transition the system really offers. */
    static void assertRealPath(TransitionSystem system, Counterexample ce) {
        List<TraceStep> steps = ce.steps();
        assertEquals(-1, steps.get(0).actionId());
        assertArrayEquals(system.initialState(), steps.get(0).state());
        int last = steps.size() - 1;
        for (int i = 1; i < steps.size(); i++) {
            int[] from = steps.get(i - 1).state();
            TraceStep step = steps.get(i);
            Collected c = collect(system, from);
            if (ce.violatingAction() && i == last) {
                assertArrayEquals(from, step.state(), "a violating action changes nothing");
                assertTrue(c.violations.contains(step.actionId()), "action " + step.actionId() + " breaks a rule");
            } else {
                assertTrue(c.has(step.actionId(), step.state()), "step " + i + " follows a real transition");
            }
        }
    }

    /** Every step is (action into state), compared by content. */
    static void assertSameCounterexamples(Result a, Result b) {
        assertEquals(a.counterexamples().size(), b.counterexamples().size());
        for (int k = 0; k < a.counterexamples().size(); k++) {
            Counterexample x = a.counterexamples().get(k);
            Counterexample y = b.counterexamples().get(k);
            assertEquals(x.violation(), y.violation());
            assertEquals(x.violatingAction(), y.violatingAction());
            assertEquals(x.steps().size(), y.steps().size());
            for (int i = 0; i < x.steps().size(); i++) {
                assertEquals(x.steps().get(i).actionId(), y.steps().get(i).actionId());
                assertArrayEquals(x.steps().get(i).state(), y.steps().get(i).state());
            }
        }
    }

    /** Equal verdicts, figures (but the clock) and counterexamples. */
    static void assertSameResult(Result a, Result b) {
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.stopReason(), b.stopReason());
        Statistics s = a.statistics();
        Statistics t = b.statistics();
        assertEquals(List.of(s.generated(), s.distinct(), (long) s.depth(), s.queue()),
                List.of(t.generated(), t.distinct(), (long) t.depth(), t.queue()));
        assertSameCounterexamples(a, b);
    }

    static Collected collect(TransitionSystem system, int[] state) {
        Collected c = new Collected();
        system.successors(state, c);
        return c;
    }

    /** The transitions of one state. */
    static final class Collected implements SuccessorSink {
        final List<Integer> actions = new ArrayList<>();
        final List<int[]> states = new ArrayList<>();
        final List<Integer> violations = new ArrayList<>();

        @Override
        public void successor(int actionId, int[] next) {
            actions.add(actionId);
            states.add(next.clone());
        }

        @Override
        public void violation(int actionId, Violation violation) {
            violations.add(actionId);
        }

        boolean has(int actionId, int[] state) {
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i) == actionId && Arrays.equals(states.get(i), state)) {
                    return true;
                }
            }
            return false;
        }
    }
}
