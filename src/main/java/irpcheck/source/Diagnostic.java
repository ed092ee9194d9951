package irpcheck.source;

import java.util.List;

/**
 * One problem found in the input: a stable code ({@code E0101}), a message, where, and hints. Immutable.
 */
public record Diagnostic(Severity severity, String code, String message, Span span, List<String> hints) {

    public Diagnostic {
        hints = List.copyOf(hints);
    }

    public static Diagnostic error(String code, Span span, String message, String... hints) {
        return new Diagnostic(Severity.ERROR, code, message, span, List.of(hints));
    }

    /** How bad a diagnostic is. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
