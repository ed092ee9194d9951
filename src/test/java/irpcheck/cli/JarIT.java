package irpcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The CLI as a user meets it: the built jar run as a process on the bundled models and on bad input,
 * checking exit codes, the verdict line and the files written. Runs in the integration-test phase,
 * after {@code package} has built {@code target/irpcheck.jar}.
 */
class JarIT {

    private static final Path JAR = Path.of("target", "irpcheck.jar");
    private static final Pattern EXPECT = Pattern.compile("(?m)^\\s*expect\\s+(holds|deadlock|violation\\s+(\\w+))\\s*;");

    private static final com.networknt.schema.JsonSchema SCHEMA = schema();

    @TempDir
    Path dir;

    private static com.networknt.schema.JsonSchema schema() {
        try {
            return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("docs", "output.schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Renders a DOT file to SVG with Graphviz when it is installed (a missing dot is not an error here). */
    private static void renderIfGraphvizIsThere(Path dotFile) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-Tsvg", dotFile.toString()).redirectErrorStream(true).start();
        } catch (IOException noGraphviz) {
            System.out.println("skipped rendering " + dotFile + ": Graphviz's dot is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), "dot -Tsvg " + dotFile + ":\n" + out);
        assertTrue(out.contains("<svg"), out);
    }

    /** What a run printed and answered. */
    record Run(int code, String out, String err) { }

    static Run irpcheck(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        // Read stderr on the side so that a chatty run cannot block on a full pipe.
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "irpcheck did not finish: " + command);
        return new Run(p.exitValue(), out, err.join());
    }

    @Test
    void help() throws Exception {
        Run r = irpcheck("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: irpcheck"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void fingerprintsAndWorkersGiveTheSameCountsAndSayTheirMemory() throws Exception {
        Run exact = irpcheck("--quiet", "--no-por", "--workers", "1", "bench/cancel.irp", "-D", "N=2");
        Run fingerprints = irpcheck("--quiet", "--no-por", "--workers", "3", "--fingerprint", "bench/cancel.irp", "-D", "N=2");
        assertEquals(0, exact.code(), exact.err());
        assertEquals(0, fingerprints.code(), fingerprints.err());
        String counts = "States:   14,352 distinct, 34,336 generated transitions, depth 108, queue left 0";
        assertTrue(exact.out().contains(counts), exact.out());
        assertTrue(fingerprints.out().contains(counts), fingerprints.out());
        assertTrue(exact.out().matches("(?s).*\\nMemory:   exact, bit-packed: [\\d.]+ bytes per state .*; peak heap .*"), exact.out());
        assertTrue(fingerprints.out().matches("(?s).*\\nMemory:   63-bit fingerprints: [\\d.]+ bytes per state .*"
                + "probability that a state was missed <= [\\d.]+e-\\d+; peak heap .*"), fingerprints.out());
    }

    @Test
    void version() throws Exception {
        Run r = irpcheck("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("irpcheck \\d+\\.\\d+\\.\\d+.*\\n"), r.out());
    }

    @Test
    void noArgumentsIsAUsageError() throws Exception {
        Run r = irpcheck();
        assertEquals(5, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'MODEL'"), r.err());
    }

    @Test
    void badDurationIsAUsageError() throws Exception {
        Run r = irpcheck("--time-limit", "soon", "x.irp");
        assertEquals(5, r.code());
        assertTrue(r.err().contains("not a duration"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileIsAModelError() throws Exception {
        Run r = irpcheck(dir.resolve("missing.irp").toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** Every bundled model: the exit code and verdict its {@code expect} promises, and both report files. */
    @TestFactory
    List<DynamicTest> bundledModels() throws IOException {
        List<Path> models = new ArrayList<>();
        for (String folder : List.of("models", "examples")) {
            Path d = Path.of(folder);
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.walk(d)) {
                    files.filter(f -> f.toString().endsWith(".irp")).sorted().forEach(models::add);
                }
            }
        }
        assumeFalse(models.isEmpty(), "no models in models/ or examples/ yet");
        return models.stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> checkModel(m))).toList();
    }

    private void checkModel(Path model) throws Exception {
        String text = Files.readString(model);
        Matcher expect = EXPECT.matcher(text);
        Path json = dir.resolve(model.getFileName() + ".json");
        Path dot = dir.resolve(model.getFileName() + ".dot");
        Run r = irpcheck("--quiet", "--json", json.toString(), "--dot", dot.toString(), model.toString());
        assertTrue(r.code() <= 3, "exit " + r.code() + "\n" + r.out() + r.err());
        assertTrue(r.out().contains("Verdict:  "), r.out());
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, doc.get("version").asInt());
        assertEquals(java.util.Set.of(), SCHEMA.validate(doc), "JSON of " + model + " against docs/output.schema.json");
        assertTrue(Files.readString(dot).startsWith("digraph"));
        renderIfGraphvizIsThere(dot);
        Path again = dir.resolve(model.getFileName() + ".again.json");
        Run second = irpcheck("--quiet", "--json", again.toString(), model.toString());
        assertEquals(r.code(), second.code());
        assertEquals(Files.readString(json), Files.readString(again), "two runs of " + model + " give different JSON");
        if (expect.find()) {
            String kind = expect.group(1).startsWith("violation") ? "violation" : expect.group(1);
            int code = switch (kind) {
                case "holds" -> 0;
                case "deadlock" -> 2;
                default -> 1;
            };
            assertEquals(code, r.code(), r.out() + r.err());
            assertTrue(doc.get("matchesExpectation").asBoolean(), r.out());
            if (expect.group(2) != null) {
                assertTrue(r.out().contains("Verdict:  VIOLATION of ") && r.out().contains(expect.group(2)), r.out());
            }
        }
    }
}
