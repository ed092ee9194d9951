package irpcheck.lang.check;

import irpcheck.lang.syntax.Decl;
import irpcheck.lang.syntax.Stmt;
import irpcheck.source.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that {@code expect violation Rule;} names a rule the model can break: an assertion's rule,
 * an invariant, a retire rule, or a built-in rule. Stateless.
 */
final class ExpectCheck {
    /** Rules the checker itself enforces. */
    static final List<String> BUILTIN = List.of("UseAfterFree", "LockDiscipline", "Bounds", "NullDereference",
            "TypeConfusion", "AtomicBlocked");

    private final ResolvedModel model;
    private final Diagnostics diagnostics;

    ExpectCheck(ResolvedModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    void check() {
        Decl.Expect e = model.expect();
        if (e == null || e.kind() != Decl.ExpectKind.VIOLATION) {
            return;
        }
        Set<String> rules = rules();
        if (!rules.contains(e.rule().name())) {
            List<String> hints = new ArrayList<>(List.of(Names.suggest(e.rule().name(), rules)));
            hints.add("rules here: " + String.join(", ", rules));
            diagnostics.error("E0286", e.rule().span(), "no rule `" + e.rule().name() + "` can break in this model",
                    hints.toArray(String[]::new));
        }
    }

    private Set<String> rules() {
        Set<String> rules = new TreeSet<>(BUILTIN);
        model.invariants().forEach(i -> rules.add(i.name()));
        model.properties().forEach(p -> rules.add(p.name()));
        List<Stmt> bodies = new ArrayList<>();
        model.routines().values().forEach(r -> bodies.add(r.body()));
        model.threads().forEach(t -> bodies.add(t.body()));
        for (Stmt body : bodies) {
            StmtWalker.statements(body, s -> {
                if (s instanceof Stmt.Assert a) {
                    rules.add(a.rule() == null ? "Assertion" : a.rule().name());
                } else if (s instanceof Stmt.Retire r) {
                    rules.add(r.rule().name());
                }
            });
        }
        return rules;
    }
}
