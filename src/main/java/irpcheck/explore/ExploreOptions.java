package irpcheck.explore;

import java.time.Duration;

/**
 * How to search. Immutable.
 *
 * @param continueAfterViolation keep searching after the first violation and collect one shortest
 *                               counterexample per distinct violated rule ({@code --continue})
 * @param maxStates              stop as incomplete once this many distinct states are stored (0 = no limit)
 * @param maxDepth               do not expand states at this depth (0 = no limit); the run is then incomplete if
 *                               any of them had a transition (their invariants and deadlocks are still checked)
 * @param timeLimit              stop as incomplete after this long, checked every 1024 expansions (null = no limit)
 * @param checkDeadlock          report states where no process can move and not all have finished
 * @param progressInterval       how often listeners get a progress event, checked every 1024 expansions (null = never)
 */
public record ExploreOptions(boolean continueAfterViolation, long maxStates, int maxDepth, Duration timeLimit,
                             boolean checkDeadlock, Duration progressInterval) {

    public static ExploreOptions defaults() {
        return new ExploreOptions(false, 0, 0, null, true, Duration.ofSeconds(3));
    }
}
