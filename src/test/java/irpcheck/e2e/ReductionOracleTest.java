package irpcheck.e2e;

import irpcheck.bench.ReductionTable;
import irpcheck.explore.Counterexample;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Replay;
import irpcheck.explore.Result;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.FingerprintStore;
import irpcheck.explore.PackedStateStore;
import irpcheck.explore.StateStore;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's oracle: partial-order reduction changes no verdict. Every bundled model and 5,000 seeded
 * random models are explored with and without reduction; both must hold, or break the same first rule,
 * or deadlock; and every counterexample found with reduction must replay against the full model. The
 * reduced search also stores exactly as many states with fingerprints as with the exact store: the
 * fingerprint store keeps which states were expanded in part, which is all the cycle proviso asks.
 * The seed of any mismatch is printed.
 */
class ReductionOracleTest {

    private static final int RANDOM_MODELS = 5000;
    private static final int IDIOM_MODELS = 1000;

    @Test
    void bundledModelsKeepTheirVerdictUnderReduction() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("models", "examples")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".irp")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            CompiledModel m = Checks.load(file, Map.of());
            compare(m, file.toString());
        }
    }

    @Test
    void randomModelsKeepTheirVerdictUnderReduction() {
        int reducedSomewhere = 0;
        int loaded = 0;
        for (long seed = 1; seed <= RANDOM_MODELS; seed++) {
            String text = RandomModels.generate(seed);
            Diagnostics d = new Diagnostics();
            CompiledModel m = new ModelLoader().load(new SourceFile("random" + seed + ".irp", text), null,
                    Map.of(), d);
            if (m == null) {
                throw new AssertionError("seed " + seed + ": the generated model does not load:\n" + Checks.render(d)
                        + "\n" + text);
            }
            loaded++;
            if (compare(m, "seed " + seed + ":\n" + text)) {
                reducedSomewhere++;
            }
        }
        assertEquals(RANDOM_MODELS, loaded);
        assertTrue(reducedSomewhere > RANDOM_MODELS / 10, "the reduction saved states in only " + reducedSomewhere + " models");
    }

    /** Random models in drivers' idioms: thread variables, calls inside expressions and conditions. */
    @Test
    void randomModelsWithDriverIdiomsKeepTheirVerdictUnderReduction() {
        int reducedSomewhere = 0;
        for (long seed = 1; seed <= IDIOM_MODELS; seed++) {
            String text = RandomModels.generateWithIdioms(seed);
            Diagnostics d = new Diagnostics();
            CompiledModel m = new ModelLoader().load(new SourceFile("idioms" + seed + ".irp", text), null, Map.of(), d);
            if (m == null) {
                throw new AssertionError("seed " + seed + ": the generated model does not load:\n" + Checks.render(d)
                        + "\n" + text);
            }
            if (compare(m, "idioms, seed " + seed + ":\n" + text)) {
                reducedSomewhere++;
            }
        }
        assertTrue(reducedSomewhere > IDIOM_MODELS / 10, "the reduction saved states in only " + reducedSomewhere + " models");
    }

    /**
     * The same outcome when stopping at the first violation, and, exploring everything, the same set of
     * broken rules (or holds, or deadlock); true when reduction saved states.
     */
    private static boolean compare(CompiledModel m, String what) {
        Result full = first(m, ReductionPolicy.NONE);
        Result reduced = first(m, new StubbornSetPolicy());
        // which rule breaks first (or whether a deadlock comes first) depends on the order of exploration;
        // whether any does, does not
        assertEquals(full.verdict(), reduced.verdict(), what);
        for (Counterexample cx : reduced.counterexamples()) {
            assertNull(Replay.check(m.system(), cx), what);
        }
        ReductionTable.Figures all = ReductionTable.explore(m, ReductionPolicy.NONE);
        ReductionTable.Figures allReduced = ReductionTable.explore(m, new StubbornSetPolicy());
        assertEquals(all.verdict(), allReduced.verdict(), what);
        assertTrue(allReduced.states() <= all.states(), what);
        Result exact = everything(m, new PackedStateStore(m.system().layout()));
        Result fingerprints = everything(m, new FingerprintStore(m.system().layout()));
        assertEquals(exact.statistics().distinct(), fingerprints.statistics().distinct(), "fingerprints, " + what);
        assertEquals(exact.statistics().generated(), fingerprints.statistics().generated(), "fingerprints, " + what);
        return allReduced.states() < all.states();
    }

    private static Result everything(CompiledModel m, StateStore store) {
        ExploreOptions options = new ExploreOptions(true, 0, 0, null, true, null);
        return new BreadthFirstSearch(m.system(), options, store, new StubbornSetPolicy(), SearchListener.NONE).run();
    }

    private static Result first(CompiledModel m, ReductionPolicy policy) {
        ExploreOptions options = new ExploreOptions(false, 0, 0, null, true, null);
        return new BreadthFirstSearch(m.system(), options, new ExactStateStore(m.system().layout().size()), policy,
                SearchListener.NONE).run();
    }
}
