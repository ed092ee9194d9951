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

    private final transient java.util.function.Supplier<String> lazyMessage;

    Halt(Violation.Kind kind, String rule, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.lazyMessage = null;
    }

    /**
     * A halt whose message is built only when asked for: the reduction resolves places in states where
     * they fail (a reference still null) far more often than a step actually breaks a rule.
     */
    Halt(Violation.Kind kind, String rule, java.util.function.Supplier<String> message) {
        super(null, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.lazyMessage = message;
    }

    @Override
    public String getMessage() {
        return lazyMessage == null ? super.getMessage() : lazyMessage.get();
    }
}
