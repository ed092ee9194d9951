package irpcheck.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks and statements, one method per statement form. A broken statement is reported and skipped
 * (to its {@code ;} or the block's {@code }}) so that the rest of the block is still checked. Not
 * thread-safe (it advances a shared {@link TokenStream}).
 */
final class StmtParser {
    /** The most branches an {@code either} may have. */
    static final int MAX_BRANCHES = 256;

    private final TokenStream ts;
    private final ExprParser exprs;
    private final TypeParser types;

    StmtParser(TokenStream ts, ExprParser exprs, TypeParser types) {
        this.ts = ts;
        this.exprs = exprs;
        this.types = types;
    }

    /** {@code "{" stmt* "}"}; an unclosed block is reported at its {@code {} and returned as it stands. */
    Stmt.Block block(String what) {
        Token open = ts.expect(TokenKind.LBRACE, "to open " + what);
        List<Stmt> statements = new ArrayList<>();
        while (!ts.check(TokenKind.RBRACE) && !ts.atEnd() && !ts.endsBlock()) {
            int start = ts.position();
            try {
                statements.add(statement());
            } catch (ParseError e) {
                if (e.toDeclaration) {
                    throw e;
                }
                ts.syncStatement(start);
            }
        }
        if (!ts.match(TokenKind.RBRACE)) {
            ts.report(SyntaxCodes.UNCLOSED_BLOCK, open.span(), "unclosed block: this `{` has no matching `}`"
                    + " before " + ts.peek().describe());
        }
        return new Stmt.Block(statements, ts.spanFrom(open));
    }

    Stmt statement() {
        ts.enter();
        try {
            return switch (ts.peek().kind()) {
                case LBRACE -> block("a block");
                case LET -> let();
                case IF -> ifStatement();
                case WHILE -> whileStatement();
                case AWAIT -> await();
                case ASSERT -> assertStatement();
                case ATOMIC -> atomic();
                case EITHER -> either();
                case CHOOSE -> choose();
                case ACQUIRE, RELEASE, FREE -> lockOrFree();
                case RETURN -> returnStatement();
                case RETIRE -> retire();
                case SKIP, BREAK -> skipOrBreak();
                case ELSE -> throw ts.error(SyntaxCodes.STRAY_ELSE, "`else` without an `if` before it",
                        "an `else` must follow the `}` of an `if` block");
                case IDENT -> ts.peek(1).kind() == TokenKind.COLON ? labeled() : simple();
                default -> notAStatementStart();
            };
        } finally {
            ts.leave();
        }
    }

    private Stmt notAStatementStart() {
        Token t = ts.peek();
        if (ExprParser.startsExpression(t.kind()) && t.kind() != TokenKind.BANG && t.kind() != TokenKind.MINUS) {
            return simple();
        }
        if (t.kind() == TokenKind.VAR) {
            throw ts.error(SyntaxCodes.EXPECTED_STATEMENT, "expected a statement, found `var`",
                    "a local variable is declared with `let`");
        }
        throw ts.error(SyntaxCodes.EXPECTED_STATEMENT, "expected a statement, found " + t.describe());
    }

    /** {@code "let" IDENT (":" type)? ("=" expr)? ";"}. */
    private Stmt let() {
        Token start = ts.advance();
        Ident name = ts.expectName("after `let`");
        TypeExpr type = ts.match(TokenKind.COLON) ? types.type() : null;
        Expr init = ts.match(TokenKind.ASSIGN) ? exprs.expression() : null;
        ts.expectSemi("the `let`");
        return new Stmt.Let(name, type, init, ts.spanFrom(start));
    }

    /** {@code "if" "(" expr ")" block ("else" (block | ifstmt))?}. */
    private Stmt ifStatement() {
        Token start = ts.advance();
        Expr condition = condition("`if`");
        Stmt.Block then = block("the `if` body");
        Stmt otherwise = null;
        if (ts.match(TokenKind.ELSE)) {
            if (ts.check(TokenKind.IF)) {
                otherwise = statement();
            } else if (ts.check(TokenKind.LBRACE)) {
                otherwise = block("the `else` body");
            } else {
                throw ts.error(SyntaxCodes.EXPECTED_TOKEN, "expected `{` or `if` after `else`, found "
                        + ts.peek().describe());
            }
        }
        return new Stmt.If(condition, then, otherwise, ts.spanFrom(start));
    }

    /** {@code "(" expr ")"} after {@code if} or {@code while}. */
    private Expr condition(String after) {
        ts.expect(TokenKind.LPAREN, "after " + after);
        Expr condition = exprs.expression();
        ts.expect(TokenKind.RPAREN, "after the condition");
        return condition;
    }

    private Stmt whileStatement() {
        Token start = ts.advance();
        Expr condition = condition("`while`");
        Stmt.Block body = block("the `while` body");
        return new Stmt.While(condition, body, ts.spanFrom(start));
    }

    private Stmt await() {
        Token start = ts.advance();
        Expr condition = exprs.expression();
        ts.expectSemi("the `await` condition");
        return new Stmt.Await(condition, ts.spanFrom(start));
    }

    /** {@code "assert" (IDENT ":")? expr (":" STRING)? ";"}; {@code assert x : "m"} has no rule name. */
    private Stmt assertStatement() {
        Token start = ts.advance();
        Ident rule = null;
        if (ts.check(TokenKind.IDENT) && ts.peek(1).kind() == TokenKind.COLON
                && ts.peek(2).kind() != TokenKind.STRING) {
            rule = ts.expectName("of the rule");
            ts.advance();
        }
        Expr condition = exprs.expression();
        String message = null;
        if (ts.match(TokenKind.COLON)) {
            if (!ts.check(TokenKind.STRING)) {
                throw ts.error(SyntaxCodes.EXPECTED_STRING, "expected a string message after `:`, found "
                        + ts.peek().describe(), "write `assert Rule: condition : \"message\";`");
            }
            message = ts.advance().stringValue();
        }
        ts.expectSemi("the assertion");
        return new Stmt.Assert(rule, condition, message, ts.spanFrom(start));
    }

    private Stmt atomic() {
        Token start = ts.advance();
        Stmt.Block body = block("the `atomic` body");
        return new Stmt.Atomic(body, ts.spanFrom(start));
    }

    /** {@code "either" block ("or" block)+}; a lone branch is reported but kept. */
    private Stmt either() {
        Token start = ts.advance();
        List<Stmt.Block> branches = new ArrayList<>();
        branches.add(block("the first `either` branch"));
        while (ts.match(TokenKind.OR)) {
            branches.add(block("the `or` branch"));
        }
        if (branches.size() > MAX_BRANCHES) {
            // Compiling a choice costs more than linear in its branches; a choice this wide is a mistake.
            ts.report(SyntaxCodes.TOO_MANY_BRANCHES, start.span(), "`either` has " + branches.size()
                    + " branches, more than " + MAX_BRANCHES, "use `choose x in lo..hi;` and branch on x");
        }
        if (branches.size() < 2) {
            ts.report(SyntaxCodes.EITHER_WITHOUT_OR, start.span(), "`either` needs at least one `or` branch",
                    "write `either { ... } or { ... }`");
        }
        return new Stmt.Either(branches, ts.spanFrom(start));
    }

    /** {@code "choose" postfix "in" additive ".." additive ";"}. */
    private Stmt choose() {
        Token start = ts.advance();
        Expr target = exprs.postfix();
        ts.expect(TokenKind.IN, "after the variable of `choose`");
        Expr lo = exprs.additive();
        ts.expect(TokenKind.DOTDOT, "in the range of `choose` (`lo..hi`)");
        Expr hi = exprs.additive();
        ts.expectSemi("the `choose`");
        return new Stmt.Choose(target, lo, hi, ts.spanFrom(start));
    }

    /** {@code acquire e;}, {@code release e;} and {@code free e;}. */
    private Stmt lockOrFree() {
        Token start = ts.advance();
        Expr operand = exprs.expression();
        ts.expectSemi("the `" + start.text() + "`");
        return switch (start.kind()) {
            case ACQUIRE -> new Stmt.Acquire(operand, ts.spanFrom(start));
            case RELEASE -> new Stmt.Release(operand, ts.spanFrom(start));
            default -> new Stmt.Free(operand, ts.spanFrom(start));
        };
    }

    private Stmt returnStatement() {
        Token start = ts.advance();
        Expr value = ts.check(TokenKind.SEMI) ? null : exprs.expression();
        ts.expectSemi("the `return`");
        return new Stmt.Return(value, ts.spanFrom(start));
    }

    /** {@code "retire" expr "as" IDENT ";"}. */
    private Stmt retire() {
        Token start = ts.advance();
        Expr object = exprs.expression();
        ts.expect(TokenKind.AS, "after the object of `retire` (`retire o as Rule;`)");
        Ident rule = ts.expectName("of the rule after `as`");
        ts.expectSemi("the `retire`");
        return new Stmt.Retire(object, rule, ts.spanFrom(start));
    }

    private Stmt skipOrBreak() {
        Token start = ts.advance();
        ts.expectSemi("`" + start.text() + "`");
        return start.kind() == TokenKind.SKIP ? new Stmt.Skip(ts.spanFrom(start)) : new Stmt.Break(ts.spanFrom(start));
    }

    /** {@code IDENT ":" stmt}. */
    private Stmt labeled() {
        Token start = ts.advance();
        ts.advance();
        Ident label = new Ident(start.text(), start.span());
        if (ts.check(TokenKind.RBRACE) || ts.atEnd() || ts.endsBlock()) {
            throw ts.error(SyntaxCodes.LABEL_WITHOUT_STATEMENT, start.span(),
                    "label `" + start.text() + "` is not followed by a statement (found " + ts.peek().describe() + ")",
                    "a label names the location before a statement; write `" + start.text() + ": skip;`");
        }
        Stmt statement = statement();
        return new Stmt.Labeled(label, statement, ts.spanFrom(start));
    }

    /** {@code postfix ("=" | "+=" | "-=") expr ";"} or {@code call ";"}. */
    private Stmt simple() {
        Token start = ts.peek();
        Expr target = exprs.postfix();
        Stmt.AssignOp op = switch (ts.peek().kind()) {
            case ASSIGN -> Stmt.AssignOp.SET;
            case PLUS_ASSIGN -> Stmt.AssignOp.ADD;
            case MINUS_ASSIGN -> Stmt.AssignOp.SUB;
            default -> null;
        };
        if (op != null) {
            ts.advance();
            Expr value = exprs.expression();
            ts.expectSemi("the assignment");
            return new Stmt.Assign(target, op, value, ts.spanFrom(start));
        }
        if (target instanceof Expr.Call call) {
            ts.expectSemi("the call");
            return new Stmt.ExprStmt(call, ts.spanFrom(start));
        }
        throw notACallOrAssignment(target);
    }

    private ParseError notACallOrAssignment(Expr target) {
        Token found = ts.peek();
        if (found.kind() == TokenKind.SEMI) {
            return ts.error(SyntaxCodes.NOT_A_STATEMENT, target.span(),
                    "expected a call or an assignment, found an expression that does nothing",
                    "a statement is an assignment (`x = e;`), a call (`f(x);`) or starts with a keyword");
        }
        if (found.kind() == TokenKind.EQ) {
            return ts.error(SyntaxCodes.NOT_A_STATEMENT, "expected a call or an assignment, found `==`",
                    "to assign, write `=`");
        }
        return ts.error(SyntaxCodes.NOT_A_STATEMENT, "expected a call or an assignment, found " + found.describe());
    }
}
