package irpcheck.model;

/** A condition on a packed state. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface StatePredicate {

    /** Whether the condition holds in {@code state}; must not modify it. */
    boolean test(int[] state);
}
