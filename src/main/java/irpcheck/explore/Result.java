package irpcheck.explore;

import java.util.List;

/**
 * What a search found. Immutable.
 *
 * @param verdict         holds, violation, or incomplete
 * @param statistics      the figures reached
 * @param counterexamples one per distinct violated rule, in the order found (one unless --continue)
 * @param stopReason      why the search stopped early ({@code "--max-states 1000 reached"}), or null if it ran to the end
 */
public record Result(Verdict verdict, Statistics statistics, List<Counterexample> counterexamples, String stopReason) {
    public Result {
        counterexamples = List.copyOf(counterexamples);
    }

    /** True when the search visited every reachable state. */
    public boolean complete() {
        return stopReason == null;
    }
}
