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

    /** Asks the running search to stop soon, giving the reason its result will carry; safe from any thread. */
    default void requestStop(String reason) {
        requestStop();
    }

    /** After {@link #run()}: one line on the store (bytes per state, ...), or null. */
    default String storeFigures() {
        return null;
    }

    /**
     * How the search runs: reduction, the store and the number of worker threads. Immutable.
     *
     * @param reduce      partial-order reduction (on unless {@code --no-por} or {@code --shortest})
     * @param fingerprint keep 63-bit fingerprints instead of the states ({@code --fingerprint})
     * @param workers     worker threads ({@code --workers}); results do not depend on it
     */
    record Engine(boolean reduce, boolean fingerprint, int workers) {
        public static final Engine DEFAULT = new Engine(false, false, 1);
    }

    /** Makes searches: the seam through which tests run the CLI without the explorer. */
    @FunctionalInterface
    interface Factory {
        Search create(TransitionSystem system, ExploreOptions options, SearchListener listener);

        /** A search with partial-order reduction on or off; factories that cannot reduce ignore it. */
        default Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, boolean reduce) {
            return create(system, options, listener);
        }

        /** A search on this engine; factories that know only reduction on or off use just that. */
        default Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, Engine engine) {
            return create(system, options, listener, engine.reduce());
        }
    }
}
