/**
 * Search over a {@link irpcheck.model.TransitionSystem}: breadth-first exploration, the visited-state
 * store, parent pointers and shortest counterexamples, the reduction and listener seams, and the
 * {@link irpcheck.explore.Result}. {@link irpcheck.explore.BreadthFirstSearch} is the search and
 * {@link irpcheck.explore.ExactStateStore} the exact visited set. Liveness:
 * {@link irpcheck.explore.LivenessSearch} builds the whole state graph ({@code StateGraph}), finds fair
 * strongly connected sets ({@code SccFinder}, {@code FairComponents}) and returns lasso counterexamples
 * ({@link irpcheck.explore.Lasso}). Imports {@code model} (and
 * {@code source} through it) and Eclipse Collections' primitive lists and sets only.
 */
package irpcheck.explore;
