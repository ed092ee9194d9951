package irpcheck.lang.compile;

import irpcheck.lang.check.CallTyper;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Ident;
import irpcheck.lang.syntax.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls nested in a statement's expressions ({@code if (IoSetCancelRoutine(irp, null) != null)}, {@code
 * F(G(x))}, {@code return f(x) + 1;}): each is compiled as its own steps, storing its result in a
 * temporary of the running routine, before the step of the statement that uses it, as a C compiler
 * sequences them: operands left to right, a call's arguments before the call, an assignment's value
 * before its target. In an {@code if} or {@code while} condition, {@code &&} and {@code ||} keep C's
 * order too: the right side, and its calls, run only when the left side does not decide, so such a
 * condition is tested in parts, each part one step. A temporary is zeroed as soon as its statement has
 * used it (dead values would otherwise split states). A statement without nested calls is compiled as
 * before. Not thread-safe; one per process.
 */
final class NestedCalls {
    private final ProcessCompiler pc;
    private int temps;

    /** An expression with its nested calls replaced by temporaries, and the node after their steps. */
    private record Sequenced(Expr expr, int at) { }

    NestedCalls(ProcessCompiler pc) {
        this.pc = pc;
    }

    /** Whether {@code s} has a call inside one of its expressions (a call that is the whole right side does not count). */
    boolean has(Stmt s, Frame f) {
        return switch (s) {
            case Stmt.Let l -> l.init() != null && inRightSide(l.init(), f);
            case Stmt.Assign a -> (a.op() == Stmt.AssignOp.SET ? inRightSide(a.value(), f) : any(a.value(), f))
                    || any(a.target(), f);
            case Stmt.ExprStmt e -> e.call().args().stream().anyMatch(x -> any(x, f));
            case Stmt.If i -> any(i.condition(), f);
            case Stmt.While w -> any(w.condition(), f);
            case Stmt.Assert a -> any(a.condition(), f);
            case Stmt.Return r -> r.value() != null && any(r.value(), f);
            case Stmt.Acquire a -> any(a.lock(), f);
            case Stmt.Release r -> any(r.lock(), f);
            case Stmt.Free fr -> any(fr.object(), f);
            case Stmt.Retire r -> any(r.object(), f);
            case Stmt.Choose c -> any(c.target(), f);
            default -> false;
        };
    }

    /** Compiles a statement for which {@link #has} is true; returns its exit node. */
    int statement(Stmt s, int entry, Frame f) {
        return switch (s) {
            case Stmt.If i -> ifStmt(i, entry, f);
            case Stmt.While w -> whileStmt(w, entry, f);
            default -> simple(s, entry, f);
        };
    }

    /** Any other statement: its calls, then the statement on their temporaries, which it zeroes. */
    private int simple(Stmt s, int entry, Frame f) {
        List<Integer> used = new ArrayList<>();
        int[] at = {entry};
        Stmt rewritten = switch (s) {
            case Stmt.Let l -> new Stmt.Let(l.name(), l.type(), rightSide(l.init(), at, f, used), l.span());
            case Stmt.Assign a -> {
                Expr value = a.op() == Stmt.AssignOp.SET ? rightSide(a.value(), at, f, used) : all(a.value(), at, f, used);
                yield new Stmt.Assign(all(a.target(), at, f, used), a.op(), value, a.span());
            }
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(arguments(e.call(), at, f, used), e.span());
            case Stmt.Assert a -> new Stmt.Assert(a.rule(), all(a.condition(), at, f, used), a.message(), a.span());
            case Stmt.Return r -> new Stmt.Return(all(r.value(), at, f, used), r.span());
            case Stmt.Acquire a -> new Stmt.Acquire(all(a.lock(), at, f, used), a.span());
            case Stmt.Release r -> new Stmt.Release(all(r.lock(), at, f, used), r.span());
            case Stmt.Free fr -> new Stmt.Free(all(fr.object(), at, f, used), fr.span());
            case Stmt.Retire r -> new Stmt.Retire(all(r.object(), at, f, used), r.rule(), r.span());
            case Stmt.Choose c -> new Stmt.Choose(all(c.target(), at, f, used), c.lo(), c.hi(), c.span());
            default -> throw new IllegalStateException("no nested calls in " + s);
        };
        return zeroAfter(pc.stmt(rewritten, at[0], f), used);
    }

    private int ifStmt(Stmt.If i, int entry, Frame f) {
        int thenEntry = pc.node();
        int elseEntry = pc.node();
        int join = pc.node();
        branch(i.condition(), entry, thenEntry, elseEntry, f, "if");
        pc.cfg.epsilon(pc.block(i.then(), thenEntry, f), join, Effect.NONE);
        int elseExit = i.otherwise() == null ? elseEntry : pc.stmt(i.otherwise(), elseEntry, f);
        pc.cfg.epsilon(elseExit, join, Effect.NONE);
        return join;
    }

    private int whileStmt(Stmt.While w, int entry, Frame f) {
        int bodyEntry = pc.node();
        int exit = pc.node();
        branch(w.condition(), entry, bodyEntry, exit, f, "while");
        pc.loopBody(w.body(), bodyEntry, exit, entry, f);
        return exit;
    }

    /**
     * Compiles the test of condition {@code c} from {@code at}: to {@code yes} when it holds, to {@code no}
     * when not. {@code &&} and {@code ||} with a call on their right, and {@code !} over such, are tested
     * in parts; anything else has its calls sequenced before one test step.
     */
    private void branch(Expr c, int at, int yes, int no, Frame f, String keyword) {
        if (c instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT && split(u.operand(), f)) {
            branch(u.operand(), at, no, yes, f, keyword);
            return;
        }
        if (c instanceof Expr.Binary b && split(b, f)) {
            int middle = pc.node();
            boolean and = b.op() == Expr.BinaryOp.AND;
            branch(b.left(), at, and ? middle : yes, and ? no : middle, f, keyword);
            branch(b.right(), middle, yes, no, f, keyword);
            return;
        }
        List<Integer> used = new ArrayList<>();
        int[] from = {at};
        Expr test = all(c, from, f, used);
        AccessLog log = new AccessLog();
        Ev ev = pc.exprs(f, log).expr(test);
        String text = keyword + " (" + ProcessCompiler.oneLine(c.span().text()) + ")";
        int toYes = pc.node();
        int toNo = pc.node();
        pc.step(from[0], toYes, s -> ev.eval(s) != 0, Effect.NONE, f, text, "true", c.span(), log);
        pc.step(from[0], toNo, s -> ev.eval(s) == 0, Effect.NONE, f, text, "false", c.span(), log);
        pc.cfg.epsilon(toYes, yes, zero(used));
        pc.cfg.epsilon(toNo, no, zero(used));
    }

    /** Whether a condition must be tested in parts: a logical operator with a call that C may not run. */
    private boolean split(Expr c, Frame f) {
        return switch (c) {
            case Expr.Binary b when b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR ->
                    any(b.right(), f) || split(b.left(), f);
            case Expr.Unary u when u.op() == Expr.UnaryOp.NOT -> split(u.operand(), f);
            default -> false;
        };
    }

    /** Whether a right side of {@code let} or {@code =} has a call to sequence (a whole call is compiled as itself). */
    private boolean inRightSide(Expr e, Frame f) {
        return e instanceof Expr.Call c && sequenced(c, f) ? c.args().stream().anyMatch(a -> any(a, f)) : any(e, f);
    }

    /** A right side of {@code let} or {@code =}: a whole call keeps its own compilation, its arguments are sequenced. */
    private Expr rightSide(Expr e, int[] at, Frame f, List<Integer> used) {
        return e instanceof Expr.Call c && sequenced(c, f) ? arguments(c, at, f, used) : all(e, at, f, used);
    }

    /** The call with its arguments' calls sequenced. */
    private Expr.Call arguments(Expr.Call c, int[] at, Frame f, List<Integer> used) {
        List<Expr> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(all(a, at, f, used));
        }
        return new Expr.Call(c.callee(), args, c.span());
    }

    /** {@code e} with every call in it sequenced, in C's order, into temporaries. */
    private Expr all(Expr e, int[] at, Frame f, List<Integer> used) {
        if (!any(e, f)) {
            return e;
        }
        return switch (e) {
            case Expr.Call c when sequenced(c, f) -> temporary(arguments(c, at, f, used), at, f, used);
            case Expr.Call c -> arguments(c, at, f, used);
            case Expr.Field x -> new Expr.Field(all(x.target(), at, f, used), x.field(), x.span());
            case Expr.Index x -> {
                Expr target = all(x.target(), at, f, used);
                yield new Expr.Index(target, all(x.index(), at, f, used), x.span());
            }
            case Expr.At x -> new Expr.At(all(x.thread(), at, f, used), x.label(), x.span());
            case Expr.Unary x -> new Expr.Unary(x.op(), all(x.operand(), at, f, used), x.span());
            case Expr.Binary x -> {
                Expr left = all(x.left(), at, f, used);
                yield new Expr.Binary(x.op(), left, all(x.right(), at, f, used), x.span());
            }
            default -> e;
        };
    }

    /** Compiles {@code call} (its arguments already sequenced) into a new temporary; returns the temporary's name. */
    private Expr temporary(Expr.Call call, int[] at, Frame f, List<Integer> used) {
        Type type = pc.program.typer(f.ctx()).rightSide(call);
        String key = "$" + temps++;
        Scope.Var v = pc.local(f, key, ProcessCompiler.oneLine(call.span().text()), type);
        for (int k = 0; k < type.slotCount(); k++) {
            used.add(v.slot() + k);
        }
        Expr.Name name = new Expr.Name(new Ident(key, call.span()), call.span());
        at[0] = pc.assignValue(name, type, call, at[0], f, new Stmt.ExprStmt(call, call.span()));
        return name;
    }

    /** Whether {@code e} holds a call that is its own steps. */
    private boolean any(Expr e, Frame f) {
        return switch (e) {
            case Expr.Call c -> sequenced(c, f) || c.args().stream().anyMatch(a -> any(a, f));
            case Expr.Field x -> any(x.target(), f);
            case Expr.Index x -> any(x.target(), f) || any(x.index(), f);
            case Expr.At x -> any(x.thread(), f);
            case Expr.Unary x -> any(x.operand(), f);
            case Expr.Binary x -> any(x.left(), f) || any(x.right(), f);
            default -> false;
        };
    }

    /** A call that takes steps: a routine call or a built-in with effects (a query built-in is part of its expression). */
    private boolean sequenced(Expr.Call c, Frame f) {
        if (c.callee() instanceof Expr.Name n && CallTyper.PURE.contains(n.ident().name())) {
            return f.ctx().scope().find(n.ident().name()) != null || pc.program.globals.find(n.ident().name()) != null;
        }
        return true;
    }

    private int zeroAfter(int exit, List<Integer> used) {
        if (used.isEmpty()) {
            return exit;
        }
        int next = pc.node();
        pc.cfg.epsilon(exit, next, zero(used));
        return next;
    }

    /** Zeroes the temporaries once their statement has read them. */
    private static Effect zero(List<Integer> used) {
        if (used.isEmpty()) {
            return Effect.NONE;
        }
        int[] slots = used.stream().mapToInt(Integer::intValue).toArray();
        return s -> {
            for (int slot : slots) {
                s[slot] = 0;
            }
        };
    }
}
