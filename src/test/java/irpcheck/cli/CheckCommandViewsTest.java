package irpcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check's view options on a real model: --dot-view lanes, --html, --state-graph and its limit, the coverage list. */
class CheckCommandViewsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void write5x() throws Exception {
        Path dot = dir.resolve("lanes.dot");
        Path html = dir.resolve("page.html");
        Path graph = dir.resolve("graph.dot");
        int code = run("models/write5x.irp", "--quiet", "--dot", dot.toString(), "--dot-view", "lanes",
                "--html", html.toString(), "--state-graph", graph.toString(), "--state-graph-limit", "100");
        assertEquals(1, code, err.toString());
        assertTrue(Files.readString(dot).startsWith("digraph irpcheck_lanes {"));
        assertTrue(Files.readString(html).contains("<title>irpcheck counterexample</title>"));
        assertFalse(Files.exists(graph));
        assertTrue(err.toString().contains("--state-graph " + graph + " not written: the model has more than 100 reachable states"),
                err.toString());
        assertTrue(out.toString().contains("Threads: App 1-29, Canceller 30-36, Miniport 37-54, Canceller 55 (3 context switches)"));
        assertTrue(out.toString().contains("\nCoverage: 46 of 51 driver statements executed; never executed:\n"), out.toString());
    }

    @Test
    void smallModelGraph() throws Exception {
        Path graph = dir.resolve("graph.dot");
        assertEquals(1, run("examples/broken_mutex.irp", "--quiet", "--state-graph", graph.toString()));
        assertTrue(Files.readString(graph).startsWith("digraph irpcheck_states {"));
        assertEquals(5, run("examples/broken_mutex.irp", "--state-graph-limit", "0"));
        assertEquals(5, run("examples/broken_mutex.irp", "--dot-view", "sideways"));
    }
}
