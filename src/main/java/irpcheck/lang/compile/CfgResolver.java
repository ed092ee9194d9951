package irpcheck.lang.compile;

import irpcheck.model.Action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a process's {@link Cfg} into {@link ProcessCode}: epsilon edges disappear, their effects joining
 * the steps around them. A step's target is followed through single epsilon edges (so leaving a routine
 * zeroes its locals in the same step); a node's steps are those reachable through epsilon edges
 * (so an {@code either} offers the first step of each branch). Not thread-safe; compile time only.
 */
final class CfgResolver {
    private final Cfg cfg;
    private final int process;
    private final List<Action> actions;
    private final Map<Integer, AccessLog> footprints;
    private final Map<Cfg.RawEdge, Integer> ids = new IdentityHashMap<>();

    /** A step reached through epsilon edges, with the effects met on the way. */
    private record Reached(Effect prefix, AccessLog log, Cfg.RawEdge edge) { }

    /** Where a step really lands and what the epsilon edges on the way do. */
    private record Settled(int node, Effect effect) { }

    CfgResolver(Cfg cfg, int process, List<Action> actions, Map<Integer, AccessLog> footprints) {
        this.cfg = cfg;
        this.process = process;
        this.actions = actions;
        this.footprints = footprints;
    }

    ProcessCode resolve(ProcessCompiler pc, int entry) {
        int n = cfg.nodes.size();
        Edge[][] edges = new Edge[n][];
        boolean[] atomic = new boolean[n];
        String[] where = new String[n];
        for (int node = 0; node < n; node++) {
            atomic[node] = cfg.atomic(node);
            List<Reached> reached = new ArrayList<>();
            closure(node, Effect.NONE, new AccessLog(), new HashSet<>(), reached);
            edges[node] = new Edge[reached.size()];
            for (int i = 0; i < reached.size(); i++) {
                edges[node][i] = edge(reached.get(i));
            }
            where[node] = node == pc.end ? "done" : describe(reached);
        }
        int start = settleFree(entry);
        boolean[] validEnd = new boolean[n];
        validEnd[pc.end] = true;
        for (ProcessCompiler.LabelAt l : pc.labels) {
            if (ProcessCode.isEndLabel(l.label())) {
                validEnd[settleFree(l.node())] = true;
            }
        }
        return new ProcessCode(pc.name, false, pc.pcSlot, start, pc.end, edges, atomic, where, validEnd);
    }

    private Edge edge(Reached r) {
        Cfg.RawEdge raw = r.edge();
        int id = ids.computeIfAbsent(raw, k -> {
            int next = actions.size();
            Cfg.StepInfo info = raw.info();
            actions.add(new Action(next, process, info.routine(), info.span(), info.text(), info.label(), info.stack(),
                    info.library()));
            footprints.put(next, new AccessLog());
            footprints.get(next).addAll(raw.log());
            return next;
        });
        footprints.get(id).addAll(r.log());
        Settled target = settle(raw.target());
        return new Edge(id, r.prefix(), raw.guard(), raw.effect().then(target.effect()), target.node());
    }

    private void closure(int node, Effect prefix, AccessLog log, Set<Integer> path, List<Reached> out) {
        if (!path.add(node)) {
            throw new CompileError("a loop in which no statement takes a step (for example `while (true) { }`)");
        }
        for (Cfg.RawEdge e : cfg.nodes.get(node).edges) {
            if (e.epsilon()) {
                AccessLog joined = new AccessLog();
                joined.addAll(log);
                joined.addAll(e.log());
                closure(e.target(), prefix.then(e.effect()), joined, path, out);
            } else {
                out.add(new Reached(prefix, log, e));
            }
        }
        path.remove(node);
    }

    /** Follows single epsilon edges from a step's target, collecting their effects. */
    private Settled settle(int node) {
        Effect effect = Effect.NONE;
        Set<Integer> seen = new HashSet<>();
        while (isSingleEpsilon(node)) {
            if (!seen.add(node)) {
                throw new CompileError("a loop in which no statement takes a step (for example `while (true) { }`)");
            }
            Cfg.RawEdge e = cfg.nodes.get(node).edges.get(0);
            effect = effect.then(e.effect());
            node = e.target();
        }
        return new Settled(node, effect);
    }

    /** Like {@link #settle} but only through epsilon edges without effects (for the initial node). */
    int settleFree(int node) {
        Set<Integer> seen = new HashSet<>();
        while (isSingleEpsilon(node) && cfg.nodes.get(node).edges.get(0).effect() == Effect.NONE && seen.add(node)) {
            node = cfg.nodes.get(node).edges.get(0).target();
        }
        return node;
    }

    private boolean isSingleEpsilon(int node) {
        List<Cfg.RawEdge> edges = cfg.nodes.get(node).edges;
        return edges.size() == 1 && edges.get(0).epsilon() && !edges.get(0).leading();
    }

    private static String describe(List<Reached> reached) {
        if (reached.isEmpty()) {
            return "blocked";
        }
        Cfg.StepInfo info = reached.get(0).edge().info();
        return info.routine() + ":" + info.span().line();
    }
}
