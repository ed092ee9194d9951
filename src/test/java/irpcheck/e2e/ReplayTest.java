package irpcheck.e2e;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.report.JsonReport;
import irpcheck.report.RecordedTrace;
import irpcheck.report.Replayer;
import irpcheck.report.RunInfo;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every counterexample the models and examples produce (first violation, and every rule with
 * {@code --continue}) is written as JSON, read back and replayed on the model: it must be reproduced.
 * An edited model must make the replay diverge at the step the edit changed.
 */
class ReplayTest {

    static List<Path> models() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("models", "examples")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".irp")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    List<DynamicTest> everyTraceReplays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : models()) {
            for (boolean cont : List.of(false, true)) {
                tests.add(DynamicTest.dynamicTest(file + (cont ? " --continue" : ""), () -> {
                    CompiledModel m = Checks.load(file, Map.of());
                    List<RecordedTrace> traces = roundTrip(m, file, cont);
                    Replayer replayer = new Replayer(m.system());
                    for (RecordedTrace t : traces) {
                        Replayer.Replayed r = replayer.replay(t);
                        assertTrue(r.reproduced(), file + " " + t.rule() + ": " + r.divergence());
                        assertEquals(t.steps().size() - 1, r.steps());
                    }
                }));
            }
        }
        return tests;
    }

    private static List<RecordedTrace> roundTrip(CompiledModel m, Path file, boolean cont) {
        Result result = Checks.explore(m, cont);
        RunInfo run = new RunInfo(m.name(), file.toString(), m.system(), result, m.expectation().describe(),
                new ExploreOptions(cont, 0, 0, null, true, null));
        List<RecordedTrace> traces = RecordedTrace.parse(JsonReport.render(run));
        assertEquals(result.counterexamples().size(), traces.size());
        return traces;
    }

    @Test
    void anEditedModelDivergesWhereTheEditBites() throws IOException {
        Path file = Path.of("models/write5x.irp");
        List<RecordedTrace> traces = roundTrip(Checks.load(file, Map.of()), file, false);
        String text = Files.readString(file);
        assertTrue(text.contains("pkt.RefCount = 1;"));
        CompiledModel edited = Checks.load(new SourceFile("models/write5x.irp", text.replace("pkt.RefCount = 1;", "pkt.RefCount = 2;")));
        Replayer.Replayed r = new Replayer(edited.system()).replay(traces.get(0));
        assertFalse(r.reproduced());
        assertEquals(17, r.steps());
        assertTrue(r.divergence().startsWith("step 18: App cannot take 'pkt.RefCount = 1;' (models/write5x.irp:104)"),
                r.divergence());

        // Moving lines is not an edit that matters: statements are found by their text.
        CompiledModel moved = Checks.load(new SourceFile("models/write5x.irp",
                text.replace("pkt.RefCount = 1;", "\n\npkt.RefCount = 1;")));
        assertTrue(new Replayer(moved.system()).replay(traces.get(0)).reproduced());
    }

    @Test
    void notAReport() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RecordedTrace.parse("{\"version\": 1}"));
        assertTrue(e.getMessage().contains("counterexamples"));
        assertThrowsWith("not JSON", "{");
        assertThrowsWith("report version 7", "{\"version\": 7, \"counterexamples\": []}");
    }

    private static void assertThrowsWith(String message, String json) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RecordedTrace.parse(json));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
