package irpcheck.lang.syntax;

import irpcheck.source.Span;

import java.util.List;

/** Top-level declarations. Immutable records. */
public sealed interface Decl {
    Span span();

    /** {@code import name;} a bundled library ({@code wdm}, {@code ndis}) or {@code name.irp} beside the file. */
    record Import(Ident name, Span span) implements Decl { }

    /** {@code const N = expr;} a compile-time integer, overridable from the command line. */
    record Const(Ident name, Expr value, Span span) implements Decl { }

    /** {@code enum Status { A, B }}. */
    record Enum(Ident name, List<Ident> members, Span span) implements Decl {
        public Enum {
            members = List.copyOf(members);
        }
    }

    /** {@code struct Irp { f: T [= init]; ... show "label" when cond; ... }}. */
    record Struct(Ident name, List<FieldDecl> fields, List<Show> shows, Span span) implements Decl {
        public Struct {
            fields = List.copyOf(fields);
            shows = List.copyOf(shows);
        }
    }

    /** A struct field. {@code init} may be null (zero). */
    record FieldDecl(Ident name, TypeExpr type, Expr init, Span span) { }

    /** {@code show "label" when cond;} inside a struct: how reports describe an object's life. */
    record Show(String label, Expr condition, Span span) { }

    /** {@code pool Irp[2];} a bounded pool of objects of a struct type. */
    record Pool(Ident type, Expr size, Span span) implements Decl { }

    /** {@code var x: T [= init];} a global variable. */
    record Var(Ident name, TypeExpr type, Expr init, Span span) implements Decl { }

    /**
     * {@code thread var x: T [= init];} a thread-local variable: every thread has its own slot, which the
     * routines running on that thread read and write as {@code x} (other code names one thread's slot as
     * {@code Thread[i].x}).
     */
    record ThreadVar(Ident name, TypeExpr type, Expr init, Span span) implements Decl { }

    /** {@code [system] routine f(p: T, ...) [-> R] { ... }}. */
    record Routine(boolean system, Ident name, List<Param> params, TypeExpr result, Stmt.Block body, Span span)
            implements Decl {
        public Routine {
            params = List.copyOf(params);
        }
    }

    /** A routine parameter. */
    record Param(Ident name, TypeExpr type, Span span) { }

    /**
     * {@code [weak|strong|unfair] [system] thread Name[count] { ... }}; count may be null (one thread);
     * {@code fairness} is what liveness checking may assume of each instance (weak when not written).
     */
    record Thread(boolean system, Ident name, Expr count, Stmt.Block body, Span span, ThreadFairness fairness)
            implements Decl {
        public Thread {
            fairness = fairness == null ? ThreadFairness.WEAK : fairness;
        }

        /** A thread with the default (weak) fairness. */
        public Thread(boolean system, Ident name, Expr count, Stmt.Block body, Span span) {
            this(system, name, count, body, span, ThreadFairness.WEAK);
        }
    }

    /** What a thread declaration says about fairness. */
    enum ThreadFairness { WEAK, STRONG, UNFAIR }

    /**
     * {@code property Name: [forall v: T ::] P ~> Q;} or {@code property Name: [forall v: T ::] always
     * eventually Q;} (then {@code trigger} is null). {@code variable} and {@code struct} are null when
     * the property is not quantified.
     */
    record Property(Ident name, Ident variable, Ident struct, Expr trigger, Expr goal, Span span) implements Decl { }

    /** {@code invariant Name: expr;} checked in every reachable state. */
    record Invariant(Ident name, Expr condition, Span span) implements Decl { }

    /** {@code expect holds;}, {@code expect deadlock;} or {@code expect violation Rule;}. */
    record Expect(ExpectKind kind, Ident rule, Span span) implements Decl { }

    /** What a model expects its check to show. */
    enum ExpectKind { HOLDS, DEADLOCK, VIOLATION }
}
