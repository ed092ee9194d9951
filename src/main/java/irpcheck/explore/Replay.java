package irpcheck.explore;

import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.Arrays;
import java.util.List;

/**
 * Replays a counterexample step by step against the full semantics of a system: each step must be a
 * transition the system offers from the previous state, and the end must break the rule the
 * counterexample names. A trace found with reduction is checked this way before it is printed.
 * Stateless: thread-safe.
 */
public final class Replay {

    private Replay() {
    }

    /** Null when the counterexample is a real execution of {@code system}; else what went wrong. */
    public static String check(TransitionSystem system, Counterexample cx) {
        List<TraceStep> steps = cx.steps();
        if (steps.isEmpty() || !Arrays.equals(steps.get(0).state(), system.initialState())) {
            return "the trace does not start in the initial state";
        }
        int last = cx.violatingAction() ? steps.size() - 1 : steps.size();
        for (int i = 1; i < last; i++) {
            if (!offers(system, steps.get(i - 1).state(), steps.get(i).actionId(), steps.get(i).state())) {
                return "step " + i + " (action " + steps.get(i).actionId() + ") is not a transition of the model";
            }
        }
        int[] end = steps.get(steps.size() - 1).state();
        Violation v = cx.violation();
        return switch (v.kind()) {
            case DEADLOCK -> deadlocked(system, end) ? null : "the last state is not a deadlock";
            case INVARIANT -> system.checkInvariants(end) != null ? null : "no invariant is false in the last state";
            default -> cx.violatingAction() && breaks(system, end, steps.get(steps.size() - 1).actionId(), v.rule())
                    ? null : "the last step does not break " + v.rule();
        };
    }

    private static boolean offers(TransitionSystem system, int[] from, int action, int[] to) {
        boolean[] found = {false};
        system.successors(from, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
                found[0] |= actionId == action && Arrays.equals(next, to);
            }

            @Override
            public void violation(int actionId, Violation violation) {
            }
        });
        return found[0];
    }

    private static boolean breaks(TransitionSystem system, int[] from, int action, String rule) {
        boolean[] found = {false};
        system.successors(from, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
            }

            @Override
            public void violation(int actionId, Violation violation) {
                found[0] |= actionId == action && violation.rule().equals(rule);
            }
        });
        return found[0];
    }

    private static boolean deadlocked(TransitionSystem system, int[] state) {
        boolean[] any = {false};
        system.successors(state, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
                any[0] = true;
            }

            @Override
            public void violation(int actionId, Violation violation) {
                any[0] = true;
            }
        });
        return !any[0] && !system.isFinal(state);
    }
}
