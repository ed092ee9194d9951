package irpcheck.cli;

import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.report.RecordedTrace;
import irpcheck.report.Replayer;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code irpcheck replay MODEL TRACE.json}: re-executes each counterexample of a saved {@code --json}
 * report on the model, step by step, and says whether it still reaches the recorded rule or where it
 * departs from it. Not thread-safe (one per run).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Re-executes a saved trace (--json report) on a model and checks every state.",
        exitCodeOnInvalidInput = 5, exitCodeOnExecutionException = 6,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every trace is reproduced", "1:a trace diverges from the model", "4:model error",
                "5:usage error (also: the trace file cannot be read)", "6:internal error"})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.irp).")
    Path model;

    @Parameters(index = "1", paramLabel = "TRACE", description = "A report written by --json.")
    Path trace;

    @Option(names = "-D", paramLabel = "NAME=VALUE", description = "Override a constant, as the run that wrote the trace did.")
    Map<String, Long> defines = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RecordedTrace> traces;
        try {
            traces = RecordedTrace.parse(Files.readString(trace, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            err.println("irpcheck replay: cannot read the trace " + trace + ": " + e.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        if (!Files.isRegularFile(model)) {
            err.println("error: cannot read model file " + model + ": no such file");
            err.flush();
            return ExitCode.MODEL_ERROR.code();
        }
        Diagnostics diagnostics = new Diagnostics();
        CompiledModel compiled = new ModelLoader().load(model, Map.copyOf(defines), diagnostics);
        DiagnosticRenderer renderer = new DiagnosticRenderer();
        for (Diagnostic d : diagnostics.all()) {
            err.print(renderer.render(d));
        }
        err.flush();
        if (diagnostics.hasErrors() || compiled == null) {
            return ExitCode.MODEL_ERROR.code();
        }
        if (traces.isEmpty()) {
            out.println("replay: " + trace + " has no counterexample (the run held or stopped early); nothing to replay");
            out.flush();
            return ExitCode.HOLDS.code();
        }
        Replayer replayer = new Replayer(compiled.system());
        boolean all = true;
        for (int i = 0; i < traces.size(); i++) {
            RecordedTrace t = traces.get(i);
            Replayer.Replayed r = replayer.replay(t);
            int steps = t.steps().size() - 1;
            out.print("trace " + (i + 1) + " of " + traces.size() + " (" + t.rule() + ", " + steps + " steps): ");
            if (r.reproduced()) {
                out.println("reproduced; step " + steps + " breaks " + t.rule() + " as recorded");
            } else {
                all = false;
                out.println("DIVERGES after " + r.steps() + " of " + steps + " steps");
                out.println("  " + r.divergence());
            }
        }
        out.flush();
        return all ? ExitCode.HOLDS.code() : ExitCode.VIOLATION.code();
    }
}
