package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.source.Diagnostics;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects recursion: routines are inlined at every call, so a cycle of calls has no finite model. A
 * call through a routine reference may reach any routine used as a value with the same number of
 * parameters. Not thread-safe.
 */
final class RecursionCheck {
    private final ResolvedModel model;
    private final Diagnostics diagnostics;
    private final Map<String, List<Call>> calls = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();
    /** The longest chain of calls from each routine explored so far (1: it calls nothing). */
    private final Map<String, Integer> depth = new HashMap<>();
    private boolean tooDeep;

    /** How deep calls may nest: each level is inlined, so a deep chain is a huge program. */
    static final int MAX_CALL_DEPTH = 64;

    private record Call(String target, Span span) { }

    RecursionCheck(ResolvedModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    void check() {
        Set<String> asValues = new HashSet<>();
        for (ResolvedModel.RoutineDef r : model.routines().values()) {
            List<Expr.Call> found = new ArrayList<>();
            StmtWalker.statements(r.body(), s -> StmtWalker.expressions(s, e -> {
                if (e instanceof Expr.Call c) {
                    found.add(c);
                }
            }));
            List<Call> out = new ArrayList<>();
            for (Expr.Call c : found) {
                if (c.callee() instanceof Expr.Name n && model.routines().containsKey(n.ident().name())) {
                    out.add(new Call(n.ident().name(), c.span()));
                } else if (!(c.callee() instanceof Expr.Name n && CallTyper.isBuiltin(n.ident().name()))) {
                    out.add(new Call("*" + c.args().size(), c.span()));
                }
            }
            calls.put(r.name(), out);
        }
        asValues.addAll(RoutineValues.of(model));
        expandIndirect(asValues);
        for (String r : calls.keySet()) {
            dfs(r, new ArrayList<>());
        }
    }

    private void expandIndirect(Set<String> asValues) {
        for (List<Call> list : calls.values()) {
            List<Call> expanded = new ArrayList<>();
            for (Call c : list) {
                if (c.target().startsWith("*")) {
                    int arity = Integer.parseInt(c.target().substring(1));
                    for (String v : asValues) {
                        if (model.routines().get(v).paramNames().size() == arity) {
                            expanded.add(new Call(v, c.span()));
                        }
                    }
                } else {
                    expanded.add(c);
                }
            }
            list.clear();
            list.addAll(expanded);
        }
    }

    /**
     * Depth-first search over the call graph; returns the length of the longest chain of calls from
     * {@code routine}, memoised, so each routine's calls are explored once. A back edge is recursion;
     * a chain longer than {@link #MAX_CALL_DEPTH} is reported once and not followed further, so
     * neither a long chain nor a lattice of calls can overflow the stack or take exponential time.
     */
    private int dfs(String routine, List<String> path) {
        int at = path.indexOf(routine);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(routine);
            String key = String.join(">", new java.util.TreeSet<>(cycle));
            if (reported.add(key)) {
                diagnostics.error("E0285", callSpan(path.get(path.size() - 1), routine), "recursion: " + String.join(" -> ", cycle),
                        "routines are inlined at each call, so a model cannot recurse; unroll it by hand");
            }
            return 0;
        }
        Integer known = depth.get(routine);
        if (known != null) {
            return known;
        }
        if (path.size() > MAX_CALL_DEPTH) {
            return MAX_CALL_DEPTH + 1;
        }
        path.add(routine);
        int d = 1;
        String deepest = null;
        for (Call c : calls.getOrDefault(routine, List.of())) {
            int below = dfs(c.target(), path);
            if (below + 1 > d) {
                d = below + 1;
                deepest = c.target();
            }
        }
        path.remove(path.size() - 1);
        depth.put(routine, d);
        if (d > MAX_CALL_DEPTH && !tooDeep) {
            tooDeep = true;
            diagnostics.error("E0289", callSpan(routine, deepest), "calls nest more than " + MAX_CALL_DEPTH
                    + " routines deep from `" + routine + "`", "every call is inlined; flatten the chain of routines");
        }
        return d;
    }

    private Span callSpan(String caller, String callee) {
        return calls.get(caller).stream().filter(c -> c.target().equals(callee)).findFirst().orElseThrow().span();
    }
}
