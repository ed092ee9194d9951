package irpcheck.spin;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.Counterexample;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * irpcheck against SPIN on at least 300 random twin models ({@link TwinGenerator}): the same number
 * of reachable states, the same number of transitions (SPIN's figure is one more: it counts storing
 * the initial state) and the same verdict (assertion violated, else deadlock, else none). A mismatch
 * prints the seed and both files. Skips with a message when spin or gcc is missing (CI installs
 * them in {@code .ci/run}). {@code SPIN_TWINS} and {@code SPIN_FIRST} choose other models.
 */
class SpinDifferentialTest {

    private static final int TWINS = 300;

    @TempDir
    Path dir;

    @Test
    void irpcheckAndSpinAgreeOnRandomTwins() throws Exception {
        String missing = Spin.missing();
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing + "; the SPIN differential test needs spin and gcc"
                + " (apt-get install spin gcc; CI's .ci/run installs them)");
        long first = env("SPIN_FIRST", 1);
        long count = env("SPIN_TWINS", TWINS);
        long start = System.nanoTime();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        long[] totals = new long[4];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(3, Runtime.getRuntime().availableProcessors() + 1));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long seed = first; seed < first + count; seed++) {
                long s = seed;
                results.add(pool.submit(() -> compare(s, totals)));
            }
            for (Future<String> f : results) {
                String m = f.get();
                if (m != null) {
                    mismatches.add(m);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("spin twins %d..%d: %d states and %d transitions in all; verdicts: %d assertion, %d deadlock; %.1f s%n",
                first, first + count - 1, totals[0], totals[1], totals[2], totals[3], (System.nanoTime() - start) / 1e9);
        assertEquals("", String.join("\n\n", mismatches.subList(0, Math.min(5, mismatches.size()))),
                mismatches.size() + " of " + count + " twins disagree (replay one with SPIN_FIRST=seed SPIN_TWINS=1)");
    }

    /** Null when both tools agree on twin {@code seed}; otherwise the seed, the figures and both files. */
    private String compare(long seed, long[] totals) throws Exception {
        TwinGenerator.Twin twin = TwinGenerator.generate(seed);
        Result counts = explore(twin, twin.irpSkipAsserts(), false, false);
        Result checked = explore(twin, twin.irp(), true, true);
        Set<String> rules = checked.counterexamples().stream().map(Counterexample::violation)
                .map(v -> v.rule()).collect(Collectors.toSet());
        String verdict = rules.contains("Assertion") ? "assertion" : rules.contains("Deadlock") ? "deadlock" : "none";
        Spin.Outcome spin;
        try {
            spin = Spin.run(dir.resolve("twin" + seed), twin.promela());
        } catch (java.io.IOException e) {
            return "twin " + seed + ": SPIN failed: " + e.getMessage() + "\n--- twin.irp ---\n" + twin.irp() + "--- twin.pml ---\n"
                    + twin.promela();
        }
        synchronized (totals) {
            totals[0] += counts.statistics().distinct();
            totals[1] += counts.statistics().generated();
            totals[2] += verdict.equals("assertion") ? 1 : 0;
            totals[3] += verdict.equals("deadlock") ? 1 : 0;
        }
        String irp = counts.statistics().distinct() + " states, " + (counts.statistics().generated() + 1) + " transitions, " + verdict;
        String spn = spin.states() + " states, " + spin.transitions() + " transitions, " + spin.verdict();
        // irpcheck's transitions are shown plus one: SPIN also counts storing the initial state.
        if (irp.equals(spn)) {
            return null;
        }
        return "twin " + seed + ": irpcheck " + irp + "; SPIN " + spn + " (rules found: " + rules + ")\n--- twin.irp ---\n"
                + twin.irp() + "--- twin.pml ---\n" + twin.promela();
    }

    private static Result explore(TwinGenerator.Twin twin, String text, boolean deadlock, boolean properties) {
        Diagnostics diagnostics = new Diagnostics();
        CompiledModel model = new ModelLoader().load(new SourceFile("twin" + twin.seed() + ".irp", text), null, Map.of(), diagnostics);
        if (model == null) {
            StringBuilder sb = new StringBuilder();
            diagnostics.all().forEach(d -> sb.append(new DiagnosticRenderer().render(d)));
            throw new AssertionError("twin " + twin.seed() + " does not load:\n" + sb + "\n" + text);
        }
        ExploreOptions options = new ExploreOptions(properties, 0, 0, Duration.ofMinutes(5), deadlock, Duration.ofHours(1));
        return new BreadthFirstSearch(model.system(), options, new ExactStateStore(model.system().layout().size()),
                ReductionPolicy.NONE, SearchListener.NONE).run();
    }

    private static long env(String name, long otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : Long.parseLong(v.trim());
    }
}
