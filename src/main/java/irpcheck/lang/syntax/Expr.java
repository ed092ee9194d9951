package irpcheck.lang.syntax;

import irpcheck.source.Span;

import java.util.List;

/** Expressions. Immutable records; passes switch over them exhaustively. */
public sealed interface Expr {
    Span span();

    /** An integer literal. */
    record IntLit(long value, Span span) implements Expr { }

    /** {@code true} or {@code false}. */
    record BoolLit(boolean value, Span span) implements Expr { }

    /** {@code null}: the empty object or routine reference. */
    record NullLit(Span span) implements Expr { }

    /** A string literal; only legal as an assertion message. */
    record StringLit(String value, Span span) implements Expr { }

    /** A name: a variable, constant, enum member, routine, lock or thread. */
    record Name(Ident ident, Span span) implements Expr { }

    /** {@code self}: the index of the running thread within its thread array (0 for a single thread). */
    record Self(Span span) implements Expr { }

    /** {@code target.field}. */
    record Field(Expr target, Ident field, Span span) implements Expr { }

    /** {@code target[index]}. */
    record Index(Expr target, Expr index, Span span) implements Expr { }

    /** {@code callee(args)}: a routine, a routine reference, or a built-in. */
    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code new T}: allocate an object from T's pool. */
    record New(Ident type, Span span) implements Expr { }

    /** {@code Thread@label} or {@code Thread[i]@label}: the thread is at that label. */
    record At(Expr thread, Ident label, Span span) implements Expr { }

    /** A unary operator application. */
    record Unary(UnaryOp op, Expr operand, Span span) implements Expr { }

    /** A binary operator application. */
    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr { }

    /** Unary operators. */
    enum UnaryOp {
        NOT("!"), NEG("-");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Binary operators, lowest precedence first within {@link #precedence}. */
    enum BinaryOp {
        OR("||", 1), AND("&&", 2), EQ("==", 3), NE("!=", 3), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
        ADD("+", 5), SUB("-", 5), MUL("*", 6), DIV("/", 6), MOD("%", 6);

        public final String symbol;
        public final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }
}
