package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.Result;
import irpcheck.explore.Statistics;
import irpcheck.model.Violation;

import java.util.List;

/**
 * The report a person reads in a terminal: a header with the verdict, the expectation and the
 * figures, then each counterexample step by step, TLC-like but compact. Stateless; thread-safe.
 */
public final class TextReport {

    private TextReport() { }

    /** The whole report, lines ending in {@code \n}. */
    public static String render(RunInfo run) {
        StringBuilder out = new StringBuilder();
        List<TraceView> traces = traces(run);
        header(run, traces, out);
        for (int i = 0; i < traces.size(); i++) {
            out.append('\n');
            counterexample(traces.get(i), run.system(), i + 1, traces.size(), out);
        }
        return out.toString();
    }

    static List<TraceView> traces(RunInfo run) {
        TraceAnalyzer analyzer = new TraceAnalyzer(run.system());
        return run.result().counterexamples().stream().map(analyzer::analyze).toList();
    }

    private static void header(RunInfo run, List<TraceView> traces, StringBuilder out) {
        Result result = run.result();
        out.append("Model:    ").append(run.model()).append(" (").append(run.file()).append(")\n");
        List<String> options = Figures.options(run.options());
        if (!options.isEmpty()) {
            out.append("Options:  ").append(String.join(" ", options)).append('\n');
        }
        out.append("Verdict:  ").append(Outcome.headline(result)).append('\n');
        for (TraceView t : traces) {
            out.append("          ").append(t.message());
            if (t.violation().span() != null) {
                out.append("\n            at ").append(t.violation().span().location());
            }
            out.append('\n');
        }
        if (result.verdict() != irpcheck.explore.Verdict.INCOMPLETE && result.stopReason() != null) {
            out.append("          search stopped early: ").append(result.stopReason()).append('\n');
        }
        out.append("Expected: ").append(run.expected()).append(matchText(run.matchesExpectation())).append('\n');
        statistics(result.statistics(), out);
        // safety traces only: a liveness lasso is built on the full state graph, and is not a shortest path
        if (result.counterexamples().stream().anyMatch(c -> c.lasso() == null)) {
            out.append("Trace:    ").append(run.reduced()
                    ? "shortest in the reduced state graph (--shortest for the shortest possible)"
                    : "shortest possible").append('\n');
        }
        liveness(run.liveness(), out);
    }

    /** Which properties liveness checked, and the fairness the verdict rests on. */
    private static void liveness(RunInfo.Liveness l, StringBuilder out) {
        if (l == null) {
            return;
        }
        out.append("Liveness: ").append(String.join(", ", l.properties())).append(": ").append(l.note());
        if (l.statistics() != null) {
            out.append(" (").append(Figures.count(l.statistics().distinct())).append(" states, ")
                    .append(Figures.count(l.statistics().generated())).append(" transitions, ")
                    .append(Figures.seconds(l.statistics().elapsed())).append(" s)");
        }
        out.append('\n');
        out.append("Fairness: ").append(String.join(", ", l.fairness())).append('\n');
    }

    private static String matchText(Boolean matches) {
        if (matches == null) {
            return "";
        }
        return matches ? " (matches)" : " (DOES NOT MATCH)";
    }

    private static void statistics(Statistics s, StringBuilder out) {
        out.append("States:   ").append(Figures.count(s.distinct())).append(" distinct, ")
                .append(Figures.count(s.generated())).append(" generated transitions, depth ")
                .append(Figures.count(s.depth())).append(", queue left ").append(Figures.count(s.queue())).append('\n');
        out.append("Time:     ").append(Figures.seconds(s.elapsed())).append(" s, ")
                .append(Figures.count(Figures.statesPerSecond(s))).append(" states/s\n");
    }

    /** The threads line and the racing pair, when the trace has steps. */
    private static void schedule(TraceView trace, irpcheck.model.TransitionSystem system, StringBuilder out) {
        if (trace.steps().size() < 2) {
            return;
        }
        Schedule schedule = Schedule.of(system, trace);
        out.append("Threads: ").append(schedule.threadsLine()).append('\n');
        String label = "Race:    ";
        for (String line : schedule.raceLines()) {
            out.append(label).append(line).append('\n');
            label = "         ";
        }
    }

    private static void counterexample(TraceView trace, irpcheck.model.TransitionSystem system, int number, int total,
                                       StringBuilder out) {
        Counterexample cx = trace.counterexample();
        Violation v = cx.violation();
        out.append("Counterexample ").append(number).append(" of ").append(total).append(": ").append(v.rule())
                .append(" (").append(v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append("), ").append(cx.steps().size() - 1).append(" steps")
                .append(cx.lasso() == null ? "" : ", cycle from step " + cx.loop()).append('\n');
        schedule(trace, system, out);
        Columns columns = Columns.of(trace);
        String previousThread = null;
        for (TraceView.Step step : trace.steps()) {
            step(step, columns, step.action() != null && step.thread().equals(previousThread), out);
            previousThread = step.action() == null ? null : step.thread();
            if (cx.lasso() != null && step.index() == cx.loop() && cx.loop() < cx.steps().size() - 1) {
                out.append(" ".repeat(columns.index + 2)).append("---- the cycle starts here: the steps below return to"
                        + " the state of step ").append(cx.loop()).append(" ----\n");
            }
        }
        if (cx.lasso() != null) {
            lassoEnd(cx, trace, columns, out);
        }
        if (v.kind() == Violation.Kind.DEADLOCK) {
            // Where every thread is stuck is the one thing a deadlock's reader needs next.
            TraceView.Step last = trace.steps().get(trace.steps().size() - 1);
            out.append(" ".repeat(columns.index + 5)).append("threads: ").append(last.locations().stream()
                    .map(l -> l.name() + " at " + l.value()).collect(java.util.stream.Collectors.joining(", ")))
                    .append('\n');
        }
    }

    /** How the lasso closes, whether its prefix is shortest, and where every thread stands. */
    private static void lassoEnd(Counterexample cx, TraceView trace, Columns columns, StringBuilder out) {
        irpcheck.explore.Lasso lasso = cx.lasso();
        String indent = " ".repeat(columns.index + 2);
        if (cx.loop() == cx.steps().size() - 1) {
            out.append(indent).append("---- the run stays in this state for ever: ").append(lasso.kind().describe())
                    .append(" ----\n");
        } else {
            out.append(indent).append("---- back to step ").append(cx.loop()).append(": the cycle repeats for ever (")
                    .append(lasso.kind().describe()).append(") ----\n");
        }
        TraceView.Step last = trace.steps().get(trace.steps().size() - 1);
        out.append(indent).append("threads: ").append(last.locations().stream()
                .map(l -> l.name() + " at " + l.value()).collect(java.util.stream.Collectors.joining(", "))).append('\n');
        out.append(indent).append("the obligation starts at step ").append(lasso.trigger())
                .append(lasso.shortestPrefix() ? "; the path to it is a shortest one" : "")
                .append("; the cycle is not guaranteed shortest\n");
        out.append(indent).append("fairness assumed: ").append(String.join(", ", lasso.fairness())).append('\n');
    }

    /**
     * One step. Consecutive steps of one thread are grouped: the thread is named on the first of them
     * and the others show a bar, so a context switch is where a new name appears.
     */
    private static void step(TraceView.Step step, Columns c, boolean sameThread, StringBuilder out) {
        out.append(pad(Integer.toString(step.index()), c.index, true)).append("  ");
        if (step.action() == null) {
            out.append("initial state");
        } else {
            out.append(pad(sameThread ? "|" : step.thread(), c.thread, false)).append("  ")
                    .append(pad(step.action().routine(), c.routine, false)).append("  ")
                    .append(pad(Figures.place(step.span()), c.place, false)).append("  ")
                    .append(step.action().describe());
        }
        if (step.mark() != null) {
            out.append("   <-- ").append(step.mark());
        }
        out.append('\n');
        String indent = " ".repeat(c.index + 5);
        for (TraceView.Change ch : step.changes()) {
            out.append(indent).append(ch.name()).append(": ");
            out.append(ch.from() == null ? ch.to() : ch.from() + " -> " + ch.to()).append('\n');
        }
        for (TraceView.ObjectLife life : step.changedObjects()) {
            out.append(indent).append(life.name()).append(": ");
            out.append(life.before() == null ? life.after() : life.before() + " -> " + life.after()).append('\n');
        }
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }

    /** Column widths of one trace, so that steps line up. */
    private record Columns(int index, int thread, int routine, int place) {
        static Columns of(TraceView trace) {
            int thread = 0;
            int routine = 0;
            int place = 0;
            for (TraceView.Step s : trace.steps()) {
                if (s.action() != null) {
                    thread = Math.max(thread, s.thread().length());
                    routine = Math.max(routine, s.action().routine().length());
                    place = Math.max(place, Figures.place(s.span()).length());
                }
            }
            return new Columns(Integer.toString(trace.steps().size() - 1).length(), thread, routine, place);
        }
    }
}
