package irpcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI on the read models and the liveness examples, in-process with the real front end and explorer. */
class LivenessCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine(new CheckCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void read5xReportsTheLostCancellationAsADeadlockLasso() {
        assertEquals(1, run("--quiet", "models/read5x.irp"), out + "" + err);
        String text = out.toString();
        assertTrue(text.contains("Verdict:  VIOLATION of Deadlock, CancelledReadCompletes"), text);
        assertTrue(text.contains("CancelledReadCompletes (liveness)"), text);
        assertTrue(text.contains("the run stays in this state for ever: deadlock: no thread can move"), text);
        assertTrue(text.contains("Fairness: App: strong, Closer: strong, Canceller: strong, Network: strong"), text);
        assertTrue(text.contains("Expected: violation CancelledReadCompletes (matches)"), text);
    }

    @Test
    void withoutLivenessRead5xIsOnlyADeadlock() {
        assertEquals(2, run("--quiet", "--no-liveness", "models/read5x.irp"), out + "" + err);
        assertTrue(out.toString().contains("Liveness: CancelledReadCompletes, CleanupCompletesReads: skipped (--no-liveness)"),
                out.toString());
    }

    @Test
    void read60CrashesAndItsLivenessHolds() {
        assertEquals(1, run("--quiet", "models/read60.irp"), out + "" + err);
        String text = out.toString();
        assertTrue(text.contains("Verdict:  VIOLATION of OpenContextLive\n"), text);
        assertTrue(text.contains("CleanupCompletesReads: checked on the full state graph"), text);
        assertFalse(text.contains("(liveness)"), text);
    }

    @Test
    void aStarvationLassoInJsonAndDot() throws Exception {
        Path json = dir.resolve("r.json");
        Path dot = dir.resolve("r.dot");
        assertEquals(1, run("--quiet", "--json", json.toString(), "--dot", dot.toString(), "examples/hidden_stall.irp"));
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode cx = doc.get("counterexamples").get(0);
        assertEquals("liveness", cx.get("kind").asText());
        assertEquals(1, cx.get("loop").asInt());
        assertEquals("starvation", cx.get("lasso").get("kind").asText());
        assertEquals("Timer", cx.get("lasso").get("running").get(0).asText());
        assertTrue(doc.get("liveness").get("checked").asBoolean());
        String graph = Files.readString(dot);
        assertTrue(graph.contains("color=\"blue\"") || graph.contains("color=blue"), graph);
        assertTrue(graph.contains("cycle starts here"), graph);
    }

    @Test
    void aSavedLassoReplays() {
        Path json = dir.resolve("lasso.json");
        assertEquals(1, run("--quiet", "--json", json.toString(), "examples/hidden_stall.irp"));
        String[] args = {"replay", "examples/hidden_stall.irp", json.toString()};
        CommandLine cl = Main.commandLine(args);
        StringWriter replayed = new StringWriter();
        cl.setOut(new PrintWriter(replayed));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(java.util.Arrays.copyOfRange(args, 1, args.length)), replayed + "" + err);
        assertTrue(replayed.toString().contains("reproduced"), replayed.toString());
    }

    @Test
    void aHoldingModelSaysWhichFairnessItRestsOn() {
        assertEquals(0, run("--quiet", "examples/spinlock_waiter.irp"), out + "" + err);
        assertTrue(out.toString().contains("Fairness: Cpu[0]: strong, Cpu[1]: strong"), out.toString());
    }
}
