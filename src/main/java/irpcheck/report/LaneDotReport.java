package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.model.Footprint;
import irpcheck.model.StateLayout;
import irpcheck.model.TransitionSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lane view of a counterexample as a Graphviz graph ({@code --dot FILE --dot-view lanes}): one
 * column per thread, the steps as nodes in order (a step's row is its place in the trace), an edge
 * for each cross-thread conflict (a step that writes a slot a later step of another thread reads or
 * writes; from each other thread only the latest such step, so that the drawing shows the order that
 * matters and not its transitive closure), and the racing pair in red. A footprint the model cannot
 * resolve (an {@code atomic} block, a library call through a pointer) draws no conflict edge of its
 * own; the racing pair is drawn regardless. Written as text, not through JGraphT, because the columns
 * need clusters. Stateless; thread-safe.
 */
public final class LaneDotReport {

    private static final String RED = "red";

    private LaneDotReport() { }

    /** The DOT text, lines ending in {@code \n}. */
    public static String render(RunInfo run) {
        StringBuilder out = new StringBuilder("digraph irpcheck_lanes {\n");
        out.append("  graph [label=").append(quote(escape(run.model() + ": " + Outcome.headline(run.result()))))
                .append(", labelloc=t, fontname=monospace, rankdir=TB, newrank=true, nodesep=0.3];\n");
        out.append("  node [shape=box, fontname=monospace, fontsize=10];\n  edge [fontname=monospace, fontsize=9];\n");
        List<TraceView> traces = TextReport.traces(run);
        if (traces.isEmpty()) {
            out.append("  summary [shape=note, label=").append(quote(escape(Outcome.headline(run.result())) + "\\l")).append("];\n");
        }
        for (int i = 0; i < traces.size(); i++) {
            lanes(run.system(), traces.get(i), "c" + (i + 1) + "_", out);
        }
        return out.append("}\n").toString();
    }

    private static void lanes(TransitionSystem system, TraceView trace, String p, StringBuilder out) {
        List<TraceView.Step> steps = trace.steps().subList(1, trace.steps().size());
        Map<String, List<TraceView.Step>> byThread = new LinkedHashMap<>();
        for (TraceView.Step s : steps) {
            byThread.computeIfAbsent(s.thread(), k -> new ArrayList<>()).add(s);
        }
        int[] race = Interleaving.race(system, trace.counterexample());
        int lane = 0;
        for (Map.Entry<String, List<TraceView.Step>> e : byThread.entrySet()) {
            out.append("  subgraph cluster_").append(p).append(lane++).append(" {\n    label=").append(quote(e.getKey()))
                    .append("; style=rounded; color=gray;\n");
            for (TraceView.Step s : e.getValue()) {
                boolean bad = s.mark() != null || race != null && (s.index() == race[0] || s.index() == race[1]);
                out.append("    ").append(p).append('s').append(s.index()).append(" [label=")
                        .append(quote(s.index() + ": " + s.action().routine() + "\\l" + escape(s.action().describe())
                                + "\\l" + escape(Figures.place(s.span())) + "\\l" + (s.mark() == null ? "" : escape(s.mark()) + "\\l")));
                if (bad) {
                    out.append(", color=").append(RED).append(", fontcolor=").append(RED).append(", penwidth=2");
                }
                out.append("];\n");
            }
            List<TraceView.Step> ts = e.getValue();
            for (int i = 1; i < ts.size(); i++) {
                out.append("    ").append(p).append('s').append(ts.get(i - 1).index()).append(" -> ").append(p).append('s')
                        .append(ts.get(i).index()).append(" [color=gray];\n");
            }
            out.append("  }\n");
        }
        // Invisible edges in trace order give each step its own row, so rows read as time.
        for (int i = 1; i < steps.size(); i++) {
            out.append("  ").append(p).append('s').append(steps.get(i - 1).index()).append(" -> ").append(p).append('s')
                    .append(steps.get(i).index()).append(" [style=invis];\n");
        }
        conflicts(system, trace, race, p, out);
    }

    private static void conflicts(TransitionSystem system, TraceView trace, int[] race, String p, StringBuilder out) {
        Counterexample cx = trace.counterexample();
        int n = cx.steps().size() - 1;
        Footprint[] fp = new Footprint[n + 1];
        for (int k = 1; k <= n; k++) {
            fp[k] = system.footprint(cx.steps().get(k - 1).state(), cx.steps().get(k).actionId());
        }
        boolean raceDrawn = false;
        // The last source drawn from one thread into another: an older one adds nothing the lanes do not show.
        Map<String, Integer> drawn = new LinkedHashMap<>();
        for (int j = 2; j <= n; j++) {
            Set<String> seenThreads = new LinkedHashSet<>();
            String tj = trace.steps().get(j).thread();
            for (int i = j - 1; i >= 1; i--) {
                String ti = trace.steps().get(i).thread();
                if (ti.equals(tj) || seenThreads.contains(ti)) {
                    continue;
                }
                boolean isRace = race != null && race[0] == i && race[1] == j;
                List<String> shared = fp[i].unknown() || fp[j].unknown() ? List.of() : shared(system.layout(), fp[i], fp[j]);
                if (!isRace && shared.isEmpty()) {
                    continue;
                }
                seenThreads.add(ti);
                String key = ti + "\u0000" + tj;
                if (!isRace && drawn.getOrDefault(key, 0) >= i) {
                    continue;
                }
                drawn.put(key, i);
                raceDrawn |= isRace;
                edge(p, i, j, isRace ? "race" + (shared.isEmpty() ? "" : ": " + String.join(", ", shared)) : String.join(", ", shared),
                        isRace, out);
            }
        }
        if (race != null && !raceDrawn) {
            edge(p, race[0], race[1], "race", true, out);
        }
    }

    private static void edge(String p, int i, int j, String label, boolean red, StringBuilder out) {
        out.append("  ").append(p).append('s').append(i).append(" -> ").append(p).append('s').append(j)
                .append(" [constraint=false, style=").append(red ? "bold" : "dashed").append(", color=")
                .append(red ? RED : "blue").append(", fontcolor=").append(red ? RED : "blue").append(", label=")
                .append(quote(escape(label))).append("];\n");
    }

    /** Slots the earlier step writes and the later one reads or writes, as the layout names them. */
    private static List<String> shared(StateLayout layout, Footprint a, Footprint b) {
        Set<String> names = new LinkedHashSet<>();
        Schedule.addCommon(a.writes(), b.reads(), layout, names);
        Schedule.addCommon(a.writes(), b.writes(), layout, names);
        return List.copyOf(names);
    }

    /** Escapes a label fragment: backslashes doubled, quotes escaped (newlines are added as {@code \l}). */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    private static String quote(String escaped) {
        return "\"" + escaped + "\"";
    }
}
