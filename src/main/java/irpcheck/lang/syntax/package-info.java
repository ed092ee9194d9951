/**
 * The surface syntax of {@code .irp}: tokens, the lexer, the sealed AST of records, and the
 * recursive-descent parser that recovers at declaration keywords. Imports {@code source} only.
 */
package irpcheck.lang.syntax;
