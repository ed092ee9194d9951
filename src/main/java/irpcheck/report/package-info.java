/**
 * Turns a search's {@link irpcheck.explore.Result} into what people and tools read: a TLC-like text
 * report, JSON (Jackson, schema in {@code docs/output.schema.json}) and DOT (JGraphT). Every report is
 * computed from a {@link irpcheck.report.RunInfo} and is deterministic: the same input gives the same
 * bytes. Imports {@code model}, {@code explore} and {@code source} only; Jackson and JGraphT live here
 * and nowhere else.
 */
package irpcheck.report;
