package irpcheck.lang.syntax;

import irpcheck.source.Diagnostic;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexerTest {

    private static List<Token> lex(String text, Diagnostics d) {
        return new Lexer().lex(new SourceFile("t.irp", text), d);
    }

    private static List<TokenKind> kinds(String text) {
        Diagnostics d = new Diagnostics();
        List<TokenKind> kinds = lex(text, d).stream().map(Token::kind).toList();
        assertEquals(0, d.count(), () -> d.all().toString());
        return kinds;
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of(TokenKind.DOTDOT, TokenKind.DOT, TokenKind.ARROW, TokenKind.MINUS_ASSIGN, TokenKind.MINUS,
                TokenKind.LE, TokenKind.LT, TokenKind.EQ, TokenKind.ASSIGN, TokenKind.NE, TokenKind.BANG,
                TokenKind.OROR, TokenKind.ANDAND, TokenKind.PLUS_ASSIGN, TokenKind.EOF),
                kinds(".. . -> -= - <= < == = != ! || && +="));
    }

    @Test
    void keywordsAreReservedButContextualWordsAreNames() {
        assertEquals(List.of(TokenKind.ROUTINE, TokenKind.IDENT, TokenKind.IDENT, TokenKind.IDENT, TokenKind.IDENT,
                TokenKind.IDENT, TokenKind.IDENT, TokenKind.EOF), kinds("routine holds deadlock violation show when routines"));
    }

    @Test
    void integersAndStringsCarryValues() {
        Diagnostics d = new Diagnostics();
        List<Token> tokens = lex("42 0x2A 0..3 \"a \\\"b\\\" \\\\c\"", d);
        assertEquals(0, d.count());
        assertEquals(42, tokens.get(0).intValue());
        assertEquals(42, tokens.get(1).intValue());
        assertEquals(0, tokens.get(2).intValue());
        assertEquals(TokenKind.DOTDOT, tokens.get(3).kind());
        assertEquals(3, tokens.get(4).intValue());
        assertEquals("a \"b\" \\c", tokens.get(5).stringValue());
        assertEquals(2147483647L, lex("2147483647", d).get(0).intValue());
    }

    @Test
    void commentsAreSkippedAndSpansAreExact() {
        Diagnostics d = new Diagnostics();
        List<Token> tokens = lex("// line\n/* block\n */ abc /**/ 7", d);
        assertEquals("abc", tokens.get(0).span().text());
        assertEquals(3, tokens.get(0).span().line());
        assertEquals("7", tokens.get(1).span().text());
        Token eof = tokens.get(2);
        assertEquals(TokenKind.EOF, eof.kind());
        assertEquals(eof.span().file().text().length(), eof.span().start());
    }

    @Test
    void lexingGoesOnAfterEveryError() {
        Diagnostics d = new Diagnostics();
        List<Token> tokens = lex("a # b \u0007 c 99999999999 \"open", d);
        List<String> codes = d.all().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("E0101", "E0101", "E0104", "E0102"), codes);
        assertEquals("unexpected character U+0007", d.all().get(1).message());
        assertEquals(List.of(TokenKind.IDENT, TokenKind.IDENT, TokenKind.IDENT, TokenKind.INT, TokenKind.STRING,
                TokenKind.EOF), tokens.stream().map(Token::kind).toList());
    }

    @Test
    void unterminatedCommentPointsAtItsOpening() {
        Diagnostics d = new Diagnostics();
        lex("a\n  /* never\nclosed", d);
        Diagnostic only = d.all().get(0);
        assertEquals("E0103", only.code());
        assertEquals("t.irp:2:3", only.span().location());
        assertTrue(d.count() == 1);
    }
}
