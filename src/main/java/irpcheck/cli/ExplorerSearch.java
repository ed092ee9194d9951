package irpcheck.cli;

import irpcheck.explore.ExploreOptions;
import irpcheck.explore.SearchListener;
import irpcheck.model.TransitionSystem;

/**
 * The one place that names the explorer's classes: a breadth-first search over an exact state store
 * without reduction. Stateless.
 */
final class ExplorerSearch implements Search.Factory {

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener) {
        // To wire once irpcheck.explore.BreadthFirstSearch and ExactStateStore are merged:
        //   BreadthFirstSearch bfs = new BreadthFirstSearch(system, options,
        //           new ExactStateStore(system.layout().size()), ReductionPolicy.NONE, listener);
        //   return new Search() { run() -> bfs.run(); requestStop() -> bfs.requestStop(); };
        throw new UnsupportedOperationException("the explorer is not wired into the CLI yet");
    }
}
