package irpcheck.report;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.explore.Statistics;
import irpcheck.model.TransitionSystem;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows about one run: the model, the file it came from, its transition system
 * (to decode states and actions), what the search found, what the model expected, and the options
 * the search ran with (limits, {@code --continue}). Immutable.
 *
 * @param model    the model's name
 * @param file     the model file as the user gave it
 * @param system   the transition system that was explored
 * @param result   what the search found
 * @param expected the expectation as text: {@code holds}, {@code deadlock}, {@code violation Rule} or {@code (none)}
 * @param options  the options the search ran with
 */
public record RunInfo(String model, String file, TransitionSystem system, Result result, String expected,
                      ExploreOptions options, Liveness liveness) {

    /**
     * What the liveness check did. Immutable.
     *
     * @param checked    whether every property was checked on the whole state graph
     * @param note       what was done, in words ({@code checked on the full state graph},
     *                   {@code skipped (--no-liveness)}, {@code not checked: ...})
     * @param properties the property names, in declaration order
     * @param fairness   the fairness each thread was assumed to have ({@code App: weak})
     * @param statistics the figures of the state graph, or null when it was not built
     */
    public record Liveness(boolean checked, String note, List<String> properties, List<String> fairness,
                           Statistics statistics) {
        public Liveness {
            properties = List.copyOf(properties);
            fairness = List.copyOf(fairness);
        }
    }

    /** A run without liveness properties. */
    public RunInfo(String model, String file, TransitionSystem system, Result result, String expected,
                   ExploreOptions options) {
        this(model, file, system, result, expected, options, null);
    }

    public RunInfo {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(result, "result");
        expected = expected == null || expected.isBlank() ? "(none)" : expected.strip();
        options = options == null ? ExploreOptions.defaults() : options;
    }

    /** A run with the default options. */
    public RunInfo(String model, String file, TransitionSystem system, Result result, String expected) {
        this(model, file, system, result, expected, ExploreOptions.defaults());
    }

    /** The outcome the reports and the exit code are built on. */
    public Outcome outcome() {
        return Outcome.of(result);
    }

    /** Whether the result is what the model expected; null when it expected nothing. */
    public Boolean matchesExpectation() {
        return Outcome.matches(expected, result);
    }
}
