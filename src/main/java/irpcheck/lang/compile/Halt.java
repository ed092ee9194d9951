package irpcheck.lang.compile;

import irpcheck.model.Violation;

/**
 * Thrown by compiled code when a step breaks a rule; caught where the step is taken and turned into a
 * {@link Violation} with the step's span. Carries no stack trace (it is control flow, and rare).
 */
final class Halt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final Violation.Kind kind;
    final String rule;

    Halt(Violation.Kind kind, String rule, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
    }
}
