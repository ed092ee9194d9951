package irpcheck.cli;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.model.TransitionSystem;

/**
 * One search as the CLI drives it: run once on the calling thread, and asked to stop from another
 * (Ctrl-C), after which {@link #run()} returns an incomplete result that can still be reported.
 */
public interface Search {

    Result run();

    /**
     * Whether the search used partial-order reduction: its counterexamples are then replayed against the
     * full model and reported as the shortest in the reduced graph.
     */
    default boolean reduced() {
        return false;
    }

    /** Asks the running search to stop soon; safe to call from any thread. */
    void requestStop();

    /** Makes searches: the seam through which tests run the CLI without the explorer. */
    @FunctionalInterface
    interface Factory {
        Search create(TransitionSystem system, ExploreOptions options, SearchListener listener);

        /** A search with partial-order reduction on or off; factories that cannot reduce ignore it. */
        default Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, boolean reduce) {
            return create(system, options, listener);
        }
    }
}
