package irpcheck.model;

import java.util.List;

/**
 * The engine's contract: a finite transition system over packed int states. The explorer knows
 * nothing else about a model. Implementations are immutable and their methods thread-safe, so
 * that parallel workers can share one.
 */
public interface TransitionSystem {

    /** The model's name, for reports. */
    String name();

    /** What each slot of a packed state means. */
    StateLayout layout();

    /** A fresh copy of the initial state. */
    int[] initialState();

    /** The concurrent processes (thread instances), indexed from 0. */
    List<Process> processes();

    /** Every action (an edge of some process's control graph); {@code actions().get(i).id() == i}. */
    List<Action> actions();

    /**
     * Reports every enabled transition of {@code state} to the sink, in a fixed order (by process,
     * then by action): the same state always yields the same calls in the same order.
     */
    void successors(int[] state, SuccessorSink sink);

    /** True when every process has finished: a state with no successors is then not a deadlock. */
    boolean isFinal(int[] state);

    /** The first invariant the state breaks, or null when all hold. */
    Violation checkInvariants(int[] state);

    /** The slots an action would read and write if taken in this state (for reduction). */
    Footprint footprint(int[] state, int actionId);

    /** Turns states back into named values for reports. */
    StateDecoder decoder();

    /**
     * The liveness properties to check, one entry per instance (a quantified property has one per pool
     * object), in declaration order. None by default.
     */
    default List<LivenessProperty> livenessProperties() {
        return List.of();
    }

    /** The fairness liveness checking may assume of process {@code process}; weak by default. */
    default Fairness fairness(int process) {
        return Fairness.WEAK;
    }
}
