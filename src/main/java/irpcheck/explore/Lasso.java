package irpcheck.explore;

import java.util.List;

/**
 * The cycle part of a liveness counterexample and what it means. Immutable.
 *
 * @param loop           the index of the step where the cycle starts (the last step returns to its state)
 * @param kind           why the obligation is never met: no thread can move, every thread finished,
 *                       only unfair threads could move, or other threads keep running
 * @param trigger        the index of the first step at which the property's trigger held unanswered
 * @param running        the threads that take a step in the cycle, in process order
 * @param stalled        the threads that are able to move somewhere in the cycle but take no step in it
 * @param shortestPrefix whether the path to the trigger step is a shortest one (it is for breadth-first
 *                       numbering); the cycle and the path to it are short but not guaranteed minimal
 * @param fairness       the fairness assumptions the verdict rests on, one per thread ({@code App: weak})
 */
public record Lasso(int loop, Kind kind, int trigger, List<String> running, List<String> stalled,
                    boolean shortestPrefix, List<String> fairness) {

    public Lasso {
        running = List.copyOf(running);
        stalled = List.copyOf(stalled);
        fairness = List.copyOf(fairness);
    }

    /** Deadlock versus starvation: why the run never meets the obligation. */
    public enum Kind {
        /** No thread can move, and not all have finished. */
        DEADLOCK,
        /** Every thread has finished with the obligation still open. */
        TERMINATED,
        /** Only threads declared unfair could move, and they may stop for ever. */
        STOPPED,
        /** Some threads keep running in a cycle while the obligation stays open. */
        STARVATION;

        /** In words, for reports. */
        public String describe() {
            return switch (this) {
                case DEADLOCK -> "deadlock: no thread can move";
                case TERMINATED -> "every thread finished";
                case STOPPED -> "only unfair threads could move, and they stopped";
                case STARVATION -> "starvation: other threads keep running";
            };
        }
    }
}
