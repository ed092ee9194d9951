package irpcheck.explore;

import irpcheck.model.Violation;

import java.util.List;

/**
 * A shortest path from the initial state to a violation. The first step is the initial state. For a
 * violation raised by an action (an assertion, a stale reference), the last step's action is the one
 * that broke the rule and its state is the state in which it was attempted (nothing changed). For an
 * invariant or a deadlock the last step's state is the bad state. Immutable.
 */
public record Counterexample(Violation violation, List<TraceStep> steps, boolean violatingAction) {
    public Counterexample {
        steps = List.copyOf(steps);
    }
}
