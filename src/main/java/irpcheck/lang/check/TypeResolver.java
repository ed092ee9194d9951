package irpcheck.lang.check;

import irpcheck.lang.syntax.TypeExpr;
import irpcheck.source.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns written types into resolved {@link Type}s, reporting unknown names and bad bounds. */
final class TypeResolver {
    static final int MAX_ARRAY = 4096;

    private final ConstEvaluator consts;
    private final Map<String, Type.Enum> enums;
    private final Set<String> structs;
    private final Diagnostics diagnostics;

    TypeResolver(ConstEvaluator consts, Map<String, Type.Enum> enums, Set<String> structs, Diagnostics diagnostics) {
        this.consts = consts;
        this.enums = enums;
        this.structs = structs;
        this.diagnostics = diagnostics;
    }

    Type resolve(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Bool b -> new Type.Bool();
            case TypeExpr.SpinLock s -> new Type.Lock();
            case TypeExpr.Ptr p -> new Type.Ref(null);
            case TypeExpr.Range r -> range(r);
            case TypeExpr.Named n -> named(n);
            case TypeExpr.Array a -> array(a);
            case TypeExpr.ListOf l -> list(l);
            case TypeExpr.Routine r -> routine(r);
        };
    }

    private Type range(TypeExpr.Range r) {
        Long lo = consts.eval(r.lo());
        Long hi = consts.eval(r.hi());
        if (lo == null || hi == null) {
            return new Type.Error();
        }
        if (lo > hi) {
            diagnostics.error("E0210", r.span(), "empty range " + lo + ".." + hi, "the lower bound comes first");
            return new Type.Error();
        }
        return new Type.Int(lo, hi);
    }

    private Type named(TypeExpr.Named n) {
        String name = n.name().name();
        if (enums.containsKey(name)) {
            return enums.get(name);
        }
        if (structs.contains(name)) {
            return new Type.Ref(name);
        }
        List<String> known = new ArrayList<>(enums.keySet());
        known.addAll(structs);
        known.addAll(List.of("bool", "spinlock", "ptr"));
        diagnostics.error("E0211", n.span(), "unknown type `" + name + "`", Names.suggest(name, known));
        return new Type.Error();
    }

    private Type array(TypeExpr.Array a) {
        Type element = resolve(a.element());
        Integer size = size(a.size(), "array");
        if (size == null || element instanceof Type.Error) {
            return new Type.Error();
        }
        if (element instanceof Type.ListOf) {
            diagnostics.error("E0212", a.span(), "arrays of lists are not supported", "use a struct with a list field");
            return new Type.Error();
        }
        return new Type.Array(element, size);
    }

    private Type list(TypeExpr.ListOf l) {
        Type element = resolve(l.element());
        Integer capacity = size(l.capacity(), "list");
        if (capacity == null || element instanceof Type.Error) {
            return new Type.Error();
        }
        if (!element.isScalar() || element instanceof Type.Lock) {
            diagnostics.error("E0213", l.element().span(), "a list holds plain values or references, not `"
                    + element.show() + "`");
            return new Type.Error();
        }
        return new Type.ListOf(element, capacity);
    }

    private Type routine(TypeExpr.Routine r) {
        List<Type> params = new ArrayList<>();
        for (TypeExpr p : r.params()) {
            params.add(resolve(p));
        }
        return new Type.Routine(params, r.result() == null ? null : resolve(r.result()));
    }

    private Integer size(irpcheck.lang.syntax.Expr e, String what) {
        Long v = consts.eval(e);
        if (v == null) {
            return null;
        }
        if (v < 1 || v > MAX_ARRAY) {
            diagnostics.error("E0214", e.span(), "a " + what + " needs between 1 and " + MAX_ARRAY
                    + " elements, not " + v);
            return null;
        }
        return v.intValue();
    }
}
