package irpcheck.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code "struct" IDENT "{" (field | show)* "}"}, recovering at each member's {@code ;} so that every
 * broken field is reported. {@code show} is a keyword only when a string follows it, so a field may
 * still be called {@code show}. Not thread-safe (it advances a shared {@link TokenStream}).
 */
final class StructParser {
    private final TokenStream ts;
    private final ExprParser exprs;
    private final TypeParser types;

    StructParser(TokenStream ts, ExprParser exprs, TypeParser types) {
        this.ts = ts;
        this.exprs = exprs;
        this.types = types;
    }

    Decl struct() {
        Token start = ts.advance();
        Ident name = ts.expectName("after `struct`");
        Token open = ts.expect(TokenKind.LBRACE, "to open the struct's fields");
        List<Decl.FieldDecl> fields = new ArrayList<>();
        List<Decl.Show> shows = new ArrayList<>();
        while (!ts.check(TokenKind.RBRACE) && !ts.atEnd() && !ts.endsBlock()) {
            int memberStart = ts.position();
            try {
                if (ts.checkWord("show") && ts.peek(1).kind() == TokenKind.STRING) {
                    shows.add(show());
                } else {
                    fields.add(field());
                }
            } catch (ParseError e) {
                if (e.toDeclaration) {
                    throw e;
                }
                ts.syncMember(memberStart, false);
            }
        }
        if (!ts.match(TokenKind.RBRACE)) {
            ts.report(SyntaxCodes.UNCLOSED_BLOCK, open.span(), "unclosed struct: this `{` has no matching `}`"
                    + " before " + ts.peek().describe());
        }
        return new Decl.Struct(name, fields, shows, ts.spanFrom(start));
    }

    /** {@code IDENT ":" type ("=" expr)? ";"}. */
    private Decl.FieldDecl field() {
        Token start = ts.peek();
        if (!ts.check(TokenKind.IDENT)) {
            throw ts.error(SyntaxCodes.EXPECTED_MEMBER, "expected a field (`name: T;`) or `show \"label\" when"
                    + " condition;`, found " + start.describe());
        }
        Ident name = ts.expectName("of a field");
        ts.expect(TokenKind.COLON, "after the field's name (`name: T;`)");
        TypeExpr type = types.type();
        Expr init = ts.match(TokenKind.ASSIGN) ? exprs.expression() : null;
        ts.expectSemi("the field");
        return new Decl.FieldDecl(name, type, init, ts.spanFrom(start));
    }

    /** {@code "show" STRING "when" expr ";"}. */
    private Decl.Show show() {
        Token start = ts.advance();
        String label = ts.advance().stringValue();
        if (!ts.checkWord("when")) {
            throw ts.error(SyntaxCodes.EXPECTED_TOKEN, "expected `when` after the label of `show`, found "
                    + ts.peek().describe());
        }
        ts.advance();
        Expr condition = exprs.expression();
        ts.expectSemi("the `show`");
        return new Decl.Show(label, condition, ts.spanFrom(start));
    }
}
