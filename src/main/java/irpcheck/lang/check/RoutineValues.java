package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routines a model uses as values (stored in a routine reference or passed as an argument): the
 * only routines a call through a reference can reach. Stateless.
 */
public final class RoutineValues {
    private RoutineValues() {
    }

    public static Set<String> of(ResolvedModel model) {
        Set<String> out = new TreeSet<>();
        List<Stmt> bodies = new ArrayList<>();
        model.routines().values().forEach(r -> bodies.add(r.body()));
        model.threads().forEach(t -> bodies.add(t.body()));
        for (Stmt body : bodies) {
            Set<Span> callees = new HashSet<>();
            List<Expr.Name> names = new ArrayList<>();
            StmtWalker.statements(body, s -> StmtWalker.expressions(s, e -> {
                if (e instanceof Expr.Call c) {
                    callees.add(c.callee().span());
                } else if (e instanceof Expr.Name n) {
                    names.add(n);
                }
            }));
            for (Expr.Name n : names) {
                if (!callees.contains(n.span()) && model.routines().containsKey(n.ident().name())) {
                    out.add(n.ident().name());
                }
            }
        }
        model.globals().values().forEach(g -> addInit(model, g.init(), out));
        model.structs().values().forEach(s -> s.fields().forEach(f -> addInit(model, f.init(), out)));
        return out;
    }

    private static void addInit(ResolvedModel model, Expr init, Set<String> out) {
        if (init instanceof Expr.Name n && model.routines().containsKey(n.ident().name())) {
            out.add(n.ident().name());
        }
    }
}
