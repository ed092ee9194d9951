package irpcheck.explore;

import irpcheck.model.Violation;

import java.util.List;

/**
 * A path from the initial state to a violation. The first step is the initial state. For a
 * violation raised by an action (an assertion, a stale reference), the last step's action is the one
 * that broke the rule and its state is the state in which it was attempted (nothing changed). For an
 * invariant or a deadlock the last step's state is the bad state; safety paths are shortest.
 *
 * <p>A liveness counterexample is a lasso ({@code lasso != null}): the steps up to
 * {@link Lasso#loop()} are the prefix, the steps after it the cycle, and the last step's state is the
 * state at the loop index again, so the cycle repeats for ever. A lasso whose loop index is the last
 * step has no cycle edges: the run stays in that state for ever. Immutable.
 */
public record Counterexample(Violation violation, List<TraceStep> steps, boolean violatingAction, Lasso lasso) {
    public Counterexample {
        steps = List.copyOf(steps);
        if (lasso != null && (lasso.loop() < 0 || lasso.loop() >= steps.size())) {
            throw new IllegalArgumentException("loop index " + lasso.loop() + " outside " + steps.size() + " steps");
        }
    }

    /** A safety counterexample: a path, no cycle. */
    public Counterexample(Violation violation, List<TraceStep> steps, boolean violatingAction) {
        this(violation, steps, violatingAction, null);
    }

    /** The index of the step where the cycle starts, or -1 for a safety counterexample. */
    public int loop() {
        return lasso == null ? -1 : lasso.loop();
    }
}
