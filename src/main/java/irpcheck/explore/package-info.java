/**
 * Search over a {@link irpcheck.model.TransitionSystem}: breadth-first exploration, the visited-state
 * store, parent pointers and shortest counterexamples, the reduction and listener seams, and the
 * {@link irpcheck.explore.Result}. Imports {@code model} (and {@code source} through it) only.
 */
package irpcheck.explore;
