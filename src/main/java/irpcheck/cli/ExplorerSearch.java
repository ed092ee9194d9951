package irpcheck.cli;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.Expander;
import irpcheck.explore.FingerprintStore;
import irpcheck.explore.PackedStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.StateStore;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.explore.parallel.WorkerPool;
import irpcheck.model.TransitionSystem;

import java.util.Locale;

/**
 * The one place that names the explorer's classes: a breadth-first search, with or without partial-order
 * reduction (without unless asked), over a bit-packed exact state store or, with {@code --fingerprint}, a
 * fingerprint store, its successors computed on {@code --workers} threads. Stateless.
 */
final class ExplorerSearch implements Search.Factory {

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener) {
        return create(system, options, listener, Search.Engine.DEFAULT);
    }

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, boolean reduce) {
        return create(system, options, listener, new Search.Engine(reduce, false, 1));
    }

    @Override
    public Search create(TransitionSystem system, ExploreOptions options, SearchListener listener, Search.Engine engine) {
        StateStore store = engine.fingerprint() ? new FingerprintStore(system.layout()) : new PackedStateStore(system.layout());
        WorkerPool pool = engine.workers() > 1 ? new WorkerPool(engine.workers()) : null;
        Expander expander = pool != null ? pool : Expander.SEQUENTIAL;
        BreadthFirstSearch bfs = new BreadthFirstSearch(system, options, store,
                engine.reduce() ? new StubbornSetPolicy() : ReductionPolicy.NONE, listener, expander);
        return new Search() {
            @Override
            public Result run() {
                try {
                    return bfs.run();
                } finally {
                    if (pool != null) {
                        pool.close();
                    }
                }
            }

            @Override
            public boolean reduced() {
                return engine.reduce();
            }

            @Override
            public void requestStop() {
                bfs.requestStop();
            }

            @Override
            public void requestStop(String reason) {
                bfs.requestStop(reason);
            }

            @Override
            public String storeFigures() {
                return figures(store);
            }
        };
    }

    /** "exact, bit-packed: 24.0 bytes per state (201.3 MB)" or the fingerprint store's figures. */
    static String figures(StateStore store) {
        long n = Math.max(1, store.size());
        if (store instanceof FingerprintStore f) {
            return String.format(Locale.ROOT, "63-bit fingerprints: %.1f bytes per state (%s); "
                    + "probability that a state was missed <= %.1e", f.tableBytesPerState(), HeapWatch.megabytes(store.bytes()),
                    f.omissionProbability());
        }
        return String.format(Locale.ROOT, "exact, bit-packed: %.1f bytes per state (%s)", (double) store.bytes() / n,
                HeapWatch.megabytes(store.bytes()));
    }
}
