package irpcheck.model;

import irpcheck.source.Span;

/**
 * A broken rule. Immutable.
 *
 * @param kind    what sort of rule
 * @param rule    the rule's name, as {@code expect violation Rule;} names it ({@code UseAfterComplete},
 *                {@code MULTIPLE_IRP_COMPLETE_REQUESTS}, {@code Mutex}, {@code Deadlock})
 * @param message what happened, in words
 * @param span    the statement or invariant that broke, or null for a deadlock
 */
public record Violation(Kind kind, String rule, String message, Span span) {

    /** Sorts of rules; a deadlock has its own exit code. */
    public enum Kind {
        ASSERTION, INVARIANT, DEADLOCK, STALE_REFERENCE, USE_AFTER_RETIRE, LOCK_DISCIPLINE, BOUNDS, NULL_DEREFERENCE,
        TYPE_CONFUSION, ATOMIC_BLOCKED,
        /** A liveness property fails on a fair run: a lasso (a prefix and a cycle repeated for ever). */
        LIVENESS
    }
}
