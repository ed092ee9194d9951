package irpcheck.e2e;

import irpcheck.explore.Counterexample;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Lasso;
import irpcheck.explore.LivenessSearch;
import irpcheck.explore.Result;
import irpcheck.explore.Verdict;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.report.RunInfo;
import irpcheck.report.TextReport;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic liveness examples give their known answers under each fairness setting (the file as
 * written, and the same text with its fairness word changed), the read and write models give the
 * findings their headers explain, and the lasso reports match their golden files
 * ({@code UPDATE_GOLDEN=1} rewrites them).
 */
class LivenessModelsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/lasso");

    private static Result liveness(CompiledModel m) {
        ExploreOptions options = new ExploreOptions(false, 0, 0, null, true, Duration.ofHours(1));
        return new LivenessSearch(m.system(), options).run();
    }

    private static CompiledModel variant(String file, String from, String to) throws IOException {
        String text = Files.readString(Path.of(file));
        assertTrue(text.contains(from), file + " has no `" + from + "`");
        return Checks.load(new SourceFile(file + " (" + to.strip() + ")", text.replace(from, to)));
    }

    private static Lasso.Kind firstKind(Result r) {
        assertEquals(Verdict.VIOLATION, r.verdict());
        Counterexample cx = r.counterexamples().get(0);
        assertNotNull(cx.lasso());
        return cx.lasso().kind();
    }

    @Test
    void petersonIsStarvationFreeUnderWeakFairnessOnly() throws IOException {
        assertEquals(Verdict.HOLDS, liveness(Checks.load(Path.of("examples/peterson_live.irp"), Map.of())).verdict());
        Result unfair = liveness(variant("examples/peterson_live.irp", "\nthread P[2]", "\nunfair thread P[2]"));
        assertEquals(Lasso.Kind.STOPPED, firstKind(unfair));
        assertEquals(List.of("P0Enters", "P1Enters"),
                unfair.counterexamples().stream().map(c -> c.violation().rule()).toList());
    }

    @Test
    void aSpinLockWaiterNeedsStrongFairness() throws IOException {
        assertEquals(Verdict.HOLDS, liveness(Checks.load(Path.of("examples/spinlock_waiter.irp"), Map.of())).verdict());
        Result weak = liveness(variant("examples/spinlock_waiter.irp", "strong thread", "thread"));
        assertEquals(Lasso.Kind.STARVATION, firstKind(weak));
        assertEquals(List.of("Cpu[1]"), weak.counterexamples().get(0).lasso().running());
        Result unfair = liveness(variant("examples/spinlock_waiter.irp", "strong thread", "unfair thread"));
        assertEquals(Verdict.VIOLATION, unfair.verdict());
    }

    @Test
    void aSpinningTimerIsStarvationNotDeadlock() throws IOException {
        Result r = liveness(Checks.load(Path.of("examples/hidden_stall.irp"), Map.of()));
        assertEquals(Lasso.Kind.STARVATION, firstKind(r));
        assertEquals(List.of("Timer"), r.counterexamples().get(0).lasso().running());
        assertEquals(List.of("Dispatch"), r.counterexamples().get(0).lasso().stalled());
        String noTimer = Files.readString(Path.of("examples/hidden_stall.irp"))
                .replaceAll("(?s)thread Timer \\{.*?\\n}\\n", "");
        Result alone = liveness(Checks.load(new SourceFile("hidden_stall (no timer)", noTimer)));
        assertEquals(Lasso.Kind.DEADLOCK, firstKind(alone));
    }

    @Test
    void theLivenessGraphIsTheSafetySearchsStateSpace() {
        for (String model : List.of("examples/peterson_live.irp", "examples/spinlock_waiter.irp", "examples/peterson.irp")) {
            CompiledModel m = Checks.load(Path.of(model), Map.of());
            Result safety = Checks.explore(m, true);
            Result live = liveness(m);
            assertEquals(safety.statistics().distinct(), live.statistics().distinct(), model);
            assertEquals(safety.statistics().generated(), live.statistics().generated(), model);
        }
    }

    @Test
    void read5xLosesACancellation() {
        CompiledModel m = Checks.load(Path.of("models/read5x.irp"), Map.of());
        Result r = liveness(m);
        assertEquals("CancelledReadCompletes", r.counterexamples().get(0).violation().rule());
        assertEquals(Lasso.Kind.DEADLOCK, firstKind(r));
        assertEquals("deadlock", Checks.outcome(Checks.explore(m, false)));
    }

    @Test
    void read60CrashesButLosesNoCancellation() {
        CompiledModel m = Checks.load(Path.of("models/read60.irp"), Map.of());
        assertEquals(Verdict.HOLDS, liveness(m).verdict());
        assertEquals("violation OpenContextLive", Checks.outcome(Checks.explore(m, false)));
    }

    @Test
    void read60UnderWeakFairnessOnlyStarvesTheCancelRoutineAtTheLock() throws IOException {
        Result weak = liveness(variant("models/read60.irp", "strong system thread", "system thread"));
        assertEquals(Lasso.Kind.STARVATION, firstKind(weak));
        assertTrue(weak.counterexamples().get(0).lasso().running().contains("Closer"));
    }

    @Test
    void theWriteModelsCompleteEveryWrite() {
        for (String model : List.of("models/write5x.irp", "models/write60.irp")) {
            CompiledModel m = Checks.load(Path.of(model), Map.of());
            assertEquals(2, m.system().livenessProperties().size() / 2, model);
            assertEquals(Verdict.HOLDS, liveness(m).verdict(), model);
        }
    }

    @Test
    void goldenLassoTraces() throws IOException {
        golden("examples/hidden_stall.irp", "hidden_stall.txt");
        golden("models/read5x.irp", "read5x.txt");
        CompiledModel weak = variant("examples/spinlock_waiter.irp", "strong thread", "thread");
        golden(weak, "examples/spinlock_waiter.irp", "spinlock_waiter_weak.txt");
    }

    private static void golden(String model, String expected) throws IOException {
        golden(Checks.load(Path.of(model), Map.of()), model, expected);
    }

    private static void golden(CompiledModel m, String file, String expected) throws IOException {
        Result r = liveness(m);
        RunInfo run = new RunInfo(m.name(), file, m.system(), r, m.expectation().describe(), null);
        String text = TextReport.render(run).replaceAll("(?m)^(Time: +).*$", "$1(not compared)")
                .replaceAll("(?m)^(States: .*)$", "States:   (not compared)");
        Path path = GOLDEN.resolve(expected);
        if (System.getenv("UPDATE_GOLDEN") != null) {
            Files.createDirectories(GOLDEN);
            Files.writeString(path, text);
        }
        assertTrue(Files.exists(path), path + " is missing: run with UPDATE_GOLDEN=1");
        assertEquals(Files.readString(path), text, expected);
    }
}
