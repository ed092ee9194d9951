package irpcheck.lang.compile;

import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Decl;
import irpcheck.model.Fairness;
import irpcheck.model.LivenessProperty;
import irpcheck.model.StatePredicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lowers liveness properties to {@link LivenessProperty} instances: one per pool object for a
 * {@code forall} property, one otherwise. The quantified variable is not part of the state: each
 * instance evaluates its conditions on a copy of the state with one extra slot past the end holding
 * the object's (live, not stale) reference, and compiles the variable to that slot. Conditions are
 * read as the system would read them: a retired object's fields may be read, a free object's fields
 * read as zero, and a condition that cannot be evaluated (a null dereference) counts as false.
 * Not thread-safe; one per compilation.
 */
final class PropertyCompiler {

    private final Program program;

    PropertyCompiler(Program program) {
        this.program = program;
    }

    /** Every instance, in declaration order, objects in pool order. */
    List<LivenessProperty> compile() {
        int width = program.slots.size();
        List<LivenessProperty> out = new ArrayList<>();
        for (ResolvedModel.PropertyDef p : program.model.properties()) {
            if (p.variable() == null) {
                out.add(instance(p, width, "", 0));
                continue;
            }
            for (Heap.Obj o : program.heap.pool(p.struct())) {
                out.add(instance(p, width, o.name(), Heap.encode(o.id())));
            }
        }
        return out;
    }

    private LivenessProperty instance(ResolvedModel.PropertyDef p, int width, String object, int ref) {
        Scope scope = new Scope(null);
        if (p.variable() != null) {
            scope.define(p.variable(), new Scope.Var(new Type.Ref(p.struct()), width));
        }
        Context ctx = new Context(-1, 0, "property " + p.name(), true, scope);
        StatePredicate trigger = p.trigger() == null ? s -> true : predicate(ctx, p.trigger(), width, ref);
        StatePredicate goal = predicate(ctx, p.goal(), width, ref);
        return new LivenessProperty(p.name(), object, trigger, goal, p.text(), p.span());
    }

    private StatePredicate predicate(Context ctx, irpcheck.lang.syntax.Expr e, int width, int ref) {
        Ev ev = new ExprCompiler(program, ctx, new AccessLog()).expr(e);
        return state -> {
            int[] extended = Arrays.copyOf(state, width + 1);
            extended[width] = ref;
            try {
                return ev.eval(extended) != 0;
            } catch (Halt h) {
                return false;
            }
        };
    }

    /** The fairness of a thread declaration's instances. */
    static Fairness fairness(Decl.ThreadFairness f) {
        return switch (f) {
            case WEAK -> Fairness.WEAK;
            case STRONG -> Fairness.STRONG;
            case UNFAIR -> Fairness.UNFAIR;
        };
    }
}
