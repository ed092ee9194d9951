/**
 * The surface syntax of {@code .irp}: tokens, the lexer, the sealed AST of records, and the
 * recursive-descent parser that recovers at declaration keywords (and inside blocks at {@code ;} and
 * {@code }}). The entry point is {@link irpcheck.lang.syntax.Parser#parse}, which runs the
 * {@link irpcheck.lang.syntax.Lexer} itself; syntax errors use the codes E0101..E0129
 * (see {@code SyntaxCodes}). Imports {@code source} only.
 */
package irpcheck.lang.syntax;
