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
     * How the search runs: the store and the number of worker threads. Immutable.
     *
     * @param fingerprint keep 64-bit fingerprints instead of the states ({@code --fingerprint})
     * @param workers     worker threads ({@code --workers}); results do not depend on it
     */
    record Engine(boolean fingerprint, int workers) {
        public static final Engine DEFAULT = new Engine(false, 1);
    }

    /** Makes searches: the seam through which tests run the CLI without the explorer. */
    @FunctionalInterface
    interface Factory {
        Search create(TransitionSystem system, ExploreOptions options, SearchListener listener);

        /** A search on this engine; factories that know only one engine ignore it. */
        default Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, Engine engine) {
            return create(system, options, listener);
        }
    }
}
