package irpcheck.lang.syntax;

import irpcheck.source.Diagnostics;
import irpcheck.source.Span;

import java.util.List;

/**
 * The parser's cursor over the token list: the jlox helpers ({@code peek}, {@code check},
 * {@code match}, {@code expect}), error reporting, nesting depth, and resynchronisation after an
 * error. Shared by the parts of one parse. Not thread-safe.
 */
final class TokenStream {
    /** Deeper blocks or expressions are an error, so that the parser's recursion stays far from the stack's end. */
    static final int MAX_DEPTH = 256;

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int pos;
    private int depth;
    /** Where the last parser error was reported; a second one at the same place is a cascade and is dropped. */
    private int lastErrorAt = -1;

    TokenStream(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    Token peek() {
        return tokens.get(pos);
    }

    /** The token {@code ahead} places after the current one (EOF past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return peek().kind() == TokenKind.EOF;
    }

    boolean check(TokenKind kind) {
        return peek().kind() == kind;
    }

    /** The current token is the identifier {@code word} (a contextual keyword). */
    boolean checkWord(String word) {
        return check(TokenKind.IDENT) && peek().text().equals(word);
    }

    Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        return t;
    }

    boolean match(TokenKind kind) {
        if (check(kind)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes a token of {@code kind} or reports "expected `x` {@code where}, found `y`". */
    Token expect(TokenKind kind, String where) {
        if (check(kind)) {
            return advance();
        }
        String message = "expected " + kind.describe() + " " + where + ", found " + peek().describe();
        if (kind == TokenKind.SEMI && pos > 0) {
            // The caret goes where the `;` belongs: right after the statement, not on the next line.
            Span after = previous().span();
            throw error(SyntaxCodes.MISSING_SEMICOLON, new Span(after.file(), after.end(), after.end()), message);
        }
        throw error(SyntaxCodes.EXPECTED_TOKEN, message);
    }

    Token expectSemi(String after) {
        return expect(TokenKind.SEMI, "after " + after);
    }

    /** Consumes an identifier or reports "expected a name {@code where}". */
    Ident expectName(String where) {
        if (check(TokenKind.IDENT)) {
            Token t = advance();
            return new Ident(t.text(), t.span());
        }
        String found = peek().describe();
        if (peek().kind().isKeyword()) {
            throw error(SyntaxCodes.EXPECTED_NAME, "expected a name " + where + ", found the keyword " + found,
                    found + " is reserved and cannot be used as a name");
        }
        throw error(SyntaxCodes.EXPECTED_NAME, "expected a name " + where + ", found " + found);
    }

    /** Reports an error at the current token and returns the exception that unwinds to recovery. */
    ParseError error(String code, String message, String... hints) {
        return error(code, peek().span(), message, hints);
    }

    ParseError error(String code, Span span, String message, String... hints) {
        report(code, span, message, hints);
        return new ParseError(false);
    }

    /** Reports an error that does not need recovery: the parse goes on as if it were right. */
    void report(String code, Span span, String message, String... hints) {
        if (span.start() != lastErrorAt) {
            diagnostics.error(code, span, message, hints);
            lastErrorAt = span.start();
        }
    }

    /** From {@code start} to the end of the last consumed token. */
    Span spanFrom(Token start) {
        Span last = previous().span();
        return last.end() < start.span().start() ? start.span() : start.span().to(last);
    }

    /** Enters one level of nesting; too deep unwinds to the enclosing declaration. Pair with {@link #leave}. */
    void enter() {
        if (depth >= MAX_DEPTH) {
            diagnostics.error(SyntaxCodes.NESTING_TOO_DEEP, peek().span(),
                    "nesting too deep: more than " + MAX_DEPTH + " levels of blocks or expressions",
                    "split the construct, or name a part of it with `let`");
            throw new ParseError(true);
        }
        depth++;
    }

    void leave() {
        depth--;
    }

    /** Leaves {@code levels} levels entered by a loop. */
    void leave(int levels) {
        depth -= levels;
    }

    /** Skips to where the next declaration may start; consumes at least one token unless past {@code start}. */
    void syncDeclaration(int start) {
        if (pos == start) {
            advance();
        }
        while (!atEnd() && !startsDeclaration()) {
            advance();
        }
    }

    /**
     * Skips the rest of a broken statement: through the next {@code ;}, or up to a {@code }} that
     * closes the enclosing block, a statement keyword or a declaration. A braced group met on the way
     * is skipped whole (it is the broken statement's body). Consumes at least one token unless past
     * {@code start}.
     */
    void syncStatement(int start) {
        syncMember(start, true);
    }

    /** As {@link #syncStatement}, but statement keywords are sync points only when {@code atKeywords}. */
    void syncMember(int start, boolean atKeywords) {
        if (pos == start && !check(TokenKind.RBRACE)) {
            advance();
        }
        while (!atEnd() && !check(TokenKind.RBRACE) && !(atKeywords && startsStatement()) && !endsBlock()) {
            if (match(TokenKind.SEMI)) {
                return;
            }
            if (check(TokenKind.LBRACE)) {
                skipBracedGroup();
                return;
            }
            advance();
        }
    }

    /** After an error in a parenthesised list: skips through the closing {@code )}, or up to a {@code {}. */
    void syncParenthesis(int start) {
        if (pos == start) {
            advance();
        }
        int open = 0;
        while (!atEnd() && !check(TokenKind.LBRACE) && !startsDeclaration()) {
            Token t = advance();
            if (t.kind() == TokenKind.LPAREN) {
                open++;
            } else if (t.kind() == TokenKind.RPAREN && open-- == 0) {
                return;
            }
        }
    }

    private void skipBracedGroup() {
        int open = 0;
        do {
            Token t = advance();
            if (t.kind() == TokenKind.LBRACE) {
                open++;
            } else if (t.kind() == TokenKind.RBRACE) {
                open--;
            }
        } while (open > 0 && !atEnd() && !endsBlock());
    }

    /** A word that can only start a declaration, so a block or struct body that meets it was left unclosed. */
    boolean endsBlock() {
        return switch (peek().kind()) {
            case MODEL, MODULE, IMPORT, ENUM, STRUCT, POOL, SYSTEM, THREAD, INVARIANT, EXPECT -> true;
            case ROUTINE -> peek(1).kind() == TokenKind.IDENT;
            default -> false;
        };
    }

    boolean startsDeclaration() {
        return endsBlock() || check(TokenKind.CONST) || check(TokenKind.VAR) || startsLivenessDeclaration();
    }

    /** {@code property Name:} or a fairness word before {@code thread} / {@code system}: contextual words. */
    boolean startsLivenessDeclaration() {
        if (!check(TokenKind.IDENT)) {
            return false;
        }
        return switch (peek().text()) {
            case "property" -> peek(1).kind() == TokenKind.IDENT && peek(2).kind() == TokenKind.COLON;
            case "weak", "strong", "unfair" -> peek(1).kind() == TokenKind.THREAD || peek(1).kind() == TokenKind.SYSTEM
                    || peek(1).kind() == TokenKind.ROUTINE;
            default -> false;
        };
    }

    private boolean startsStatement() {
        return switch (peek().kind()) {
            case LET, IF, WHILE, AWAIT, ASSERT, ATOMIC, EITHER, CHOOSE, ACQUIRE, RELEASE, RETURN, FREE, RETIRE,
                 SKIP, BREAK -> true;
            default -> false;
        };
    }
}
