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
    /** Names of unbounded integer types in other languages, which a newcomer may try. */
    private static final Set<String> UNBOUNDED = Set.of("int", "integer", "long", "short", "byte", "char", "nat", "uint",
            "unsigned", "ULONG", "LONG", "INT", "UINT", "SIZE_T", "size_t", "NTSTATUS", "number");

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
        if (UNBOUNDED.contains(name)) {
            // The state space must be finite: every integer variable says its range.
            diagnostics.error("E0218", n.span(), "`" + name + "` is unbounded: integers in a model need a range",
                    "write the values it can take, e.g. `0..3` or `0..N-1`");
            return new Type.Error();
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
        long total = size * elements(element);
        if (total > MAX_ARRAY) {
            // Nested arrays multiply: bool[64][64] is 4096 slots of every state, bool[2][2]...[2] can be 2^n.
            diagnostics.error("E0215", a.span(), "this array has " + total + " elements in all, more than "
                    + MAX_ARRAY, "each element is a part of every state; use fewer or smaller dimensions");
            return new Type.Error();
        }
        return new Type.Array(element, size);
    }

    /** How many scalar elements an array type holds in all (1 for anything else). */
    private static long elements(Type t) {
        return t instanceof Type.Array a ? a.size() * elements(a.element()) : 1;
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
