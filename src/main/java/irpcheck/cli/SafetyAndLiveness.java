package irpcheck.cli;

import irpcheck.explore.Counterexample;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.LivenessSearch;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.Verdict;
import irpcheck.model.LivenessProperty;
import irpcheck.model.TransitionSystem;
import irpcheck.report.Interleaving;
import irpcheck.report.RunInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A safety search followed by the liveness check of the model's properties, as one {@link Search}:
 * the counterexamples of both come out in one result (safety first), and {@link #liveness()} says
 * what the liveness check did and under which fairness. Liveness is not checked when the safety search
 * stopped at a limit (it would stop at the same limit). Not thread-safe, except {@link #requestStop()}.
 */
final class SafetyAndLiveness implements Search {

    private final Search safety;
    private final TransitionSystem system;
    private final ExploreOptions options;
    private final LivenessSearch live;
    private volatile boolean stopped;
    private RunInfo.Liveness liveness;

    SafetyAndLiveness(Search safety, TransitionSystem system, ExploreOptions options, SearchListener listener) {
        this.safety = safety;
        this.system = system;
        this.options = options;
        this.live = new LivenessSearch(system, options, listener);
    }

    @Override
    public Result run() {
        Result first = safety.run();
        List<String> names = names(system);
        List<String> fairness = LivenessSearch.assumptions(system);
        if (!first.complete() || stopped) {
            liveness = new RunInfo.Liveness(false, "not checked: the safety search stopped early", names, fairness, null);
            return first;
        }
        Result second = live.run();
        liveness = new RunInfo.Liveness(second.complete(), second.complete() ? "checked on the full state graph"
                : "incomplete: " + second.stopReason(), names, fairness, second.statistics());
        List<Counterexample> all = new ArrayList<>(first.counterexamples());
        all.addAll(second.counterexamples());
        Verdict verdict = !all.isEmpty() ? Verdict.VIOLATION
                : second.verdict() == Verdict.INCOMPLETE ? Verdict.INCOMPLETE : first.verdict();
        String stopReason = first.stopReason() != null ? first.stopReason() : second.stopReason();
        return new Result(verdict, first.statistics(), all, stopReason);
    }

    @Override
    public void requestStop() {
        stopped = true;
        safety.requestStop();
        live.requestStop();
    }

    /**
     * The safety search whose counterexamples are rewritten to the equivalent interleaving with the
     * fewest context switches; liveness lassos are added after it, so their cycles stay as found.
     */
    static Search fewestSwitches(Search found, TransitionSystem system) {
        return new Search() {
            @Override
            public Result run() {
                return Interleaving.fewestSwitches(system, found.run());
            }

            @Override
            public void requestStop() {
                found.requestStop();
            }
        };
    }

    /**
     * The safety search alone for a model without properties or with {@code --no-liveness}, else the
     * safety search followed by the liveness check; null-safe {@link #liveness()} through
     * {@link #livenessOf(Search)}.
     */
    static Search of(Search safety, TransitionSystem system, ExploreOptions options, SearchListener listener,
                     boolean skipLiveness) {
        if (system.livenessProperties().isEmpty() || skipLiveness) {
            return safety;
        }
        return new SafetyAndLiveness(safety, system, options, listener);
    }

    /** What the liveness check of a search made by {@link #of} did: null for a model without properties. */
    static RunInfo.Liveness livenessOf(Search search, TransitionSystem system) {
        if (search instanceof SafetyAndLiveness both) {
            return both.liveness();
        }
        if (system.livenessProperties().isEmpty()) {
            return null;
        }
        return new RunInfo.Liveness(false, "skipped (--no-liveness)", names(system), LivenessSearch.assumptions(system),
                null);
    }

    /** What the liveness check did; null before {@link #run()}. */
    RunInfo.Liveness liveness() {
        return liveness;
    }

    /** The property names, each once, in declaration order. */
    static List<String> names(TransitionSystem system) {
        Set<String> names = new LinkedHashSet<>();
        for (LivenessProperty p : system.livenessProperties()) {
            names.add(p.name());
        }
        return List.copyOf(names);
    }
}
