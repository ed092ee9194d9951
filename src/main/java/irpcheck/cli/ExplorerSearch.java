package irpcheck.cli;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.model.TransitionSystem;

/**
 * The one place that names the explorer's classes: a breadth-first search over an exact state store,
 * with or without partial-order reduction (without unless asked). Stateless.
 */
final class ExplorerSearch implements Search.Factory {

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener) {
        return create(system, options, listener, false);
    }

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, boolean reduce) {
        BreadthFirstSearch bfs = new BreadthFirstSearch(system, options, new ExactStateStore(system.layout().size()),
                reduce ? new StubbornSetPolicy() : ReductionPolicy.NONE, listener);
        return new Search() {
            @Override
            public Result run() {
                return bfs.run();
            }

            @Override
            public boolean reduced() {
                return reduce;
            }

            @Override
            public void requestStop() {
                bfs.requestStop();
            }
        };
    }
}
