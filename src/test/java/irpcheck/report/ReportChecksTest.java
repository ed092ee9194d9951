package irpcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Checks on every scenario: JSON against the schema, DOT through Graphviz, and determinism. */
class ReportChecksTest {

    static List<String> scenarios() {
        return FakeDriver.scenarios().keySet().stream().sorted().toList();
    }

    private static RunInfo run(String name) {
        return FakeDriver.scenarios().get(name);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void jsonMatchesTheSchema(String name) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs", "output.schema.json")));
        JsonNode doc = new ObjectMapper().readTree(JsonReport.render(run(name)));
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void dotRendersWithGraphviz(String name) throws Exception {
        assumeTrue(hasDot(), "graphviz `dot` is not installed: DOT rendering not checked");
        Process p = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
        p.getOutputStream().write(DotReport.render(run(name)).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("<svg"), out);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void renderingTwiceGivesTheSameBytes(String name) {
        RunInfo a = run(name);
        RunInfo b = FakeDriver.scenarios().get(name);
        assertEquals(TextReport.render(a), TextReport.render(b));
        assertEquals(JsonReport.render(a), JsonReport.render(b));
        assertEquals(DotReport.render(a), DotReport.render(b));
        assertFalse(JsonReport.render(a).contains("\r"));
    }

    @Test
    void retirementStepIsAppendedToTheMessage() {
        TraceView t = new TraceAnalyzer(new FakeDriver()).analyze(FakeDriver.useAfterComplete());
        assertEquals("Irp#1 written in NdisProtWrite after IoCompleteRequest (retired at step 5)", t.message());
        assertEquals("violates UseAfterComplete", t.steps().get(6).mark());
        assertTrue(t.steps().get(6).changes().isEmpty());
    }

    @Test
    void freedAndReusedComeFromTheTrace() {
        TraceView t = new TraceAnalyzer(new FakeDriver()).analyze(FakeDriver.staleReference());
        assertTrue(t.message().endsWith("(freed at step 6)"), t.message());
        assertEquals("freed", t.steps().get(6).changedObjects().get(0).after());
        assertEquals("reused", t.steps().get(7).changedObjects().get(0).after());
        assertEquals("completed, cancelled", t.steps().get(5).changedObjects().get(0).after());
    }

    @Test
    void expectationsMatchByRule() {
        var result = FakeDriver.scenarios().get("continue").result();
        assertEquals(Boolean.TRUE, Outcome.matches("violation UseAfterFree", result));
        assertEquals(Boolean.TRUE, Outcome.matches("violation CancelledNotPending", result));
        assertEquals(Boolean.FALSE, Outcome.matches("holds", result));
        assertEquals(null, Outcome.matches("(none)", result));
        assertEquals(Outcome.DEADLOCK, FakeDriver.scenarios().get("deadlock").outcome());
        assertEquals(Boolean.TRUE, Outcome.matches("deadlock", FakeDriver.scenarios().get("deadlock").result()));
    }

    private static boolean hasDot() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
