package irpcheck.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Types: {@code bool}, {@code spinlock}, {@code ptr}, {@code list<T>[n]}, {@code routine(T,..) -> R},
 * ranges {@code lo..hi} and named types, each with optional {@code [n]} array suffixes. Not
 * thread-safe (it advances a shared {@link TokenStream}).
 */
final class TypeParser {
    private final TokenStream ts;
    private final ExprParser exprs;

    TypeParser(TokenStream ts, ExprParser exprs) {
        this.ts = ts;
        this.exprs = exprs;
    }

    /** {@code base ("[" expr "]")*}. */
    TypeExpr type() {
        ts.enter();
        try {
            Token start = ts.peek();
            TypeExpr type = base();
            // Each dimension nests the type one level deeper, and later passes recurse over it.
            int levels = 0;
            try {
                while (ts.match(TokenKind.LBRACKET)) {
                    ts.enter();
                    levels++;
                    Expr size = exprs.expression();
                    ts.expect(TokenKind.RBRACKET, "after the array size");
                    type = new TypeExpr.Array(type, size, ts.spanFrom(start));
                }
            } finally {
                ts.leave(levels);
            }
            return type;
        } finally {
            ts.leave();
        }
    }

    private TypeExpr base() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case BOOL -> new TypeExpr.Bool(ts.advance().span());
            case SPINLOCK -> new TypeExpr.SpinLock(ts.advance().span());
            case PTR -> new TypeExpr.Ptr(ts.advance().span());
            case LIST -> listType();
            case ROUTINE -> routineType();
            case IDENT -> isRangeStart() ? range() : named();
            default -> {
                if (ExprParser.startsExpression(t.kind()) && t.kind() != TokenKind.STRING) {
                    yield range();
                }
                throw ts.error(SyntaxCodes.EXPECTED_TYPE, "expected a type, found " + t.describe(),
                        "types are `bool`, `spinlock`, `ptr`, `lo..hi`, `list<T>[n]`, `routine(T) -> R`,"
                                + " an enum or a struct, each optionally with `[n]`");
            }
        };
    }

    /** An identifier starts a range ({@code N..4}, {@code N-1..N}) when an operator or {@code ..} follows it. */
    private boolean isRangeStart() {
        return switch (ts.peek(1).kind()) {
            case DOTDOT, PLUS, MINUS, STAR, SLASH, PERCENT -> true;
            default -> false;
        };
    }

    private TypeExpr named() {
        Token t = ts.advance();
        return new TypeExpr.Named(new Ident(t.text(), t.span()), t.span());
    }

    /** {@code additive ".." additive}. */
    private TypeExpr range() {
        Token start = ts.peek();
        Expr lo = exprs.typeBound();
        if (!ts.check(TokenKind.DOTDOT)) {
            throw ts.error(SyntaxCodes.EXPECTED_TYPE, "expected a type, found " + start.describe(),
                    "a bounded integer type is written `lo..hi`, e.g. `0..3`");
        }
        ts.advance();
        Expr hi = exprs.typeBound();
        return new TypeExpr.Range(lo, hi, ts.spanFrom(start));
    }

    /** {@code "list" "<" type ">" "[" expr "]"}. */
    private TypeExpr listType() {
        Token start = ts.advance();
        ts.expect(TokenKind.LT, "after `list`");
        TypeExpr element = type();
        ts.expect(TokenKind.GT, "to close `list<`");
        ts.expect(TokenKind.LBRACKET, "before the list's capacity (`list<T>[n]`)");
        Expr capacity = exprs.expression();
        ts.expect(TokenKind.RBRACKET, "after the list's capacity");
        return new TypeExpr.ListOf(element, capacity, ts.spanFrom(start));
    }

    /** {@code "routine" "(" (type ("," type)*)? ")" ("->" type)?}. */
    private TypeExpr routineType() {
        Token start = ts.advance();
        ts.expect(TokenKind.LPAREN, "after `routine` in a type");
        List<TypeExpr> params = new ArrayList<>();
        if (!ts.check(TokenKind.RPAREN)) {
            do {
                params.add(type());
            } while (ts.match(TokenKind.COMMA));
        }
        ts.expect(TokenKind.RPAREN, "to close the parameter types");
        TypeExpr result = ts.match(TokenKind.ARROW) ? type() : null;
        return new TypeExpr.Routine(params, result, ts.spanFrom(start));
    }
}
