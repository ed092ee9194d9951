package irpcheck.lang.syntax;

/**
 * The stable diagnostic codes of the lexer (E0101..E0109) and the parser (E0110..E0149), one per
 * distinct error, kept in one place so that a code is never reused for another meaning.
 */
final class SyntaxCodes {
    static final String UNEXPECTED_CHARACTER = "E0101";
    static final String UNTERMINATED_STRING = "E0102";
    static final String UNTERMINATED_COMMENT = "E0103";
    static final String INTEGER_TOO_LARGE = "E0104";
    static final String BAD_ESCAPE = "E0105";
    static final String MALFORMED_NUMBER = "E0106";

    static final String MISSING_HEADER = "E0110";
    static final String EXPECTED_DECLARATION = "E0111";
    static final String MISSING_SEMICOLON = "E0112";
    static final String EXPECTED_TOKEN = "E0113";
    static final String EXPECTED_NAME = "E0114";
    static final String EXPECTED_EXPRESSION = "E0115";
    static final String EXPECTED_TYPE = "E0116";
    static final String UNKNOWN_EXPECT = "E0117";
    static final String UNCLOSED_BLOCK = "E0118";
    static final String LABEL_WITHOUT_STATEMENT = "E0119";
    static final String STRAY_ELSE = "E0120";
    static final String NOT_A_STATEMENT = "E0121";
    static final String NESTING_TOO_DEEP = "E0122";
    static final String EXPECTED_STATEMENT = "E0123";
    static final String EXPECTED_MEMBER = "E0124";
    static final String EXPECTED_STRING = "E0125";
    static final String EITHER_WITHOUT_OR = "E0126";
    static final String SECOND_HEADER = "E0127";
    static final String EXPECTED_LEADSTO = "E0128";
    static final String MISPLACED_FAIRNESS = "E0129";
    static final String TOO_MANY_BRANCHES = "E0130";

    private SyntaxCodes() {
    }
}
