package irpcheck.lang.syntax;

import irpcheck.source.Span;

import java.util.List;

/** Types as written. Immutable records. */
public sealed interface TypeExpr {
    Span span();

    /** {@code bool}. */
    record Bool(Span span) implements TypeExpr { }

    /** {@code spinlock}. */
    record SpinLock(Span span) implements TypeExpr { }

    /** {@code ptr}: an untyped object reference (PVOID); reading it as a typed reference is checked. */
    record Ptr(Span span) implements TypeExpr { }

    /** {@code lo..hi}: a bounded integer. */
    record Range(Expr lo, Expr hi, Span span) implements TypeExpr { }

    /** A named type: an enum, or a struct (a reference to an object of that struct's pool). */
    record Named(Ident name, Span span) implements TypeExpr { }

    /** {@code T[n]}: a fixed array. */
    record Array(TypeExpr element, Expr size, Span span) implements TypeExpr { }

    /** {@code list<T>[n]}: a bounded list of at most n elements. */
    record ListOf(TypeExpr element, Expr capacity, Span span) implements TypeExpr { }

    /** {@code routine(T1, T2) -> R}: a reference to a routine of that signature (nullable). */
    record Routine(List<TypeExpr> params, TypeExpr result, Span span) implements TypeExpr {
        public Routine {
            params = List.copyOf(params);
        }
    }
}
