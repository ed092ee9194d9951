package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;

import java.util.function.Consumer;

/** Visits every statement and every expression below a statement, in source order. Stateless. */
final class StmtWalker {
    private StmtWalker() {
    }

    static void statements(Stmt s, Consumer<Stmt> visit) {
        visit.accept(s);
        switch (s) {
            case Stmt.Block b -> b.statements().forEach(x -> statements(x, visit));
            case Stmt.If i -> {
                statements(i.then(), visit);
                if (i.otherwise() != null) {
                    statements(i.otherwise(), visit);
                }
            }
            case Stmt.While w -> statements(w.body(), visit);
            case Stmt.Atomic a -> statements(a.body(), visit);
            case Stmt.Either e -> e.branches().forEach(x -> statements(x, visit));
            case Stmt.Labeled l -> statements(l.statement(), visit);
            default -> { }
        }
    }

    /** Every expression directly held by one statement (not those of nested statements). */
    static void expressions(Stmt s, Consumer<Expr> visit) {
        switch (s) {
            case Stmt.Let l -> {
                if (l.init() != null) {
                    expr(l.init(), visit);
                }
            }
            case Stmt.Assign a -> {
                expr(a.target(), visit);
                expr(a.value(), visit);
            }
            case Stmt.ExprStmt e -> expr(e.call(), visit);
            case Stmt.If i -> expr(i.condition(), visit);
            case Stmt.While w -> expr(w.condition(), visit);
            case Stmt.Await a -> expr(a.condition(), visit);
            case Stmt.Assert a -> expr(a.condition(), visit);
            case Stmt.Choose c -> expr(c.target(), visit);
            case Stmt.Acquire a -> expr(a.lock(), visit);
            case Stmt.Release r -> expr(r.lock(), visit);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value(), visit);
                }
            }
            case Stmt.Free f -> expr(f.object(), visit);
            case Stmt.Retire r -> expr(r.object(), visit);
            default -> { }
        }
    }

    static void expr(Expr e, Consumer<Expr> visit) {
        visit.accept(e);
        switch (e) {
            case Expr.Field f -> expr(f.target(), visit);
            case Expr.Index i -> {
                expr(i.target(), visit);
                expr(i.index(), visit);
            }
            case Expr.Call c -> {
                expr(c.callee(), visit);
                c.args().forEach(a -> expr(a, visit));
            }
            case Expr.At a -> expr(a.thread(), visit);
            case Expr.Unary u -> expr(u.operand(), visit);
            case Expr.Binary b -> {
                expr(b.left(), visit);
                expr(b.right(), visit);
            }
            default -> { }
        }
    }
}
