package irpcheck.explore;

import java.time.Duration;

/**
 * How to search. Immutable.
 *
 * @param continueAfterViolation keep searching after the first violation and collect one shortest
 *                               counterexample per distinct violated rule ({@code --continue})
 * @param maxStates              stop as incomplete after this many distinct states (0 = no limit)
 * @param maxDepth               do not expand states deeper than this (0 = no limit); the run is then incomplete
 * @param timeLimit              stop as incomplete after this long (null = no limit)
 * @param checkDeadlock          report states where no process can move and not all have finished
 * @param progressInterval       how often listeners get a progress event
 */
public record ExploreOptions(boolean continueAfterViolation, long maxStates, int maxDepth, Duration timeLimit,
                             boolean checkDeadlock, Duration progressInterval) {

    public static ExploreOptions defaults() {
        return new ExploreOptions(false, 0, 0, null, true, Duration.ofSeconds(3));
    }
}
