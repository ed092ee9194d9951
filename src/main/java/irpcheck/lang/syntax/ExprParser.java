package irpcheck.lang.syntax;

import irpcheck.lang.syntax.Expr.BinaryOp;
import irpcheck.lang.syntax.Expr.UnaryOp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Expressions, one method per grammar rule from {@code expr} down to {@code primary}. Binary
 * operators are left-associative; each node's span runs from its first token to its last. Not
 * thread-safe (it advances a shared {@link TokenStream}).
 */
final class ExprParser {
    private final TokenStream ts;
    /** Inside a range bound of a type, where {@code 0..3[2]} means an array of {@code 0..3}, not an index. */
    private boolean noIndex;

    ExprParser(TokenStream ts) {
        this.ts = ts;
    }

    Expr expression() {
        ts.enter();
        try {
            return or();
        } finally {
            ts.leave();
        }
    }

    /** An additive expression whose {@code [} is left for a type's array suffix. */
    Expr typeBound() {
        boolean saved = noIndex;
        noIndex = true;
        try {
            return additive();
        } finally {
            noIndex = saved;
        }
    }

    private Expr or() {
        return leftAssociative(this::and, TokenKind.OROR);
    }

    private Expr and() {
        return leftAssociative(this::equality, TokenKind.ANDAND);
    }

    private Expr equality() {
        return leftAssociative(this::relation, TokenKind.EQ, TokenKind.NE);
    }

    private Expr relation() {
        return leftAssociative(this::additive, TokenKind.LT, TokenKind.LE, TokenKind.GT, TokenKind.GE);
    }

    Expr additive() {
        return leftAssociative(this::term, TokenKind.PLUS, TokenKind.MINUS);
    }

    private Expr term() {
        return leftAssociative(this::unary, TokenKind.STAR, TokenKind.SLASH, TokenKind.PERCENT);
    }

    /** {@code next (op next)*} for the given operator tokens, folded to the left. */
    private Expr leftAssociative(Supplier<Expr> next, TokenKind... operators) {
        Token start = ts.peek();
        Expr left = next.get();
        // Each operator nests the tree one level deeper (a + b + c is (a + b) + c), and later passes
        // recurse over it: count the levels, so that a chain of thousands is an error, not a stack overflow.
        int levels = 0;
        try {
            while (checkAny(operators)) {
                ts.enter();
                levels++;
                BinaryOp op = binaryOp(ts.advance().kind());
                Expr right = next.get();
                left = new Expr.Binary(op, left, right, ts.spanFrom(start));
            }
            return left;
        } finally {
            ts.leave(levels);
        }
    }

    private boolean checkAny(TokenKind... kinds) {
        for (TokenKind k : kinds) {
            if (ts.check(k)) {
                return true;
            }
        }
        return false;
    }

    private static BinaryOp binaryOp(TokenKind kind) {
        return switch (kind) {
            case OROR -> BinaryOp.OR;
            case ANDAND -> BinaryOp.AND;
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case PERCENT -> BinaryOp.MOD;
            default -> throw new IllegalArgumentException("not a binary operator: " + kind);
        };
    }

    private Expr unary() {
        if (!ts.check(TokenKind.BANG) && !ts.check(TokenKind.MINUS)) {
            return postfix();
        }
        Token op = ts.advance();
        ts.enter();
        try {
            Expr operand = unary();
            return new Expr.Unary(op.kind() == TokenKind.BANG ? UnaryOp.NOT : UnaryOp.NEG, operand, ts.spanFrom(op));
        } finally {
            ts.leave();
        }
    }

    /** {@code primary ("." IDENT | "[" expr "]" | "(" args ")" | "@" IDENT)*}. */
    Expr postfix() {
        Token start = ts.peek();
        Expr e = primary();
        // a.b.c and x[0][0] nest like operators do (see leftAssociative): count the levels.
        int levels = 0;
        try {
            while (startsPostfix()) {
                ts.enter();
                levels++;
                e = postfixOne(e, start);
            }
            return e;
        } finally {
            ts.leave(levels);
        }
    }

    private boolean startsPostfix() {
        return ts.check(TokenKind.DOT) || (!noIndex && ts.check(TokenKind.LBRACKET)) || ts.check(TokenKind.LPAREN)
                || ts.check(TokenKind.AT);
    }

    private Expr postfixOne(Expr e, Token start) {
        if (ts.match(TokenKind.DOT)) {
            return new Expr.Field(e, ts.expectName("after `.`"), ts.spanFrom(start));
        }
        if (ts.match(TokenKind.LPAREN)) {
            List<Expr> args = arguments();
            return new Expr.Call(e, args, ts.spanFrom(start));
        }
        if (ts.match(TokenKind.AT)) {
            return new Expr.At(e, ts.expectName("of a label after `@`"), ts.spanFrom(start));
        }
        ts.expect(TokenKind.LBRACKET, "for an index");
        Expr index = nested();
        ts.expect(TokenKind.RBRACKET, "to close the index");
        return new Expr.Index(e, index, ts.spanFrom(start));
    }

    /** After {@code (}: arguments up to and including {@code )}. */
    private List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        if (!ts.check(TokenKind.RPAREN)) {
            do {
                args.add(nested());
            } while (ts.match(TokenKind.COMMA));
        }
        ts.expect(TokenKind.RPAREN, "to close the argument list");
        return args;
    }

    /** An expression inside brackets, where {@code [} is an index again even within a type bound. */
    private Expr nested() {
        boolean saved = noIndex;
        noIndex = false;
        try {
            return expression();
        } finally {
            noIndex = saved;
        }
    }

    private Expr primary() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case INT -> new Expr.IntLit(ts.advance().intValue(), t.span());
            case TRUE, FALSE -> new Expr.BoolLit(ts.advance().kind() == TokenKind.TRUE, t.span());
            case NULL -> new Expr.NullLit(ts.advance().span());
            case SELF -> new Expr.Self(ts.advance().span());
            case STRING -> new Expr.StringLit(ts.advance().stringValue(), t.span());
            case IDENT -> {
                ts.advance();
                yield new Expr.Name(new Ident(t.text(), t.span()), t.span());
            }
            case NEW -> {
                ts.advance();
                Ident type = ts.expectName("of a struct after `new`");
                yield new Expr.New(type, ts.spanFrom(t));
            }
            case LPAREN -> parenthesized();
            default -> throw ts.error(SyntaxCodes.EXPECTED_EXPRESSION, "expected an expression, found " + t.describe());
        };
    }

    private Expr parenthesized() {
        ts.advance();
        Expr inner = nested();
        ts.expect(TokenKind.RPAREN, "to close the parenthesis");
        return inner;
    }

    /** Whether {@code kind} can begin an expression (used to tell a range type from other types). */
    static boolean startsExpression(TokenKind kind) {
        return switch (kind) {
            case INT, TRUE, FALSE, NULL, SELF, STRING, IDENT, NEW, LPAREN, BANG, MINUS -> true;
            default -> false;
        };
    }
}
