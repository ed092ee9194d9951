package irpcheck.explore;

import irpcheck.model.TransitionSystem;

/**
 * Chooses which enabled actions of a state to explore. The full policy explores all of them; a
 * partial-order reduction ({@link StubbornSetPolicy}) explores a subset that preserves the checked
 * properties.
 *
 * <p>The policy decides everything that depends on the state alone. What depends on the search order,
 * the cycle proviso, is the search's duty, and every search that uses a reducing policy must apply it:
 * when the policy left actions out ({@code select} returned less than {@code count}) and one of the
 * selected successors is already stored at an index no greater than the expanded state's own (states
 * numbered in the order they were first stored, and expanded in that order) and was itself expanded
 * only in part, the state must be expanded fully. Then every cycle of the reduced graph has a fully
 * expanded state (see docs/design.md, "Partial-order reduction").
 */
public interface ReductionPolicy {

    /** Explore every enabled action. */
    ReductionPolicy NONE = (system, state, enabled, count) -> count;

    /**
     * Reorders {@code enabled[0..count)} (distinct action ids of the actions that have a successor; an
     * action that only breaks a rule is reported by the search, never selected) so that the actions to
     * explore come first and returns how many to explore. Must be deterministic and, since parallel
     * searches share one policy, thread-safe.
     */
    int select(TransitionSystem system, int[] state, int[] enabled, int count);
}
