package irpcheck.explore;

/** The outcome of a search. */
public enum Verdict {
    /** Every reachable state was visited and no rule broke. */
    HOLDS,
    /** A rule broke (see the counterexamples; a deadlock is one kind). */
    VIOLATION,
    /** A limit stopped the search before it visited every state, and no rule broke in what it saw. */
    INCOMPLETE
}
