package irpcheck.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least 100,000 generated and mutated inputs through the whole front end within a minute (of
 * processor time per worker): every rejection is diagnostics with locations, never an exception. The environment variables
 * {@code FUZZ_INPUTS}, {@code FUZZ_SECONDS} and {@code FUZZ_FIRST} make the longer campaign of
 * {@code make fuzz} (or replay one input: {@code FUZZ_FIRST=1234 FUZZ_INPUTS=1}).
 */
class FrontEndFuzzTest {

    private static final long INPUTS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path scratch;

    @Test
    void hostileInputsGetDiagnosticsNeverExceptions() throws Exception {
        long first = env("FUZZ_FIRST", 1);
        long inputs = env("FUZZ_INPUTS", INPUTS);
        boolean campaign = System.getenv("FUZZ_SECONDS") != null;
        // The minute is measured in processor time per worker, so that a machine busy with other work
        // does not fail the test; the wall-clock budget only guards against a run that never ends.
        Duration budget = Duration.ofSeconds(env("FUZZ_SECONDS", 600));
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        FrontEndFuzzer fuzzer = new FrontEndFuzzer(scratch);
        FrontEndFuzzer.Summary s = fuzzer.run(first, inputs, budget, threads);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration cpuPerWorker = s.cpu().dividedBy(threads);
        System.out.printf("fuzz: inputs %d..%d: %d run (%d accepted, %d rejected) in %.1f s on %d workers (%.1f s of processor time each),"
                + " %d failures%n", first, first + s.inputs() - 1, s.inputs(), s.accepted(), s.rejected(), took.toMillis() / 1000.0,
                threads, cpuPerWorker.toMillis() / 1000.0, s.failures().size());
        if (!fuzzer.slow.isEmpty()) {
            System.out.println("fuzz: slow inputs: " + fuzzer.slow.subList(0, Math.min(50, fuzzer.slow.size())));
        }
        StringBuilder failures = new StringBuilder();
        s.failures().forEach(f -> failures.append(f).append("\n\n"));
        assertEquals("", failures.toString(), s.failures().size() + " failing fuzz inputs (replay one with FUZZ_FIRST=N FUZZ_INPUTS=1)");
        assertTrue(s.accepted() > 0 && s.rejected() > 0, "the mutants should be both accepted and rejected: " + s);
        if (!campaign) {
            assertEquals(inputs, s.inputs(), "only " + s.inputs() + " of " + inputs + " inputs within " + budget.toSeconds() + " s");
            assertTrue(cpuPerWorker.compareTo(MINUTE) <= 0, inputs + " inputs took " + cpuPerWorker.toSeconds()
                    + " s of processor time per worker, more than a minute");
        }
    }

    private static long env(String name, long otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : Long.parseLong(v.trim());
    }
}
