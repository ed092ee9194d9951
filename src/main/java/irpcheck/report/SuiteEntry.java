package irpcheck.report;

import java.time.Duration;
import java.util.List;

/**
 * One model of an {@code irpcheck test} run: the file, what its search found (or why it could not be
 * loaded), and how its state count compares with the baseline. Immutable.
 *
 * @param file     the model file as discovered ({@code models/write5x.irp}), with {@code /} separators
 * @param run      the run, or null when the model could not be loaded
 * @param error    the loader's diagnostics as text when {@code run} is null; else null
 * @param baseline the distinct-state count the baseline recorded, or null when there is none
 * @param time     how long loading and searching took
 */
public record SuiteEntry(String file, RunInfo run, String error, Long baseline, Duration time) {

    /** True when the model loaded, its result matches its {@code expect} and its state count did not drift. */
    public boolean passed() {
        return run != null && expectationMet() && !drifted();
    }

    /**
     * Whether the result is what the model expects. A model without an {@code expect} line must hold:
     * a CI gate should not pass a model that says nothing about itself but breaks.
     */
    public boolean expectationMet() {
        if (run == null) {
            return false;
        }
        Boolean m = run.matchesExpectation();
        return m == null ? run.outcome() == Outcome.HOLDS : m;
    }

    /** True when a baseline count exists and the run's distinct states differ from it. */
    public boolean drifted() {
        return run != null && baseline != null && baseline != distinct();
    }

    /** The distinct states the search stored, or 0 for a model error. */
    public long distinct() {
        return run == null ? 0 : run.result().statistics().distinct();
    }

    /** What the model expects, in the {@code expect} line's words. */
    public String expected() {
        return run == null ? "?" : run.expected();
    }

    /** What the run found, in the same words: {@code holds}, {@code deadlock}, {@code violation R}, ... */
    public String got() {
        if (run == null) {
            return "model error";
        }
        return switch (run.outcome()) {
            case HOLDS -> "holds";
            case DEADLOCK -> "deadlock";
            case VIOLATION -> "violation " + String.join(", ", Outcome.rules(run.result()));
            case INCOMPLETE -> "incomplete";
        };
    }

    /** Why the entry failed, in one line; empty when it passed. */
    public String problem() {
        if (run == null) {
            return "model error";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!expectationMet()) {
            parts.add("expected " + (run.expected().equals("(none)") ? "holds (no expect line)" : run.expected())
                    + ", got " + got() + (run.result().stopReason() == null ? "" : " (" + run.result().stopReason() + ")"));
        }
        if (drifted()) {
            parts.add("distinct states drifted from the baseline's " + Figures.count(baseline) + " to "
                    + Figures.count(distinct()));
        }
        return String.join("; ", parts);
    }
}
