package irpcheck.lang.syntax;

import irpcheck.source.Span;

/**
 * One token: its kind, its text as written, where it is, and for literals its value. Immutable.
 *
 * @param value a {@link Long} for {@link TokenKind#INT}, the unescaped {@link String} for
 *              {@link TokenKind#STRING}, null otherwise
 */
public record Token(TokenKind kind, String text, Span span, Object value) {

    /** A token without a value. */
    public Token(TokenKind kind, String text, Span span) {
        this(kind, text, span, null);
    }

    /** The value of an INT token (0 for a literal that was reported as too large). */
    public long intValue() {
        return value instanceof Long l ? l : 0L;
    }

    /** The unescaped contents of a STRING token. */
    public String stringValue() {
        return value instanceof String s ? s : text;
    }

    /** How a message names this token where it was found: {@code `}`}, or {@code end of file}. */
    public String describe() {
        if (kind == TokenKind.EOF) {
            return "end of file";
        }
        String shown = text.length() > 24 ? text.substring(0, 21) + "..." : text;
        return "`" + shown + "`";
    }
}
