package irpcheck.explore;

import irpcheck.model.TransitionSystem;

/**
 * Chooses which enabled actions of a state to explore. The full policy explores all of them; a
 * partial-order reduction explores a subset that preserves the checked properties.
 */
public interface ReductionPolicy {

    /** Explore every enabled action. */
    ReductionPolicy NONE = (system, state, enabled, count) -> count;

    /**
     * Reorders {@code enabled[0..count)} so that the actions to explore come first and returns how many
     * to explore. Must be deterministic.
     */
    int select(TransitionSystem system, int[] state, int[] enabled, int count);
}
