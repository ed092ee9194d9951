package irpcheck.lang.syntax;

import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code .irp} text into tokens. Reports every lexical error (and goes on after each, so one
 * run shows them all); the token list always ends with {@link TokenKind#EOF}. One instance per call
 * of {@link #lex}: not thread-safe, but {@code new Lexer().lex(...)} is cheap.
 */
public final class Lexer {
    /** Operator and punctuation kinds, longest spelling first. Immutable. */
    private static final List<TokenKind> OPERATORS = java.util.Arrays.stream(TokenKind.values())
            .filter(k -> k.spelling != null && !k.isKeyword())
            .sorted(java.util.Comparator.comparingInt((TokenKind k) -> -k.spelling.length()))
            .toList();
    private static final long INT_MAX = Integer.MAX_VALUE;

    private SourceFile file;
    private String text;
    private Diagnostics diagnostics;
    private List<Token> tokens;
    private int pos;

    /** Tokens of {@code source}, ending with EOF; errors go to {@code diagnostics}. */
    public List<Token> lex(SourceFile source, Diagnostics diagnostics) {
        this.file = source;
        this.text = source.text();
        this.diagnostics = diagnostics;
        this.tokens = new ArrayList<>();
        this.pos = 0;
        while (skipSpaceAndComments()) {
            scanToken();
        }
        tokens.add(new Token(TokenKind.EOF, "", span(text.length(), text.length())));
        return List.copyOf(tokens);
    }

    /** Skips blanks and comments; false at end of text. */
    private boolean skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    diagnostics.error(SyntaxCodes.UNTERMINATED_COMMENT, span(pos, pos + 2),
                            "unterminated comment: this `/*` has no closing `*/`");
                    pos = text.length();
                } else {
                    pos = close + 2;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private void scanToken() {
        char c = text.charAt(pos);
        if (isIdentStart(c)) {
            scanWord();
        } else if (c >= '0' && c <= '9') {
            scanNumber();
        } else if (c == '"') {
            scanString();
        } else {
            scanOperator();
        }
    }

    private void scanWord() {
        int start = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        TokenKind kw = TokenKind.keyword(word);
        tokens.add(new Token(kw == null ? TokenKind.IDENT : kw, word, span(start, pos)));
    }

    private void scanNumber() {
        int start = pos;
        boolean hex = text.startsWith("0x", pos) || text.startsWith("0X", pos);
        int digitsStart = hex ? pos + 2 : pos;
        pos = digitsStart;
        while (pos < text.length() && isDigit(text.charAt(pos), hex)) {
            pos++;
        }
        int digitsEnd = pos;
        // A letter or digit glued to the number (12ab, 0xZ, 0x) makes the whole word malformed.
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        String literal = text.substring(start, pos);
        Span span = span(start, pos);
        long value = 0;
        if (digitsEnd == digitsStart || digitsEnd != pos) {
            diagnostics.error(SyntaxCodes.MALFORMED_NUMBER, span, "malformed integer literal `" + literal + "`",
                    "integers are decimal (`42`) or hexadecimal (`0x2A`)");
        } else {
            value = parseValue(text.substring(digitsStart, digitsEnd), hex ? 16 : 10);
            if (value < 0) {
                diagnostics.error(SyntaxCodes.INTEGER_TOO_LARGE, span, "integer literal `" + literal
                        + "` does not fit in a 32-bit signed integer", "the largest integer is 2147483647");
                value = 0;
            }
        }
        tokens.add(new Token(TokenKind.INT, literal, span, value));
    }

    /** The value of the digits, or -1 when it exceeds a 32-bit signed int (however long the digits). */
    private static long parseValue(String digits, int radix) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * radix + Character.digit(digits.charAt(i), radix);
            if (value > INT_MAX) {
                return -1;
            }
        }
        return value;
    }

    private void scanString() {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) != '\n') {
                char next = text.charAt(pos + 1);
                if (next != '"' && next != '\\') {
                    diagnostics.error(SyntaxCodes.BAD_ESCAPE, span(pos, pos + 2),
                            "unknown escape `\\" + next + "` in a string", "only `\\\"` and `\\\\` are allowed");
                }
                value.append(next);
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
        } else {
            diagnostics.error(SyntaxCodes.UNTERMINATED_STRING, span(start, start + 1),
                    "unterminated string: this `\"` has no closing `\"` on its line");
        }
        tokens.add(new Token(TokenKind.STRING, text.substring(start, pos), span(start, pos), value.toString()));
    }

    private void scanOperator() {
        TokenKind kind = operatorAt(pos);
        if (kind == null) {
            reportBadCharacter();
            return;
        }
        int start = pos;
        pos += kind.spelling.length();
        tokens.add(new Token(kind, kind.spelling, span(start, pos)));
    }

    /** The longest operator spelled at {@code at}, or null. */
    private TokenKind operatorAt(int at) {
        char c = text.charAt(at);
        for (TokenKind k : OPERATORS) {
            // Longest first, so the first match is the longest; the first-character test keeps this cheap.
            if (k.spelling.charAt(0) == c && text.startsWith(k.spelling, at)) {
                return k;
            }
        }
        return null;
    }

    private void reportBadCharacter() {
        int cp = text.codePointAt(pos);
        int width = Character.charCount(cp);
        String shown = isPrintable(cp) ? "'" + new String(Character.toChars(cp)) + "'"
                : String.format("U+%04X", cp);
        String message = "unexpected character " + shown;
        Span span = span(pos, pos + width);
        if (cp == '&' || cp == '|') {
            diagnostics.error(SyntaxCodes.UNEXPECTED_CHARACTER, span, message,
                    "did you mean `" + (char) cp + (char) cp + "`?");
        } else {
            diagnostics.error(SyntaxCodes.UNEXPECTED_CHARACTER, span, message);
        }
        pos += width;
    }

    private static boolean isPrintable(int cp) {
        return !Character.isISOControl(cp) && Character.isDefined(cp) && !Character.isWhitespace(cp)
                && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SURROGATE
                && Character.getType(cp) != Character.PRIVATE_USE;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    private Span span(int start, int end) {
        return new Span(file, start, end);
    }
}
