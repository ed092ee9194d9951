package irpcheck.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least 100,000 generated and mutated inputs through the whole front end within a minute: every
 * rejection is diagnostics with locations, never an exception. The environment variables
 * {@code FUZZ_INPUTS}, {@code FUZZ_SECONDS} and {@code FUZZ_FIRST} make the longer campaign of
 * {@code make fuzz} (or replay one input: {@code FUZZ_FIRST=1234 FUZZ_INPUTS=1}).
 */
class FrontEndFuzzTest {

    private static final long INPUTS = 100_000;

    @TempDir
    Path scratch;

    @Test
    void hostileInputsGetDiagnosticsNeverExceptions() throws Exception {
        long first = env("FUZZ_FIRST", 1);
        long inputs = env("FUZZ_INPUTS", INPUTS);
        Duration budget = Duration.ofSeconds(env("FUZZ_SECONDS", 60));
        long start = System.nanoTime();
        FrontEndFuzzer fuzzer = new FrontEndFuzzer(scratch);
        FrontEndFuzzer.Summary s = fuzzer.run(first, inputs, budget, Math.max(2, Runtime.getRuntime().availableProcessors()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("fuzz: inputs %d..%d: %d run (%d accepted, %d rejected) in %.1f s, %d failures%n",
                first, first + s.inputs() - 1, s.inputs(), s.accepted(), s.rejected(), took.toMillis() / 1000.0, s.failures().size());
        if (FrontEndFuzzer.PROFILE) {
            fuzzer.bySeed.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder())).limit(15)
                    .forEach(e -> System.out.println("fuzz: " + e.getValue() / 1_000_000 + " ms in mutants of " + e.getKey()));
        }
        if (!fuzzer.slow.isEmpty()) {
            System.out.println("fuzz: slow inputs: " + fuzzer.slow.subList(0, Math.min(50, fuzzer.slow.size())));
        }
        StringBuilder failures = new StringBuilder();
        s.failures().forEach(f -> failures.append(f).append("\n\n"));
        assertEquals("", failures.toString(), s.failures().size() + " failing fuzz inputs (replay one with FUZZ_FIRST=N FUZZ_INPUTS=1)");
        assertEquals(inputs, s.inputs(), "only " + s.inputs() + " of " + inputs + " inputs within " + budget.toSeconds() + " s");
        assertTrue(s.accepted() > 0 && s.rejected() > 0, "the mutants should be both accepted and rejected: " + s);
    }

    private static long env(String name, long otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : Long.parseLong(v.trim());
    }
}
