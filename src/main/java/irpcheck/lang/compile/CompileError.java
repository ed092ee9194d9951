package irpcheck.lang.compile;

/** A model the checker accepted but the compiler cannot lower; reported as a diagnostic by the loader. */
final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompileError(String message) {
        super(message, null, false, false);
    }
}
