/**
 * Lowers a checked model to a {@link irpcheck.model.TransitionSystem}: the slot layout, one control graph
 * per thread instance with routines inlined, guards and effects as closures over the packed state, and
 * per-step read/write footprints. {@link irpcheck.lang.compile.ModelLoader} is the front end's single
 * entry point. Imports {@code source}, {@code lang.*} and {@code model}.
 */
package irpcheck.lang.compile;
