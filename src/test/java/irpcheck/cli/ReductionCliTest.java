package irpcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 4 on the command line: reduction on by default, --no-por and --shortest, and what the report says. */
class ReductionCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Main.commandLine(new CheckCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String states() {
        return out.toString().lines().filter(l -> l.startsWith("States:")).findFirst().orElseThrow();
    }

    @Test
    void reductionIsOnByDefaultAndTheReportSaysSo() {
        assertEquals(1, run("--quiet", "models/write5x.irp"), err.toString());
        assertTrue(out.toString().contains("Trace:    shortest in the reduced state graph"), out.toString());
        String reduced = states();
        out.getBuffer().setLength(0);
        assertEquals(1, run("--quiet", "--no-por", "models/write5x.irp"), err.toString());
        assertTrue(out.toString().contains("Trace:    shortest possible"), out.toString());
        assertNotEquals(reduced, states());
    }

    @Test
    void shortestGivesTheShortestTrace() {
        assertEquals(1, run("--quiet", "--shortest", "models/write5x.irp"), err.toString());
        assertTrue(out.toString().contains("Trace:    shortest possible"), out.toString());
        // the model's header: the shortest trace is 55 steps
        assertTrue(out.toString().contains("UseAfterComplete (use after retire), 55 steps"), out.toString());
    }

    /**
     * With --fingerprint the reduction stores as many states as with the exact store: the cancel model's
     * threads loop, so every reduced expansion that steps back into an older state asks the cycle proviso
     * about it (before the store kept which states were expanded in part, it stored the unreduced 14,352).
     */
    @Test
    void fingerprintsReduceAsMuchAsTheExactStore() {
        assertEquals(0, run("--quiet", "--continue", "bench/cancel.irp", "-D", "N=2"), err.toString());
        String exact = states();
        assertTrue(exact.contains("14,160 distinct"), exact);
        for (String workers : new String[] {"1", "2"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("--quiet", "--continue", "--fingerprint", "--workers", workers, "bench/cancel.irp",
                    "-D", "N=2"), err.toString());
            assertEquals(exact, states(), workers + " workers");
        }
    }

    @Test
    void holdsAndDeadlockVerdictsStandWithReduction() {
        assertEquals(0, run("--quiet", "examples/peterson.irp"), err.toString());
        assertEquals(2, run("--quiet", "examples/philosophers.irp", "-D", "N=3"), err.toString());
    }
}
