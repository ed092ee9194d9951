package irpcheck.explore;

import java.time.Duration;

/**
 * Figures of a search. Immutable.
 *
 * @param generated  transitions taken (successor states computed, duplicates included)
 * @param distinct   distinct states stored
 * @param depth      the deepest breadth-first level reached (the initial state is depth 0)
 * @param queue      states still waiting to be expanded when the search ended
 * @param elapsed    wall-clock time of the search
 */
public record Statistics(long generated, long distinct, int depth, long queue, Duration elapsed) { }
