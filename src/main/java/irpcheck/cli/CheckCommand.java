package irpcheck.cli;

import irpcheck.explore.ActionCoverage;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.report.DotReport;
import irpcheck.report.HtmlReport;
import irpcheck.report.JsonReport;
import irpcheck.report.LaneDotReport;
import irpcheck.report.RunInfo;
import irpcheck.report.StateGraphReport;
import irpcheck.report.TextReport;
import irpcheck.report.Unexercised;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code irpcheck [options] MODEL}: load a model, explore it, print the report, write the JSON and DOT
 * files asked for, and answer with the verdict's exit code. Not thread-safe (one per run).
 */
@Command(name = "irpcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks every interleaving of a driver model (.irp) and reports the shortest one that breaks a rule.",
        exitCodeOnInvalidInput = 5, exitCodeOnExecutionException = 6,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check holds", "1:a rule broke (safety or liveness)", "2:deadlock",
                "3:incomplete (a limit was reached or the run was stopped)", "4:model error",
                "5:usage error", "6:internal error"},
        footerHeading = "%nOther commands:%n",
        footer = {"  irpcheck test DIR|FILE...     check every model against its expect line (CI)",
                "  irpcheck replay MODEL TRACE   re-execute a saved --json trace on a model",
                "  irpcheck view TRACE           write the HTML viewer for a saved --json trace",
                "Each takes --help."})
final class CheckCommand implements Callable<Integer> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The front end's entry point, as a seam so that tests can stand in for it. */
    @FunctionalInterface
    interface Loader {
        CompiledModel load(Path file, Map<String, Long> defines, Diagnostics diagnostics);
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.irp).")
    Path model;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON (docs/output.md).")
    Path json;

    @Option(names = "--dot", paramLabel = "FILE", description = "Also write the counterexample as a Graphviz graph.")
    Path dot;

    /** What {@code --dot} draws. */
    enum DotView { trace, lanes }

    @Option(names = "--dot-view", paramLabel = "VIEW", defaultValue = "trace",
            description = "What --dot draws: trace (the states of the counterexample) or lanes (a column per thread, "
                    + "conflicts between threads, the race in red). Default: ${DEFAULT-VALUE}.")
    DotView dotView;

    @Option(names = "--state-graph", paramLabel = "FILE",
            description = "Also write the whole reachable graph as Graphviz, the counterexample's path in red (small models only).")
    Path stateGraph;

    @Option(names = "--state-graph-limit", paramLabel = "N", defaultValue = "1000",
            description = "The most states --state-graph draws; above it the graph is refused. Default: ${DEFAULT-VALUE}.")
    int stateGraphLimit;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the counterexample viewer: one self-contained HTML page.")
    Path html;

    @Option(names = "--continue", description = "Keep searching after a violation: one counterexample per rule.")
    boolean continueAfterViolation;

    @Option(names = "--max-states", paramLabel = "N", description = "Stop as incomplete after N distinct states.")
    long maxStates;

    @Option(names = "--max-depth", paramLabel = "N", description = "Do not explore deeper than N steps.")
    int maxDepth;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop as incomplete after this long: 30s, 5m, 1h.")
    Duration timeLimit;

    @Option(names = "-D", paramLabel = "NAME=VALUE", description = "Override a constant of the model (repeatable).")
    Map<String, Long> defines = new LinkedHashMap<>();

    @Option(names = "--no-deadlock", description = "Do not report deadlocks.")
    boolean noDeadlock;

    @Option(names = "--fingerprint", description = "Keep 63-bit fingerprints instead of states: about 10 bytes per state; "
            + "the report gives the probability that a state was missed.")
    boolean fingerprint;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE} here); "
            + "the result is the same for any number.")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-por", description = "Explore every interleaving: no partial-order reduction.")
    boolean noPor;

    @Option(names = "--shortest", description = "Report the shortest possible counterexamples (explores without reduction).")
    boolean shortest;

    @Option(names = "--no-liveness", description = "Do not check the model's liveness properties.")
    boolean noLiveness;

    @Option(names = "--quiet", description = "No progress line on standard error.")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of an internal error.")
    boolean debug;

    private final Loader loader;
    private final Search.Factory searches;

    CheckCommand() {
        this(new ModelLoader()::load, new ExplorerSearch());
    }

    CheckCommand(Loader loader, Search.Factory searches) {
        this.loader = loader;
        this.searches = searches;
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompiledModel compiled = load(err);
        if (compiled == null) {
            return ExitCode.MODEL_ERROR.code();
        }
        ExploreOptions options = new ExploreOptions(continueAfterViolation, maxStates, maxDepth, timeLimit,
                !noDeadlock, Duration.ofSeconds(3));
        SearchListener listener = quiet ? SearchListener.NONE : new ProgressLine(err);
        boolean reduce = !noPor && !shortest;
        ActionCoverage coverage = new ActionCoverage(compiled.system().actions().size(), listener);
        Search safety = searches.create(compiled.system(), options, coverage, new Search.Engine(reduce, fingerprint, workers));
        boolean reduced = safety.reduced();
        Search shown = SafetyAndLiveness.fewestSwitches(safety, compiled.system());
        if (reduced) {
            shown = replayed(shown, compiled);
        }
        Search search = SafetyAndLiveness.of(shown, compiled.system(), options, listener, noLiveness);
        try (StopOnInterrupt stop = new StopOnInterrupt(search); HeapWatch heap = new HeapWatch(safety, fingerprint)) {
            Result result = search.run();
            RunInfo run = new RunInfo(compiled.name(), model.toString(), compiled.system(), result,
                    compiled.expectation().describe(), options, SafetyAndLiveness.livenessOf(search, compiled.system()),
                    reduced);
            out.print(withMemory(TextReport.render(run), safety, result, heap));
            Unexercised unexercised = Unexercised.of(run, coverage::taken);
            out.print(unexercised.render());
            if (reduced && !unexercised.never().isEmpty()) {
                out.println("  (partial-order reduction explores one of each set of equivalent interleavings, so some of"
                        + " these may be reachable; --no-por explores them all)");
            }
            out.flush();
            write(json, "JSON", JsonReport::render, run, err);
            write(dot, "DOT", dotView == DotView.lanes ? LaneDotReport::render : DotReport::render, run, err);
            write(html, "HTML", HtmlReport::render, run, err);
            writeStateGraph(run, err);
            ExitCode code = ExitCode.of(run.outcome());
            stop.reported(code);
            return code.code();
        }
    }

    /**
     * The report with a "Memory:" line after its "Time:" line: the store's figures and the peak heap
     * (not in the JSON, which stays byte-identical from run to run), and advice after running out of memory.
     */
    private String withMemory(String report, Search search, Result result, HeapWatch heap) {
        String store = search.storeFigures();
        if (store == null) {
            return report;
        }
        String line = "Memory:   " + store + "; peak heap " + HeapWatch.megabytes(heap.peakHeap()) + "\n";
        if ("out of memory".equals(result.stopReason())) {
            line += "          " + HeapWatch.outOfMemoryAdvice(fingerprint) + "\n";
        }
        int time = report.indexOf("\nTime:");
        int end = time < 0 ? -1 : report.indexOf('\n', time + 1);
        return end < 0 ? report + line : report.substring(0, end + 1) + line + report.substring(end + 1);
    }

    /**
     * The search with every counterexample it returns replayed against the unreduced model: each must be
     * a real execution, and a failure is a checker bug (reported as an internal error).
     */
    private static Search replayed(Search search, CompiledModel compiled) {
        return new Search() {
            @Override
            public Result run() {
                Result result = search.run();
                for (irpcheck.explore.Counterexample cx : result.counterexamples()) {
                    String problem = irpcheck.explore.Replay.check(compiled.system(), cx);
                    if (problem != null) {
                        throw new IllegalStateException("the counterexample for " + cx.violation().rule()
                                + " does not replay against the model: " + problem);
                    }
                }
                return result;
            }

            @Override
            public boolean reduced() {
                return search.reduced();
            }

            @Override
            public void requestStop() {
                search.requestStop();
            }
        };
    }

    private void validate() {
        CommandLine cl = spec.commandLine();
        if (maxStates < 0) {
            throw new CommandLine.ParameterException(cl, "--max-states must be 0 (no limit) or more, not " + maxStates);
        }
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--workers must be 1 or more, not " + workers);
        }
        if (stateGraphLimit < 1) {
            throw new CommandLine.ParameterException(cl, "--state-graph-limit must be 1 or more, not " + stateGraphLimit);
        }
        if (maxDepth < 0) {
            throw new CommandLine.ParameterException(cl, "--max-depth must be 0 (no limit) or more, not " + maxDepth);
        }
        for (String name : defines.keySet()) {
            if (!NAME.matcher(name).matches()) {
                throw new CommandLine.ParameterException(cl, "-D " + name + ": '" + name + "' is not a constant name");
            }
        }
    }

    /** The compiled model, or null after printing every diagnostic (or why the file cannot be read). */
    private CompiledModel load(PrintWriter err) {
        if (!Files.isRegularFile(model) || !Files.isReadable(model)) {
            err.println("error: cannot read model file " + model + ": "
                    + (Files.exists(model) ? "not a readable file" : "no such file"));
            return null;
        }
        Diagnostics diagnostics = new Diagnostics();
        CompiledModel compiled = loader.load(model, Map.copyOf(defines), diagnostics);
        DiagnosticRenderer renderer = new DiagnosticRenderer();
        for (Diagnostic d : diagnostics.all()) {
            err.print(renderer.render(d));
        }
        if (diagnostics.hasErrors() || compiled == null) {
            long errors = diagnostics.all().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
            err.println("irpcheck: " + model + ": " + errors + (errors == 1 ? " error" : " errors") + ", not checked");
            err.flush();
            return null;
        }
        err.flush();
        return compiled;
    }

    /** The reachable graph, or a line on stderr saying why it is refused; never changes the exit code. */
    private void writeStateGraph(RunInfo run, PrintWriter err) {
        if (stateGraph == null) {
            return;
        }
        StateGraphReport.Drawing drawing = StateGraphReport.render(run, stateGraphLimit);
        if (drawing.refusal() != null) {
            err.println("irpcheck: --state-graph " + stateGraph + " not written: " + drawing.refusal());
            err.flush();
            return;
        }
        write(stateGraph, "state graph", r -> drawing.dot(), run, err);
    }

    /** Writes one report file; a failure is said on stderr and does not change the verdict's exit code. */
    private static void write(Path file, String what, Function<RunInfo, String> render, RunInfo run, PrintWriter err) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render.apply(run), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write the " + what + " report to " + file + ": " + reason(e));
            err.flush();
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
    }

    boolean debug() {
        return debug;
    }
}
