package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.source.Diagnostics;

import java.util.Map;

/**
 * Evaluates constant integer expressions (array sizes, ranges, pool sizes, constants). Stateless
 * apart from the constant table it reads.
 */
final class ConstEvaluator {
    private final Map<String, Long> consts;
    private final Diagnostics diagnostics;

    ConstEvaluator(Map<String, Long> consts, Diagnostics diagnostics) {
        this.consts = consts;
        this.diagnostics = diagnostics;
    }

    /** The value, or null (after reporting) when the expression is not a constant integer. */
    Long eval(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.value();
            case Expr.Name n -> {
                Long v = consts.get(n.ident().name());
                if (v == null) {
                    diagnostics.error("E0201", e.span(), "`" + n.ident().name() + "` is not a constant",
                            "sizes and ranges must be integer literals or `const` names");
                }
                yield v;
            }
            case Expr.Unary u when u.op() == Expr.UnaryOp.NEG -> {
                Long v = eval(u.operand());
                yield v == null ? null : -v;
            }
            case Expr.Binary b when b.op().precedence >= 5 -> binary(b);
            default -> {
                diagnostics.error("E0202", e.span(), "expected a constant integer expression");
                yield null;
            }
        };
    }

    private Long binary(Expr.Binary b) {
        Long l = eval(b.left());
        Long r = eval(b.right());
        if (l == null || r == null) {
            return null;
        }
        if ((b.op() == Expr.BinaryOp.DIV || b.op() == Expr.BinaryOp.MOD) && r == 0) {
            diagnostics.error("E0203", b.span(), "division by zero in a constant expression");
            return null;
        }
        long v = switch (b.op()) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> l / r;
            case MOD -> Math.floorMod(l, r);
            default -> throw new IllegalStateException(b.op().name());
        };
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            diagnostics.error("E0204", b.span(), "constant " + v + " does not fit in 32 bits");
            return null;
        }
        return v;
    }
}
