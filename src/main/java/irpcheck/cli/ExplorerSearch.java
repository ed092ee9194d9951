package irpcheck.cli;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.PackedStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.model.TransitionSystem;

/**
 * The one place that names the explorer's classes: a breadth-first search over a bit-packed exact state store
 * without reduction. Stateless.
 */
final class ExplorerSearch implements Search.Factory {

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener) {
        BreadthFirstSearch bfs = new BreadthFirstSearch(system, options, new PackedStateStore(system.layout()),
                ReductionPolicy.NONE, listener);
        return new Search() {
            @Override
            public Result run() {
                return bfs.run();
            }

            @Override
            public void requestStop() {
                bfs.requestStop();
            }
        };
    }
}
