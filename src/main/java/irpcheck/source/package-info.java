/**
 * Source text, half-open spans with line and column lookup, diagnostics and their caret rendering.
 * The bottom of the pipeline: imports the JDK only.
 */
package irpcheck.source;
