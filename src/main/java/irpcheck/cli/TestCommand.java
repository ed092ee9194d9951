package irpcheck.cli;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.report.Baseline;
import irpcheck.report.JunitReport;
import irpcheck.report.RunInfo;
import irpcheck.report.SarifReport;
import irpcheck.report.SuiteEntry;
import irpcheck.report.SuiteTable;
import irpcheck.source.Diagnostic;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code irpcheck test DIR|FILE...}: the CI gate. Runs every model found (each {@code .irp} file under
 * the directories, sorted by path), compares each outcome with the model's {@code expect} line, prints
 * a summary table, writes JUnit XML and SARIF when asked, checks or records distinct-state counts
 * against a baseline, and exits 0 only when every model is as expected. Not thread-safe (one per run).
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Runs every model under the given directories and checks each against its expect line.",
        exitCodeOnInvalidInput = 5, exitCodeOnExecutionException = 6,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every model is as expected", "1:a model's result differs from its expect line, or its state count drifted from the baseline",
                "4:a model does not load", "5:usage error (also: no model found)", "6:internal error"})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Model files, or directories searched for .irp files.")
    List<Path> paths;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML: a test case per model and property.")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0: a result per violation, with the trace as a code flow.")
    Path sarif;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare distinct-state counts with FILE and fail on drift; FILE is created when missing.")
    Path baseline;

    @Option(names = "--update-baseline", description = "Rewrite the --baseline file with this run's counts instead of comparing.")
    boolean updateBaseline;

    @Option(names = "--max-states", paramLabel = "N", description = "Per model: stop as incomplete after N distinct states.")
    long maxStates;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Per model: stop as incomplete after this long: 30s, 5m.")
    Duration timeLimit;

    @Option(names = "--continue", description = "Keep searching after a violation: one counterexample per rule.")
    boolean continueAfterViolation;

    @Option(names = "--quiet", description = "Do not name each model on standard error as it starts.")
    boolean quiet;

    private final CheckCommand.Loader loader;
    private final Search.Factory searches;

    TestCommand() {
        this(new ModelLoader()::load, new ExplorerSearch());
    }

    TestCommand(CheckCommand.Loader loader, Search.Factory searches) {
        this.loader = loader;
        this.searches = searches;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxStates < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-states must be 0 (no limit) or more");
        }
        if (updateBaseline && baseline == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--update-baseline needs --baseline FILE");
        }
        List<String> files = discover(err);
        if (files == null) {
            return ExitCode.USAGE.code();
        }
        Baseline recorded = readBaseline(err);
        if (recorded == null) {
            return ExitCode.USAGE.code();
        }
        boolean compare = baseline != null && !updateBaseline && Files.exists(baseline);
        List<SuiteEntry> entries = new ArrayList<>();
        for (String file : files) {
            if (!quiet) {
                // A CI log shows which model a long run is on; the table comes at the end.
                err.println("irpcheck test: " + file);
                err.flush();
            }
            entries.add(runOne(file, compare ? recorded.get(file) : null, err));
        }
        out.print(SuiteTable.render(entries));
        out.flush();
        if (baseline != null && (updateBaseline || !Files.exists(baseline))) {
            write(baseline, "baseline", recorded.with(entries).render(), err);
            out.println("baseline: recorded " + entries.stream().filter(e -> e.run() != null).count()
                    + " models in " + baseline);
            out.flush();
        }
        write(junit, "JUnit", JunitReport.render(entries), err);
        write(sarif, "SARIF", SarifReport.render(entries, new Main.Version().getVersion()[0].replace("irpcheck ", "")), err);
        if (entries.stream().anyMatch(e -> e.run() == null)) {
            return ExitCode.MODEL_ERROR.code();
        }
        return entries.stream().allMatch(SuiteEntry::passed) ? ExitCode.HOLDS.code() : ExitCode.VIOLATION.code();
    }

    /** The model files, sorted by path; null after saying why when a path is missing or nothing was found. */
    private List<String> discover(PrintWriter err) {
        TreeSet<String> files = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(display(p));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".irp") && Files.isRegularFile(f)).forEach(f -> files.add(display(f)));
                } catch (IOException | RuntimeException e) {
                    err.println("irpcheck test: cannot read " + p + ": " + e.getMessage());
                    return null;
                }
            } else {
                err.println("irpcheck test: " + p + ": no such file or directory");
                err.flush();
                return null;
            }
        }
        if (files.isEmpty()) {
            err.println("irpcheck test: no .irp model found under " + paths);
            err.flush();
            return null;
        }
        return new ArrayList<>(files);
    }

    /** A path relative to the working directory when it lies below it, with {@code /} separators. */
    private static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        Path shown = abs.startsWith(here) ? here.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    private Baseline readBaseline(PrintWriter err) {
        if (baseline == null || !Files.exists(baseline)) {
            return new Baseline(Map.of());
        }
        try {
            return Baseline.parse(Files.readString(baseline, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            err.println("irpcheck test: cannot read the baseline " + baseline + ": " + e.getMessage());
            err.flush();
            return null;
        }
    }

    private SuiteEntry runOne(String file, Long recorded, PrintWriter err) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        CompiledModel compiled = loader.load(Path.of(file), Map.of(), diagnostics);
        if (diagnostics.hasErrors() || compiled == null) {
            StringBuilder text = new StringBuilder();
            DiagnosticRenderer renderer = new DiagnosticRenderer();
            for (Diagnostic d : diagnostics.all()) {
                text.append(renderer.render(d));
            }
            err.print(text);
            err.flush();
            return new SuiteEntry(file, null, text.toString(), null, Duration.ofNanos(System.nanoTime() - start));
        }
        ExploreOptions options = new ExploreOptions(continueAfterViolation, maxStates, 0, timeLimit, true, null);
        Search search = SafetyAndLiveness.of(SafetyAndLiveness.fewestSwitches(
                searches.create(compiled.system(), options, SearchListener.NONE), compiled.system()),
                compiled.system(), options, SearchListener.NONE, false);
        Result result = search.run();
        RunInfo run = new RunInfo(compiled.name(), file, compiled.system(), result, compiled.expectation().describe(), options,
                SafetyAndLiveness.livenessOf(search, compiled.system()));
        return new SuiteEntry(file, run, null, recorded, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void write(Path file, String what, String text, PrintWriter err) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write the " + what + " file " + file + ": " + e.getMessage());
            err.flush();
        }
    }
}
