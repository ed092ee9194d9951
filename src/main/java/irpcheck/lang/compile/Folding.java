package irpcheck.lang.compile;

import irpcheck.lang.syntax.Expr;

/**
 * Constant folding, so that what a model fixes with a constant ({@code -D FIXED=1}) costs the reduction
 * nothing. An operator over values known at compile time is one {@link Ev.Const}; {@code false && x} and
 * {@code true || x} do not compile {@code x} at all, since it is never evaluated, so its accesses reach no
 * footprint; {@code x && false} is false and reads nothing when evaluating {@code x} cannot halt, and is
 * {@link Ev.NeverTrue} when it can (a step it guards is never taken, but the guard still runs). Not
 * thread-safe; compile time only.
 */
final class Folding {
    private final ExprCompiler compiler;

    Folding(ExprCompiler compiler) {
        this.compiler = compiler;
    }

    /** {@code op}, or its value when all its operands are constants and computing it does not halt. */
    static Ev fold(Ev op, Ev... operands) {
        for (Ev o : operands) {
            if (!(o instanceof Ev.Const)) {
                return op;
            }
        }
        try {
            return new Ev.Const(op.eval(new int[0]));
        } catch (Halt h) {
            // a division by zero or an overflow of constants: left to the run, which reports it as it happens
            return op;
        }
    }

    /** {@code &&} or {@code ||}, folded where one side decides. */
    Ev logical(Expr.Binary b) {
        boolean and = b.op() == Expr.BinaryOp.AND;
        AccessLog leftLog = new AccessLog();
        Ev l = compiler.logTo(leftLog).expr(b.left());
        if (l instanceof Ev.Const c) {
            // the right side is evaluated only when the left does not decide
            return decides(c, and) ? new Ev.Const(and ? 0 : 1) : truth(compiler.expr(b.right()));
        }
        if (and && l instanceof Ev.NeverTrue) {
            compiler.log().addAll(leftLog);
            return l;
        }
        AccessLog rightLog = new AccessLog();
        Ev r = compiler.logTo(rightLog).expr(b.right());
        if (r instanceof Ev.Const c && decides(c, and) && cannotHalt(b.left())) {
            // l && false, l || true, with l evaluated for nothing: a constant, l's reads dropped
            return new Ev.Const(and ? 0 : 1);
        }
        compiler.log().addAll(leftLog);
        if (r instanceof Ev.Const c) {
            return decides(c, and) ? evaluatedFor(l, and) : truth(l);
        }
        compiler.log().addAll(rightLog);
        if (and) {
            Ev op = s -> l.eval(s) != 0 && r.eval(s) != 0 ? 1 : 0;
            return r instanceof Ev.NeverTrue ? new Ev.NeverTrue(op) : op;
        }
        return s -> l.eval(s) != 0 || r.eval(s) != 0 ? 1 : 0;
    }

    /** Whether constant {@code c} on one side decides {@code &&} (false) or {@code ||} (true). */
    private static boolean decides(Ev.Const c, boolean and) {
        return (c.value() != 0) != and;
    }

    /** {@code l && false} or {@code l || true} where evaluating {@code l} may halt: its value is known. */
    private static Ev evaluatedFor(Ev l, boolean and) {
        return and ? new Ev.NeverTrue(l) : s -> {
            l.eval(s);
            return 1;
        };
    }

    /** {@code x} as a truth value (1 or 0). */
    private static Ev truth(Ev x) {
        return switch (x) {
            case Ev.Const c -> new Ev.Const(c.value() != 0 ? 1 : 0);
            case Ev.NeverTrue n -> n;
            default -> s -> x.eval(s) != 0 ? 1 : 0;
        };
    }

    /** Whether evaluating {@code e} never halts: names, literals and comparisons, {@code !} and logic over them. */
    static boolean cannotHalt(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> true;
            case Expr.BoolLit b -> true;
            case Expr.NullLit n -> true;
            case Expr.Self s -> true;
            case Expr.Name n -> true;
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT && cannotHalt(u.operand());
            case Expr.Binary b -> b.op().precedence <= Expr.BinaryOp.GE.precedence
                    && cannotHalt(b.left()) && cannotHalt(b.right());
            default -> false;
        };
    }
}
