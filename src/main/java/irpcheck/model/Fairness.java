package irpcheck.model;

/**
 * What a liveness verdict may assume about a process that is able to move. Liveness properties are
 * checked over the runs that are fair to every process under its own assumption.
 */
public enum Fairness {
    /** No assumption: the process may stop for ever at any point (an application thread that just stops). */
    UNFAIR,
    /** Weak fairness (justice): a process that stays able to move from some point on eventually moves. */
    WEAK,
    /**
     * Strong fairness (compassion): a process that is able to move infinitely often eventually moves
     * (a spin-lock waiter that sees the lock free now and then).
     */
    STRONG;

    /** {@code weak}, {@code strong}, {@code unfair}: how reports and the language spell it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
