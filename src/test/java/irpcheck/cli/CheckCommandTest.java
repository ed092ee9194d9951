package irpcheck.cli;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.Expectation;
import irpcheck.report.FakeDriver;
import irpcheck.report.JsonReport;
import irpcheck.report.RunInfo;
import irpcheck.source.Diagnostic;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line in-process: options, usage errors, exit codes and files, with a fake front end and search. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<ExploreOptions> seen = new AtomicReference<>();

    /** Runs the CLI on a model whose search ends as the named {@link FakeDriver} scenario does. */
    private int run(String scenario, String... args) {
        RunInfo canned = FakeDriver.scenarios().get(scenario);
        return run(loaderFor(canned), (system, options, listener) -> {
            seen.set(options);
            return fixed(canned.result());
        }, args);
    }

    private int run(CheckCommand.Loader loader, Search.Factory factory, String... args) {
        var cl = Main.commandLine(new CheckCommand(loader, factory));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static CheckCommand.Loader loaderFor(RunInfo canned) {
        String[] words = canned.expected().split(" ");
        Expectation e = switch (words[0]) {
            case "holds" -> new Expectation(Expectation.Kind.HOLDS, null, null);
            case "deadlock" -> new Expectation(Expectation.Kind.DEADLOCK, null, null);
            case "violation" -> new Expectation(Expectation.Kind.VIOLATION, words[1], null);
            default -> Expectation.NONE;
        };
        return (file, defines, diagnostics) -> new CompiledModel("write", FakeDriver.FILE, canned.system(), e,
                List.of(FakeDriver.FILE));
    }

    private static Search fixed(Result result) {
        return new Search() {
            @Override
            public Result run() {
                return result;
            }

            @Override
            public void requestStop() { }
        };
    }

    private String modelFile() throws IOException {
        Path f = dir.resolve("write.irp");
        Files.writeString(f, FakeDriver.TEXT);
        return f.toString();
    }

    @ParameterizedTest
    @CsvSource({"use_after_complete, 1, VIOLATION of UseAfterComplete", "holds, 0, HOLDS",
            "deadlock, 2, DEADLOCK", "incomplete, 3, INCOMPLETE: --max-states 1000 reached",
            "continue, 1, VIOLATION of CancelledNotPending, UseAfterFree"})
    void exitCodeFollowsTheVerdict(String scenario, int code, String verdict) throws IOException {
        assertEquals(code, run(scenario, "--quiet", modelFile()), err.toString());
        assertTrue(out.toString().contains("Verdict:  " + verdict), out.toString());
    }

    @Test
    void writesJsonAndDotFiles() throws IOException {
        Path json = dir.resolve("out/report.json");
        Path dot = dir.resolve("out/trace.dot");
        int code = run("use_after_complete", "--json", json.toString(), "--dot", dot.toString(), modelFile());
        assertEquals(1, code, err.toString());
        assertTrue(Files.readString(json).startsWith("{\n  \"version\": 1,"));
        assertTrue(Files.readString(json).contains("(retired at step 5)"));
        assertTrue(Files.readString(dot).startsWith("digraph irpcheck {"));
    }

    @Test
    void anUnwritableFileIsReportedAndTheVerdictStands() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file, so nothing can be created under it");
        Path json = blocked.resolve("report.json");
        int code = run("use_after_complete", "--json", json.toString(), modelFile());
        assertEquals(1, code);
        assertTrue(err.toString().contains("cannot write the JSON report to " + json), err.toString());
        assertTrue(out.toString().contains("VIOLATION of UseAfterComplete"));
    }

    @Test
    void optionsReachTheSearch() throws IOException {
        run("holds", "--continue", "--max-states", "10", "--max-depth", "3", "--time-limit", "5m",
                "--no-deadlock", "-D", "N=3", "-DM=4", modelFile());
        ExploreOptions o = seen.get();
        assertEquals(new ExploreOptions(true, 10, 3, Duration.ofMinutes(5), false, Duration.ofSeconds(3)), o);
    }

    @Test
    void definesReachTheFrontEnd() throws IOException {
        AtomicReference<Map<String, Long>> defines = new AtomicReference<>();
        CheckCommand.Loader inner = loaderFor(FakeDriver.scenarios().get("holds"));
        run((f, d, diags) -> {
            defines.set(d);
            return inner.load(f, d, diags);
        }, (s, o, l) -> fixed(FakeDriver.scenarios().get("holds").result()), "-D", "N=3", "-DM=-4", modelFile());
        assertEquals(Map.of("N", 3L, "M", -4L), defines.get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--time-limit|5x|not a duration", "--time-limit|0s|not a duration", "--max-states|-1|--max-states",
            "--max-depth|x|--max-depth", "--workers|0|--workers must be 1 or more", "-D|1x=3|not a constant name", "-D|N=abc|is not a long", "--bogus|x|Unknown option"})
    void badOptionsAreUsageErrors(String option, String value, String message) throws IOException {
        assertEquals(5, run("holds", option, value, modelFile()));
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void noModelIsAUsageError() {
        assertEquals(5, run("holds"));
        assertTrue(err.toString().contains("Missing required parameter: 'MODEL'"), err.toString());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("holds", "--help"));
        assertTrue(out.toString().contains("Usage: irpcheck"), out.toString());
        assertTrue(out.toString().contains("--time-limit=DURATION"), out.toString());
        assertEquals(0, run("holds", "--version"));
        assertTrue(out.toString().contains("irpcheck "), out.toString());
    }

    @Test
    void aMissingFileIsAModelError() {
        assertEquals(4, run("holds", dir.resolve("nope.irp").toString()));
        assertTrue(err.toString().contains("cannot read model file"), err.toString());
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    @Test
    void diagnosticsAreRenderedAndExitIsFour() throws IOException {
        String file = modelFile();
        SourceFile src = new SourceFile(file, FakeDriver.TEXT);
        int code = run((f, d, diags) -> {
            diags.report(Diagnostic.error("E0101", new Span(src, 6, 11), "unknown name `write`", "did you mean `Write`?"));
            diags.report(Diagnostic.error("E0102", new Span(src, 0, 5), "second problem"));
            return null;
        }, (s, o, l) -> {
            throw new AssertionError("not reached");
        }, file);
        assertEquals(4, code);
        String e = err.toString();
        assertTrue(e.contains(file + ":1:1: error[E0102]: second problem"), e);
        assertTrue(e.contains(file + ":1:7: error[E0101]: unknown name `write`"), e);
        assertTrue(e.contains("= hint: did you mean `Write`?"), e);
        assertTrue(e.contains("2 errors, not checked"), e);
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebug() throws IOException {
        Search.Factory broken = (s, o, l) -> {
            throw new IllegalStateException("boom");
        };
        assertEquals(6, run(loaderFor(FakeDriver.scenarios().get("holds")), broken, modelFile()));
        assertEquals("irpcheck: internal error: IllegalStateException: boom (run with --debug for the stack trace)\n",
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(6, run(loaderFor(FakeDriver.scenarios().get("holds")), broken, "--debug", modelFile()));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void jsonFileEqualsTheReport() throws IOException {
        Path json = dir.resolve("r.json");
        run("continue", "--json", json.toString(), modelFile());
        RunInfo canned = FakeDriver.scenarios().get("continue");
        RunInfo expected = new RunInfo("write", modelFile(), canned.system(), canned.result(), canned.expected(),
                seen.get());
        assertEquals(JsonReport.render(expected), Files.readString(json));
    }
}
