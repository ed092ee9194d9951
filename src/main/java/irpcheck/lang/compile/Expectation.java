package irpcheck.lang.compile;

import irpcheck.source.Span;

/**
 * What a model says its check should show ({@code expect ...;}), or {@link Kind#NONE} when it says nothing.
 *
 * @param rule the rule named by {@code expect violation Rule;}, else null
 */
public record Expectation(Kind kind, String rule, Span span) {

    public static final Expectation NONE = new Expectation(Kind.NONE, null, null);

    /** Kinds of expectation. */
    public enum Kind { NONE, HOLDS, DEADLOCK, VIOLATION }

    /** {@code holds}, {@code deadlock}, {@code violation Rule} or {@code (none)}. */
    public String describe() {
        return switch (kind) {
            case NONE -> "(none)";
            case HOLDS -> "holds";
            case DEADLOCK -> "deadlock";
            case VIOLATION -> "violation " + rule;
        };
    }
}
