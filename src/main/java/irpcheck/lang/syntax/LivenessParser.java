package irpcheck.lang.syntax;

import java.util.Locale;

/**
 * Parses the liveness declarations, whose words are contextual (lexed as names, so that models may
 * still use them as names): {@code property Name: [forall v: T ::] P ~> Q;}, {@code property Name:
 * [forall v: T ::] always eventually Q;} and the fairness word before a thread ({@code weak},
 * {@code strong}, {@code unfair}). Not thread-safe: it shares its caller's token stream.
 */
final class LivenessParser {

    /** Parses the rest of a thread declaration once its fairness word is consumed. */
    @FunctionalInterface
    interface ThreadRest {
        Decl parse(Token start, Decl.ThreadFairness fairness);
    }

    private final TokenStream ts;
    private final ExprParser exprs;
    private final ThreadRest threads;

    LivenessParser(TokenStream ts, ExprParser exprs, ThreadRest threads) {
        this.ts = ts;
        this.exprs = exprs;
        this.threads = threads;
    }

    /** A declaration that {@link TokenStream#startsLivenessDeclaration()} recognised. */
    Decl declaration() {
        Token start = ts.advance();
        if (start.text().equals("property")) {
            return property(start);
        }
        Decl.ThreadFairness fairness = Decl.ThreadFairness.valueOf(start.text().toUpperCase(Locale.ROOT));
        return threads.parse(start, fairness);
    }

    /** After {@code property}: {@code IDENT ":" ("forall" IDENT ":" IDENT "::")? formula ";"}. */
    private Decl property(Token start) {
        Ident name = ts.expectName("after `property`");
        ts.expect(TokenKind.COLON, "after the property's name (`property Name: P ~> Q;`)");
        Ident variable = null;
        Ident struct = null;
        if (ts.check(TokenKind.IDENT) && ts.peek().text().equals("forall")) {
            ts.advance();
            variable = ts.expectName("of the variable after `forall`");
            ts.expect(TokenKind.COLON, "after the variable (`forall irp: Irp :: ...`)");
            struct = ts.expectName("of a struct after `forall " + variable.name() + ":`");
            ts.expect(TokenKind.COLONCOLON, "after the quantified struct (`forall irp: Irp :: ...`)");
        }
        Expr trigger = null;
        Expr goal;
        if (ts.check(TokenKind.IDENT) && ts.peek().text().equals("always")
                && ts.peek(1).kind() == TokenKind.IDENT && ts.peek(1).text().equals("eventually")) {
            ts.advance();
            ts.advance();
            goal = exprs.expression();
        } else {
            trigger = exprs.expression();
            if (!ts.match(TokenKind.LEADSTO)) {
                throw ts.error(SyntaxCodes.EXPECTED_LEADSTO, "expected `~>` after the property's condition, found "
                        + ts.peek().describe(), "write `property Name: P ~> Q;` or `property Name: always eventually Q;`");
            }
            goal = exprs.expression();
        }
        ts.expectSemi("the property");
        return new Decl.Property(name, variable, struct, trigger, goal, ts.spanFrom(start));
    }
}
