package irpcheck.lang.syntax;

import java.util.Map;
import java.util.TreeMap;

/**
 * The kinds of token of {@code .irp}. Reserved words have their own kind; the contextual words
 * ({@code holds}, {@code deadlock}, {@code violation}, {@code show}, {@code when}, and the liveness words
 * {@code property}, {@code forall}, {@code always}, {@code eventually}, {@code weak}, {@code strong}, {@code unfair}) are lexed as
 * {@link #IDENT} so that they stay usable as ordinary names. Immutable.
 */
public enum TokenKind {
    // literals and names
    IDENT(null), INT(null), STRING(null),

    // reserved words
    MODEL("model"), MODULE("module"), IMPORT("import"), CONST("const"), ENUM("enum"), STRUCT("struct"),
    POOL("pool"), VAR("var"), SYSTEM("system"), ROUTINE("routine"), THREAD("thread"), INVARIANT("invariant"),
    EXPECT("expect"), BOOL("bool"), SPINLOCK("spinlock"), PTR("ptr"), LIST("list"), LET("let"), IF("if"),
    ELSE("else"), WHILE("while"), AWAIT("await"), ASSERT("assert"), ATOMIC("atomic"), EITHER("either"),
    OR("or"), CHOOSE("choose"), IN("in"), ACQUIRE("acquire"), RELEASE("release"), RETURN("return"),
    FREE("free"), RETIRE("retire"), AS("as"), SKIP("skip"), BREAK("break"), TRUE("true"), FALSE("false"),
    NULL("null"), SELF("self"), NEW("new"),

    // punctuation and operators
    LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"),
    SEMI(";"), COLON(":"), COLONCOLON("::"), LEADSTO("~>"), COMMA(","), DOT("."), DOTDOT(".."), AT("@"), ARROW("->"),
    ASSIGN("="), PLUS_ASSIGN("+="), MINUS_ASSIGN("-="),
    OROR("||"), ANDAND("&&"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), BANG("!"),

    EOF(null);

    private static final Map<String, TokenKind> KEYWORDS = keywords();

    /** The fixed spelling of a keyword or operator; null for identifiers, literals and EOF. */
    public final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** The reserved word spelled {@code word}, or null when it is not one. */
    public static TokenKind keyword(String word) {
        return KEYWORDS.get(word);
    }

    /** True for reserved words. */
    public boolean isKeyword() {
        return spelling != null && Character.isLetter(spelling.charAt(0));
    }

    /** How a message names what was expected: {@code `;`}, or a word for the literal kinds. */
    public String describe() {
        return switch (this) {
            case IDENT -> "a name";
            case INT -> "an integer";
            case STRING -> "a string";
            case EOF -> "end of file";
            default -> "`" + spelling + "`";
        };
    }

    private static Map<String, TokenKind> keywords() {
        Map<String, TokenKind> map = new TreeMap<>();
        for (TokenKind k : values()) {
            if (k.isKeyword()) {
                map.put(k.spelling, k);
            }
        }
        return Map.copyOf(map);
    }
}
