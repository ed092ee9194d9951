package irpcheck.e2e;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.report.Outcome;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Test helpers: load and explore a model in-process, as the CLI does. */
final class Checks {
    private Checks() {
    }

    static CompiledModel load(Path file, Map<String, Long> defines) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(file, defines, d);
        assertNotNull(m, () -> file + " does not load:\n" + render(d));
        return m;
    }

    static CompiledModel load(SourceFile file) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(file, null, Map.of(), d);
        assertNotNull(m, () -> file.path() + " does not load:\n" + render(d));
        return m;
    }

    static String render(Diagnostics d) {
        StringBuilder sb = new StringBuilder();
        d.all().forEach(x -> sb.append(new DiagnosticRenderer().render(x)));
        return sb.toString();
    }

    static Result explore(CompiledModel m, boolean continueAfterViolation) {
        ExploreOptions options = new ExploreOptions(continueAfterViolation, 0, 0, null, true, Duration.ofHours(1));
        return new BreadthFirstSearch(m.system(), options, new ExactStateStore(m.system().layout().size()),
                ReductionPolicy.NONE, SearchListener.NONE).run();
    }

    /** {@code holds}, {@code deadlock}, or {@code violation Rule} for the first counterexample. */
    static String outcome(Result r) {
        return switch (Outcome.of(r)) {
            case HOLDS -> "holds";
            case DEADLOCK -> "deadlock";
            case VIOLATION -> "violation " + r.counterexamples().get(0).violation().rule();
            case INCOMPLETE -> "incomplete";
        };
    }
}
