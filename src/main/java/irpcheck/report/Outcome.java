package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.Result;
import irpcheck.model.Violation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The four outcomes a user tells apart (a deadlock is a violation to the explorer, but has its own
 * verdict line and exit code), with the headline each report prints.
 */
public enum Outcome {
    HOLDS, VIOLATION, DEADLOCK, INCOMPLETE;

    /** The outcome of a result: a violation of any rule other than deadlock wins over a deadlock. */
    public static Outcome of(Result result) {
        return switch (result.verdict()) {
            case HOLDS -> HOLDS;
            case INCOMPLETE -> INCOMPLETE;
            case VIOLATION -> onlyDeadlocks(result) ? DEADLOCK : VIOLATION;
        };
    }

    private static boolean onlyDeadlocks(Result result) {
        return !result.counterexamples().isEmpty() && result.counterexamples().stream()
                .allMatch(c -> c.violation().kind() == Violation.Kind.DEADLOCK);
    }

    /** The name used in JSON: {@code holds}, {@code violation}, {@code deadlock}, {@code incomplete}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code HOLDS}, {@code VIOLATION of Rule[, Rule]}, {@code DEADLOCK}, {@code INCOMPLETE: reason}. */
    public static String headline(Result result) {
        Outcome outcome = of(result);
        return switch (outcome) {
            case HOLDS, DEADLOCK -> outcome.name();
            case VIOLATION -> "VIOLATION of " + String.join(", ", rules(result));
            case INCOMPLETE -> "INCOMPLETE: " + (result.stopReason() == null ? "stopped" : result.stopReason());
        };
    }

    /** The violated rules in the order found, each once. */
    static Set<String> rules(Result result) {
        Set<String> rules = new LinkedHashSet<>();
        for (Counterexample c : result.counterexamples()) {
            rules.add(c.violation().rule());
        }
        return rules;
    }

    /**
     * Whether a result is what {@code expected} ({@code holds}, {@code deadlock}, {@code violation Rule},
     * {@code (none)}) says; null when nothing was expected. With {@code --continue} a violation matches
     * when any counterexample breaks the expected rule.
     */
    public static Boolean matches(String expected, Result result) {
        String e = expected == null ? "" : expected.strip();
        if (e.isEmpty() || e.equals("(none)")) {
            return null;
        }
        if (e.equals("holds")) {
            return result.verdict() == irpcheck.explore.Verdict.HOLDS;
        }
        if (e.equals("deadlock")) {
            return result.counterexamples().stream().anyMatch(c -> c.violation().kind() == Violation.Kind.DEADLOCK);
        }
        if (e.startsWith("violation ")) {
            return rules(result).contains(e.substring("violation ".length()).strip());
        }
        return false;
    }
}
