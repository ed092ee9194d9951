package irpcheck.lang.syntax;

import irpcheck.source.Span;

import java.util.List;

/** Statements. Each simple statement is one atomic step of its thread. Immutable records. */
public sealed interface Stmt {
    Span span();

    /** {@code { s1 s2 ... }}. */
    record Block(List<Stmt> statements, Span span) implements Stmt {
        public Block {
            statements = List.copyOf(statements);
        }
    }

    /** {@code let x [: T] [= e];} a local variable; with an initializer it is one step. */
    record Let(Ident name, TypeExpr type, Expr init, Span span) implements Stmt { }

    /** {@code target op value;} where op is {@code =}, {@code +=} or {@code -=}. */
    record Assign(Expr target, AssignOp op, Expr value, Span span) implements Stmt { }

    /** A call used as a statement: {@code f(a, b);}. */
    record ExprStmt(Expr.Call call, Span span) implements Stmt { }

    /** {@code if (c) {..} else ..}; the test is one step. {@code otherwise} is a Block, an If, or null. */
    record If(Expr condition, Block then, Stmt otherwise, Span span) implements Stmt { }

    /** {@code while (c) {..}}; the test is one step ({@code while (true)} has none). */
    record While(Expr condition, Block body, Span span) implements Stmt { }

    /** {@code await c;} blocks until c holds. */
    record Await(Expr condition, Span span) implements Stmt { }

    /** {@code assert [Rule:] c [: "message"];} a violation of Rule (default {@code Assertion}) when c is false. */
    record Assert(Ident rule, Expr condition, String message, Span span) implements Stmt { }

    /** {@code atomic {..}}: the whole block is one step. */
    record Atomic(Block body, Span span) implements Stmt { }

    /** {@code either {..} or {..} ...}: one branch, chosen nondeterministically. */
    record Either(List<Block> branches, Span span) implements Stmt {
        public Either {
            branches = List.copyOf(branches);
        }
    }

    /** {@code choose x in lo..hi;} assigns any value of the range, nondeterministically. */
    record Choose(Expr target, Expr lo, Expr hi, Span span) implements Stmt { }

    /** {@code acquire lock;} spins until the lock is free, then takes it. */
    record Acquire(Expr lock, Span span) implements Stmt { }

    /** {@code release lock;}. */
    record Release(Expr lock, Span span) implements Stmt { }

    /** {@code return [e];}. */
    record Return(Expr value, Span span) implements Stmt { }

    /** {@code free obj;} gives an object back to its pool; every reference to it becomes stale. */
    record Free(Expr object, Span span) implements Stmt { }

    /** {@code retire obj as Rule;} from now on driver code touching obj violates Rule. */
    record Retire(Expr object, Ident rule, Span span) implements Stmt { }

    /** {@code skip;} a step that does nothing. */
    record Skip(Span span) implements Stmt { }

    /** {@code break;} leaves the innermost loop. */
    record Break(Span span) implements Stmt { }

    /** {@code label: stmt}; the label names the location before stmt ({@code Thread@label}). */
    record Labeled(Ident label, Stmt statement, Span span) implements Stmt { }

    /** Compound assignment operators. */
    enum AssignOp {
        SET("="), ADD("+="), SUB("-=");

        public final String symbol;

        AssignOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
