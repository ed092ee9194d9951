package irpcheck.cli;

import irpcheck.report.Outcome;

/** The process exit codes, documented in README.md ("Exit codes"). */
public enum ExitCode {
    /** Every check holds. */
    HOLDS(0),
    /** A safety rule broke: assertion, invariant, use after complete or free, lock discipline, bounds, ... */
    VIOLATION(1),
    /** No thread can move and not all have finished (or idle at an {@code end} label). */
    DEADLOCK(2),
    /** A limit was reached or the run was stopped before any violation was seen. */
    INCOMPLETE(3),
    /** The model could not be loaded: missing file, parse or check errors. */
    MODEL_ERROR(4),
    /** Bad command-line options. */
    USAGE(5),
    /** An unexpected failure inside irpcheck. */
    INTERNAL(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code for a search's outcome. */
    public static ExitCode of(Outcome outcome) {
        return switch (outcome) {
            case HOLDS -> HOLDS;
            case VIOLATION -> VIOLATION;
            case DEADLOCK -> DEADLOCK;
            case INCOMPLETE -> INCOMPLETE;
        };
    }
}
