package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.TraceStep;
import irpcheck.model.Action;
import irpcheck.model.Process;
import irpcheck.model.TransitionSystem;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The statements of driver code that no explored state executed: an unreached line is a scenario
 * the model forgot (or one the search stopped before reaching). Driver code is every statement in the
 * model's own files (not the bundled {@code <lib>/} libraries) except the bodies of {@code system}
 * threads; a statement counts as executed when any of its actions (any branch, in any thread it is
 * inlined into) was taken, or was the violating step of a counterexample. Immutable.
 *
 * @param total         driver statements in the model
 * @param never         those never executed, in source order
 * @param searchStopped true when the search did not visit every state, so that some may still be reachable
 */
public record Unexercised(int total, List<Statement> never, boolean searchStopped) {

    private static final String LIB_PREFIX = "<lib>/";

    public Unexercised {
        never = List.copyOf(never);
    }

    /** One statement: where it is, the routine it belongs to, and its text. */
    public record Statement(Span span, String routine, String text) { }

    /** Collects the unexercised statements of a run, given which actions the search took. */
    public static Unexercised of(RunInfo run, IntPredicate taken) {
        TransitionSystem system = run.system();
        BitSet executed = new BitSet();
        for (Action a : system.actions()) {
            if (taken.test(a.id())) {
                executed.set(a.id());
            }
        }
        for (Counterexample cx : run.result().counterexamples()) {
            for (TraceStep s : cx.steps()) {
                if (s.actionId() >= 0) {
                    executed.set(s.actionId());
                }
            }
        }
        Map<String, Statement> statements = new LinkedHashMap<>();
        Map<String, Boolean> done = new LinkedHashMap<>();
        for (Action a : system.actions()) {
            if (!driverCode(a, system.processes().get(a.process()))) {
                continue;
            }
            String key = a.span().file().path() + ":" + a.span().start();
            statements.putIfAbsent(key, new Statement(a.span(), a.routine(), a.text()));
            done.merge(key, executed.get(a.id()), Boolean::logicalOr);
        }
        List<int[]> atomics = executedAtomics(system, executed);
        List<Statement> never = new ArrayList<>();
        statements.forEach((k, s) -> {
            if (!done.get(k) && !inside(s.span(), atomics)) {
                never.add(s);
            }
        });
        never.sort(java.util.Comparator.comparing((Statement s) -> s.span().file().path())
                .thenComparingInt(s -> s.span().start()));
        // a lasso comes from the liveness check, after a safety search that ran to the end
        boolean stopped = !run.result().complete() || run.result().counterexamples().stream().anyMatch(c -> c.lasso() == null)
                && !run.options().continueAfterViolation();
        return new Unexercised(statements.size(), never, stopped);
    }

    /**
     * The source extents of the {@code atomic} blocks that were executed, as {file identity, begin,
     * end}: their inner statements have actions of their own (so that a violation inside names its
     * statement) but run as part of the block's one step.
     */
    private static List<int[]> executedAtomics(TransitionSystem system, BitSet executed) {
        List<int[]> extents = new ArrayList<>();
        for (Action a : system.actions()) {
            if (executed.get(a.id()) && a.text().startsWith("atomic") && a.span() != null) {
                int[] extent = AtomicExtent.of(a.span());
                if (extent != null) {
                    extents.add(extent);
                }
            }
        }
        return extents;
    }

    private static boolean inside(Span span, List<int[]> extents) {
        int file = System.identityHashCode(span.file());
        for (int[] e : extents) {
            if (e[0] == file && span.start() >= e[1] && span.end() <= e[2]) {
                return true;
            }
        }
        return false;
    }

    private static boolean driverCode(Action a, Process p) {
        if (a.span() == null || a.span().file().path().startsWith(LIB_PREFIX)) {
            return false;
        }
        // A system thread's own body is the operating system's code; routines it calls may be the driver's.
        return !(p.system() && a.routine().equals(threadName(p.name())));
    }

    /** {@code P} for the instance {@code P[1]}. */
    private static String threadName(String process) {
        int bracket = process.indexOf('[');
        return bracket < 0 ? process : process.substring(0, bracket);
    }

    /** The text section printed after the report, lines ending in {@code \n}. */
    public String render() {
        StringBuilder out = new StringBuilder("\nCoverage: ").append(total - never.size()).append(" of ").append(total)
                .append(" driver statements executed");
        if (never.isEmpty()) {
            return out.append('\n').toString();
        }
        out.append("; never executed:\n");
        int place = 0;
        int routine = 0;
        for (Statement s : never) {
            place = Math.max(place, Figures.place(s.span()).length());
            routine = Math.max(routine, s.routine().length());
        }
        for (Statement s : never) {
            String p = Figures.place(s.span());
            out.append("  ").append(p).append(" ".repeat(place - p.length())).append("  ").append(s.routine())
                    .append(" ".repeat(routine - s.routine().length())).append("  ").append(s.text()).append('\n');
        }
        if (searchStopped) {
            out.append("  (the search stopped early, so some of these may be reachable; --continue explores every state)\n");
        }
        return out.toString();
    }
}
