package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.TraceStep;
import irpcheck.model.Action;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --state-graph FILE}: the whole reachable graph of a small model as Graphviz, each state with
 * where every thread stands, each edge with the thread and its statement, violations as red nodes,
 * deadlocks outlined in red, and the counterexample's path in red. A model with more reachable states
 * than the limit is refused with a message rather than drawn. The graph is explored here, breadth
 * first in the model's successor order, so the text is the same on every run. Stateless; thread-safe.
 */
public final class StateGraphReport {

    private static final String RED = "red";
    private static final int EDGE_TEXT = 48;

    private StateGraphReport() { }

    /** The drawing, or why there is none. Exactly one of the two is non-null. */
    public record Drawing(String dot, String refusal) { }

    /** A packed state as a map key. */
    private record Key(int[] s) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(s, k.s);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(s);
        }
    }

    private record Edge(int from, int to, int action, Violation violation) { }

    /** Draws the reachable graph of the run's system, highlighting its counterexamples, if it has at most {@code limit} states. */
    public static Drawing render(RunInfo run, int limit) {
        TransitionSystem system = run.system();
        Map<Key, Integer> ids = new HashMap<>();
        List<int[]> states = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] init = system.initialState();
        ids.put(new Key(init), 0);
        states.add(init);
        queue.add(0);
        while (!queue.isEmpty()) {
            int from = queue.poll();
            int[] state = states.get(from);
            if (system.checkInvariants(state) != null) {
                continue;
            }
            List<Edge> out = new ArrayList<>();
            system.successors(state, new SuccessorSink() {
                @Override
                public void successor(int actionId, int[] next) {
                    Key k = new Key(next.clone());
                    Integer to = ids.get(k);
                    if (to == null) {
                        to = states.size();
                        ids.put(k, to);
                        states.add(k.s());
                        queue.add(to);
                    }
                    out.add(new Edge(from, to, actionId, null));
                }

                @Override
                public void violation(int actionId, Violation violation) {
                    out.add(new Edge(from, -1, actionId, violation));
                }
            });
            edges.addAll(out);
            if (states.size() > limit) {
                return new Drawing(null, "the model has more than " + Figures.count(limit)
                        + " reachable states; --state-graph draws at most --state-graph-limit states (now "
                        + Figures.count(limit) + ")");
            }
        }
        return new Drawing(dot(run, states, edges, path(run, ids)), null);
    }

    /** The edges {from, action} and states of every counterexample, to highlight. */
    private static Set<Long> path(RunInfo run, Map<Key, Integer> ids) {
        Set<Long> path = new HashSet<>();
        for (Counterexample cx : run.result().counterexamples()) {
            Integer prev = null;
            for (TraceStep step : cx.steps()) {
                Integer id = ids.get(new Key(step.state()));
                if (id == null) {
                    break;
                }
                path.add(node(id));
                if (prev != null) {
                    path.add(edge(prev, step.actionId()));
                }
                prev = id;
            }
        }
        return path;
    }

    private static long node(int id) {
        return -1L - id;
    }

    private static long edge(int from, int action) {
        return ((long) from << 32) | action;
    }

    private static String dot(RunInfo run, List<int[]> states, List<Edge> edges, Set<Long> path) {
        TransitionSystem system = run.system();
        StringBuilder out = new StringBuilder("digraph irpcheck_states {\n");
        out.append("  graph [label=\"").append(escape(run.model() + ": " + Outcome.headline(run.result()) + ", "
                + states.size() + " states")).append("\", labelloc=t, fontname=monospace];\n");
        out.append("  node [shape=box, fontname=monospace, fontsize=9];\n  edge [fontname=monospace, fontsize=8];\n");
        List<irpcheck.model.NamedValue> initial = system.decoder().values(states.get(0));
        boolean[] hasOut = new boolean[states.size()];
        for (Edge e : edges) {
            hasOut[e.from()] = true;
        }
        for (int i = 0; i < states.size(); i++) {
            int[] s = states.get(i);
            StringBuilder label = new StringBuilder("s" + i + (i == 0 ? " (initial)" : "") + "\\l");
            for (var p : system.processes()) {
                label.append(escape(p.name() + ": " + system.decoder().location(s, p.index()))).append("\\l");
            }
            // Values that differ from the initial state: what tells two states apart, without the rest.
            List<irpcheck.model.NamedValue> values = system.decoder().values(s);
            for (int v = 0; v < values.size(); v++) {
                if (i > 0 && (v >= initial.size() || !values.get(v).equals(initial.get(v)))) {
                    label.append(escape(values.get(v).name() + " = " + values.get(v).value())).append("\\l");
                }
            }
            Violation inv = system.checkInvariants(s);
            boolean deadlock = !hasOut[i] && inv == null && !system.isFinal(s);
            if (inv != null) {
                label.append(escape("breaks " + inv.rule())).append("\\l");
            } else if (deadlock) {
                label.append("deadlock\\l");
            }
            out.append("  s").append(i).append(" [label=\"").append(label).append('"');
            if (path.contains(node(i))) {
                out.append(", style=filled, fillcolor=\"#ffe0e0\"");
            }
            if (inv != null || deadlock) {
                out.append(", color=").append(RED).append(", penwidth=2");
            }
            out.append("];\n");
        }
        int bad = 0;
        for (Edge e : edges) {
            Action a = system.actions().get(e.action());
            String text = system.processes().get(a.process()).name() + ": " + a.describe();
            if (text.length() > EDGE_TEXT) {
                text = text.substring(0, EDGE_TEXT - 3) + "...";
            }
            boolean onPath = path.contains(edge(e.from(), e.action()));
            String target = "s" + e.to();
            if (e.violation() != null) {
                target = "v" + bad++;
                out.append("  ").append(target).append(" [shape=octagon, color=").append(RED).append(", fontcolor=").append(RED)
                        .append(", label=\"").append(escape("violates " + e.violation().rule())).append("\"];\n");
            }
            out.append("  s").append(e.from()).append(" -> ").append(target).append(" [label=\"").append(escape(text)).append('"');
            if (onPath || e.violation() != null) {
                out.append(", color=").append(RED).append(", fontcolor=").append(RED);
            }
            if (onPath) {
                out.append(", penwidth=2.5");
            }
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
