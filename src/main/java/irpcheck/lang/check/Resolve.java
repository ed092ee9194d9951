package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.TypeExpr;
import irpcheck.source.Diagnostics;

/**
 * Resolution for later stages, on a model that already passed the checker (so nothing is reported).
 * Stateless.
 */
public final class Resolve {
    private Resolve() {
    }

    public static Type type(ResolvedModel model, TypeExpr t) {
        Diagnostics ignored = new Diagnostics();
        return new TypeResolver(new ConstEvaluator(model.consts(), ignored), model.enums(), model.structs().keySet(),
                ignored).resolve(t);
    }

    public static long constant(ResolvedModel model, Expr e) {
        Long v = new ConstEvaluator(model.consts(), new Diagnostics()).eval(e);
        return v == null ? 0 : v;
    }
}
