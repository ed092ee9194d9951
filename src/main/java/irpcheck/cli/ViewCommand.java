package irpcheck.cli;

import irpcheck.report.HtmlReport;
import irpcheck.report.RecordedTrace;
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
import java.util.concurrent.Callable;

/**
 * {@code irpcheck view TRACE.json [-o FILE]}: writes the counterexample viewer, one self-contained
 * HTML file, for a saved {@code --json} report. Not thread-safe (one per run).
 */
@Command(name = "view", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Writes a self-contained HTML page to step through a saved trace (--json report) in a browser.",
        exitCodeOnInvalidInput = 5, exitCodeOnExecutionException = 6,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the page was written", "5:usage error (also: the trace cannot be read or the page written)",
                "6:internal error"})
final class ViewCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "A report written by --json.")
    Path trace;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the page (default: TRACE with .html).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json;
        try {
            json = Files.readString(trace, StandardCharsets.UTF_8);
            RecordedTrace.parse(json);
        } catch (IOException | IllegalArgumentException e) {
            err.println("irpcheck view: cannot read the trace " + trace + ": " + e.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        Path page = output != null ? output : defaultOutput(trace);
        try {
            Path parent = page.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(page, HtmlReport.fromJson(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("irpcheck view: cannot write " + page + ": " + e.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        out.println("wrote " + page);
        out.flush();
        return ExitCode.HOLDS.code();
    }

    private static Path defaultOutput(Path trace) {
        String name = trace.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return trace.resolveSibling(base + ".html");
    }
}
