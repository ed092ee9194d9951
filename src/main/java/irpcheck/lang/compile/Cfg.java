package irpcheck.lang.compile;

import irpcheck.model.CallSite;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One process's control graph while it is built: nodes, real edges (steps) and epsilon edges (no
 * step: joins, loop back edges, argument binding). {@link CfgResolver} turns it into the runtime form.
 * Not thread-safe; compile time only.
 */
final class Cfg {
    /** What a step is, for reports: see {@link irpcheck.model.Action}. */
    record StepInfo(String routine, Span span, String text, String label, List<CallSite> stack, boolean library) { }

    /**
     * An edge: epsilon edges have no guard and no info; their effect touches locals only. A
     * {@code leading} epsilon (binding a call's arguments) joins the step after it, never the one before.
     */
    record RawEdge(boolean epsilon, Guard guard, Effect effect, int target, StepInfo info, AccessLog log,
                   boolean leading) { }

    /** A node: interior nodes of an atomic block are never resting places of a process. */
    static final class Node {
        final List<RawEdge> edges = new ArrayList<>();
        final boolean atomic;

        Node(boolean atomic) {
            this.atomic = atomic;
        }
    }

    /** Calls are inlined, so a lattice of routines each calling the next twice doubles the code per level. */
    static final int MAX_NODES = 50_000;

    final List<Node> nodes = new ArrayList<>();

    int node(boolean atomic) {
        if (nodes.size() >= MAX_NODES) {
            throw new CompileError("a thread's code has more than " + MAX_NODES
                    + " control locations once its calls are inlined; call fewer routines, or from fewer places");
        }
        nodes.add(new Node(atomic));
        return nodes.size() - 1;
    }

    boolean atomic(int node) {
        return nodes.get(node).atomic;
    }

    void epsilon(int from, int to, Effect effect) {
        nodes.get(from).edges.add(new RawEdge(true, Guard.ALWAYS, effect, to, null, new AccessLog(), false));
    }

    /** An epsilon edge whose effect (argument binding) runs with the step that follows it. */
    void leading(int from, int to, Effect effect, AccessLog log) {
        nodes.get(from).edges.add(new RawEdge(true, Guard.ALWAYS, effect, to, null, log, true));
    }

    void step(int from, int to, Guard guard, Effect effect, StepInfo info, AccessLog log) {
        nodes.get(from).edges.add(new RawEdge(false, guard, effect, to, info, log, false));
    }
}
