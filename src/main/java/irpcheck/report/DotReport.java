package irpcheck.report;

import irpcheck.explore.Result;
import irpcheck.model.NamedValue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counterexample as a Graphviz graph ({@code dot -Tsvg}): one box per state of the trace labelled
 * with its step, the thread that moved and where it stands, and the values that changed; edges
 * labelled with the thread and the statement; the violating state, or the violating edge and a
 * "violation" node, in red. A model that holds, or a run that stopped early, gives one note node.
 * Stateless; thread-safe.
 */
public final class DotReport {

    private static final String RED = "red";

    private DotReport() { }

    /** A node of the drawing. */
    private record Node(String id, String label, boolean bad, boolean note) { }

    /** An edge of the drawing (a class, not a record: a pseudograph needs edges that differ by identity). */
    private static final class Edge {
        final String label;
        final boolean bad;
        final boolean cycle;

        Edge(String label, boolean bad) {
            this(label, bad, false);
        }

        Edge(String label, boolean bad, boolean cycle) {
            this.label = label;
            this.bad = bad;
            this.cycle = cycle;
        }
    }

    /** The DOT text, lines ending in {@code \n}. */
    public static String render(RunInfo run) {
        Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
        List<TraceView> traces = TextReport.traces(run);
        if (traces.isEmpty()) {
            graph.addVertex(new Node("summary", summary(run), false, true));
        }
        for (int i = 0; i < traces.size(); i++) {
            addTrace(graph, traces.get(i), "c" + (i + 1) + "_", traces.size() > 1 ? i + 1 : 0);
        }
        return export(graph, run);
    }

    private static String summary(RunInfo run) {
        Result r = run.result();
        return "model " + run.model() + "\n" + Outcome.headline(r) + "\n"
                + Figures.count(r.statistics().distinct()) + " distinct states\n";
    }

    private static void addTrace(Graph<Node, Edge> graph, TraceView trace, String prefix, int number) {
        if (trace.counterexample().lasso() != null) {
            addLasso(graph, trace, prefix, number);
            return;
        }
        Node previous = null;
        List<TraceView.Step> steps = trace.steps();
        boolean actionBreaks = trace.counterexample().violatingAction();
        int last = steps.size() - 1;
        for (TraceView.Step step : steps) {
            boolean violatingEdge = actionBreaks && step.index() == last && step.index() > 0;
            if (violatingEdge) {
                Node bad = new Node(prefix + "violation", "violation: " + trace.violation().rule() + "\n"
                        + trace.message() + "\n", true, false);
                graph.addVertex(bad);
                graph.addEdge(previous, bad, new Edge(edgeLabel(step), true));
                break;
            }
            boolean badState = !actionBreaks && step.index() == last;
            String title = number > 0 && step.index() == 0 ? "counterexample " + number + "\n" : "";
            String extra = badState ? trace.violation().rule() + ": " + trace.message() + "\n" : "";
            Node node = new Node(prefix + "s" + step.index(), title + stateLabel(step) + extra, badState, false);
            graph.addVertex(node);
            if (previous != null) {
                graph.addEdge(previous, node, new Edge(edgeLabel(step), false));
            }
            previous = node;
        }
    }

    /**
     * A lasso: the prefix as a chain, the cycle's edges bold and blue, the last edge back into the node
     * where the cycle starts (a self-loop "for ever" when the run stays in its last state).
     */
    private static void addLasso(Graph<Node, Edge> graph, TraceView trace, String prefix, int number) {
        List<TraceView.Step> steps = trace.steps();
        int loop = trace.counterexample().loop();
        int last = steps.size() - 1;
        Node previous = null;
        Node loopNode = null;
        for (TraceView.Step step : steps) {
            boolean closing = step.index() == last && last > loop;
            if (closing) {
                graph.addEdge(previous, loopNode, new Edge(edgeLabel(step), false, true));
                break;
            }
            String title = number > 0 && step.index() == 0 ? "counterexample " + number + "\n" : "";
            String extra = step.index() == loop ? "cycle starts here: " + trace.violation().rule() + ": "
                    + trace.message() + "\n" : "";
            Node node = new Node(prefix + "s" + step.index(), title + stateLabel(step) + extra, step.index() == loop, false);
            graph.addVertex(node);
            if (previous != null) {
                graph.addEdge(previous, node, new Edge(edgeLabel(step), false, step.index() > loop));
            }
            if (step.index() == loop) {
                loopNode = node;
            }
            previous = node;
        }
        if (loop == last) {
            graph.addEdge(loopNode, loopNode, new Edge("stays here for ever\n", false, true));
        }
    }

    private static String stateLabel(TraceView.Step step) {
        StringBuilder sb = new StringBuilder();
        if (step.action() == null) {
            sb.append("step 0: initial state\n");
        } else {
            sb.append("step ").append(step.index()).append(": ").append(step.thread()).append(" @ ")
                    .append(location(step)).append('\n');
        }
        for (TraceView.Change c : step.changes()) {
            sb.append(c.name()).append(" = ").append(c.to()).append('\n');
        }
        for (TraceView.ObjectLife o : step.changedObjects()) {
            sb.append(o.name()).append(": ").append(o.after()).append('\n');
        }
        return sb.toString();
    }

    private static String location(TraceView.Step step) {
        for (NamedValue loc : step.locations()) {
            if (loc.name().equals(step.thread())) {
                return loc.value();
            }
        }
        return "?";
    }

    private static String edgeLabel(TraceView.Step step) {
        return step.thread() + ": " + step.action().describe() + "\n" + Figures.place(step.span()) + "\n";
    }

    private static String export(Graph<Node, Edge> graph, RunInfo run) {
        DOTExporter<Node, Edge> exporter = new DOTExporter<>(Node::id);
        exporter.setGraphIdProvider(() -> "irpcheck");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            // The exporter writes graph attributes unquoted (unlike node and edge ones): quote here.
            String title = text(run.model() + ": " + Outcome.headline(run.result())).getValue();
            a.put("label", DefaultAttribute.createAttribute("\"" + title.replace("\"", "\\\"") + "\""));
            a.put("labelloc", DefaultAttribute.createAttribute("t"));
            a.put("fontname", DefaultAttribute.createAttribute("monospace"));
            return a;
        });
        exporter.setVertexAttributeProvider(DotReport::nodeAttributes);
        exporter.setEdgeAttributeProvider(DotReport::edgeAttributes);
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        // The exporter writes the platform's line separator; reports always use \n.
        return out.toString().replace("\r\n", "\n");
    }

    private static Map<String, Attribute> nodeAttributes(Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("shape", DefaultAttribute.createAttribute(n.note() ? "note" : "box"));
        a.put("fontname", DefaultAttribute.createAttribute("monospace"));
        a.put("label", text(n.label()));
        if (n.bad()) {
            a.put("color", DefaultAttribute.createAttribute(RED));
            a.put("fontcolor", DefaultAttribute.createAttribute(RED));
            a.put("penwidth", DefaultAttribute.createAttribute("2"));
        }
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("fontname", DefaultAttribute.createAttribute("monospace"));
        a.put("label", text(e.label));
        if (e.bad) {
            a.put("color", DefaultAttribute.createAttribute(RED));
            a.put("fontcolor", DefaultAttribute.createAttribute(RED));
        }
        if (e.cycle) {
            a.put("color", DefaultAttribute.createAttribute("blue"));
            a.put("fontcolor", DefaultAttribute.createAttribute("blue"));
            a.put("penwidth", DefaultAttribute.createAttribute("2"));
        }
        return a;
    }

    /**
     * A label with left-justified lines: backslashes are doubled so that statement text cannot form
     * escapes, then each newline becomes {@code \l}. The exporter escapes the double quotes.
     */
    private static Attribute text(String s) {
        String escaped = s.replace("\\", "\\\\");
        if (!escaped.endsWith("\n")) {
            escaped = escaped + "\n";
        }
        return DefaultAttribute.createAttribute(escaped.replace("\n", "\\l"));
    }
}
