package irpcheck.lang.syntax;

/**
 * Thrown inside the parser after an error has been reported, to unwind to the nearest recovery point
 * (a statement, a struct member, or a declaration). Never escapes {@link Parser#parse}. Carries no
 * stack trace: it is control flow, not a bug report.
 */
final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** True when statement-level recovery must not catch it (nesting too deep). */
    final boolean toDeclaration;

    ParseError(boolean toDeclaration) {
        super(null, null, false, false);
        this.toDeclaration = toDeclaration;
    }
}
