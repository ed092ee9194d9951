package irpcheck.e2e;

import irpcheck.explore.Result;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.report.Interleaving;
import irpcheck.report.LaneDotReport;
import irpcheck.report.RunInfo;
import irpcheck.report.StateGraphReport;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DOT lane view and the state graph on real models; Graphviz renders them when it is installed. */
class GraphViewsTest {

    private static RunInfo run(String file) {
        CompiledModel m = Checks.load(Path.of(file), Map.of());
        Result r = Interleaving.fewestSwitches(m.system(), Checks.explore(m, false));
        return new RunInfo(m.name(), file, m.system(), r, m.expectation().describe());
    }

    @Test
    void write5xLanes() throws Exception {
        String dot = LaneDotReport.render(run("models/write5x.irp"));
        for (String lane : List.of("label=\"App\"", "label=\"Canceller\"", "label=\"Miniport\"")) {
            assertTrue(dot.contains(lane), lane);
        }
        assertTrue(dot.contains("  c1_s54 -> c1_s55 [constraint=false, style=bold, color=red, fontcolor=red, label=\"race\"];\n"), dot);
        assertTrue(dot.contains("c1_s27 -> c1_s42 [constraint=false, style=dashed, color=blue, fontcolor=blue, label=\"NdisPacket#1.IrpBack\"]"),
                "App's write of pkt.IrpBack before send-complete reads it");
        assertTrue(dot.contains("c1_s55 [label=\"55: NdisProtCancelWrite"), dot);
        renders(dot, "write5x.lanes");
    }

    @Test
    void brokenMutexStateGraph() throws Exception {
        RunInfo run = run("examples/broken_mutex.irp");
        StateGraphReport.Drawing d = StateGraphReport.render(run, 100);
        assertNull(d.refusal());
        String dot = d.dot();
        assertTrue(dot.contains("24 states\""), dot);
        // The counterexample's 4 steps are the red, thick edges.
        Matcher m = Pattern.compile("penwidth=2\\.5").matcher(dot);
        int onPath = 0;
        while (m.find()) {
            onPath++;
        }
        assertEquals(run.result().counterexamples().get(0).steps().size() - 1, onPath);
        assertTrue(dot.contains("breaks MutualExclusion"), dot);
        Path golden = Path.of("src/test/resources/golden/ci/broken_mutex.states.dot");
        if ("1".equals(System.getenv("UPDATE_GOLDEN"))) {
            Files.writeString(golden, dot, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden), dot, golden + " differs; UPDATE_GOLDEN=1 rewrites it");
        renders(dot, "broken_mutex.states");
    }

    @Test
    void aLargeModelIsRefused() {
        StateGraphReport.Drawing d = StateGraphReport.render(run("models/write5x.irp"), 500);
        assertNull(d.dot());
        assertEquals("the model has more than 500 reachable states; --state-graph draws at most --state-graph-limit states (now 500)",
                d.refusal());
    }

    /** Renders with Graphviz when it is on PATH (an error in the DOT fails the test); skipped silently otherwise. */
    private static void renders(String dot, String name) throws Exception {
        String exe = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "dot"))) {
                exe = Path.of(dir, "dot").toString();
            }
        }
        if (exe == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "viewer"));
        Path in = dir.resolve(name + ".dot");
        Files.writeString(in, dot);
        Process p = new ProcessBuilder(exe, "-Tsvg", "-o", dir.resolve(name + ".svg").toString(), in.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }
}
