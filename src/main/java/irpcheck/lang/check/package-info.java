/**
 * Name resolution, types and the language's semantic rules. Returns a {@link irpcheck.lang.check.ResolvedModel}
 * (new tables keyed by names, never side tables on AST nodes) and reports every error of a model in
 * one run. Imports {@code source} and {@code lang.syntax}.
 */
package irpcheck.lang.check;
