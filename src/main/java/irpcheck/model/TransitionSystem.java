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

    /**
     * True when every process has finished or stands at a valid end state (a service thread idling at a
     * statement labelled {@code end...}): a state with no successors is then not a deadlock.
     */
    boolean isFinal(int[] state);

    /** The first invariant the state breaks, or null when all hold. */
    Violation checkInvariants(int[] state);

    /**
     * The slots an action would read and write if taken in this state, its places resolved in that state
     * (for the trace tools); {@link Footprint#UNKNOWN} for allocation, free and other steps that touch
     * more than their places. The reduction uses {@link #currentFootprint} and {@link #futureFootprint}.
     */
    Footprint footprint(int[] state, int actionId);

    /**
     * The slots that the steps a process can take from where it stands in {@code state} read and write,
     * including its enabling conditions, the rest of an atomic block, its program counter, and the rule
     * checks that may stop it (for reduction). {@link Footprint#UNKNOWN} when not known.
     */
    default Footprint currentFootprint(int[] state, int process) {
        return Footprint.UNKNOWN;
    }

    /**
     * An over-approximation of every slot that process {@code process} may read or write from where it
     * stands in {@code state} until it ends, whatever the other processes do (for reduction: what it may
     * still interfere with). {@link Footprint#UNKNOWN} when not known.
     */
    default Footprint futureFootprint(int[] state, int process) {
        return Footprint.UNKNOWN;
    }

    /**
     * Whether a step of {@code process} from state {@code from} to state {@code to} may lie on a cycle of
     * the state graph (for the reduction's cycle proviso). True unless the system knows better: a step
     * that moves a thread's program counter out of a loop of its control graph never returns, so it
     * closes no cycle.
     */
    default boolean mayCloseCycle(int[] from, int[] to, int process) {
        return true;
    }

    /**
     * The slots the invariants read, sorted (for reduction: a step that writes one of them is visible);
     * null when not known, which makes every step visible.
     */
    default int[] invariantReads() {
        return null;
    }

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
