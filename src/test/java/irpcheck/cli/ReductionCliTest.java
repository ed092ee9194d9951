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

    @Test
    void holdsAndDeadlockVerdictsStandWithReduction() {
        assertEquals(0, run("--quiet", "examples/peterson.irp"), err.toString());
        assertEquals(2, run("--quiet", "examples/philosophers.irp", "-D", "N=3"), err.toString());
    }
}
