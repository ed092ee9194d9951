package irpcheck.explore;

/**
 * Computes the transitions of a {@link Batch}: the seam where worker threads plug in
 * ({@code irpcheck.explore.parallel}). The search loads the next batch of a level and starts it, takes
 * the transitions of the previous batch while workers fill the next one, then waits for it. It takes
 * transitions in state order whatever the expander, so results are the same for any expander.
 */
public interface Expander {

    /** States per batch. */
    int batchSize();

    /** Starts filling every buffer of the batch, perhaps on other threads; the batch is not touched until {@link #finish}. */
    void start(Batch batch);

    /** Returns once the batch last started is filled; rethrows an error raised while filling it. */
    void finish(Batch batch);

    /** The search stops: returns once no thread fills the batch last started any more (its buffers are dropped). */
    void cancel(Batch batch);

    /**
     * True when batches are expanded on other threads than the search's: the search then has them pack
     * and hash the successors for a {@link PackingStore}, which its own thread would otherwise do.
     */
    default boolean expandsInParallel() {
        return false;
    }

    /**
     * On the search's own thread, one state at a time, when the search is about to take its transitions
     * (in {@link #finish}), as a search without batches would.
     */
    Expander SEQUENTIAL = new Expander() {
        @Override
        public int batchSize() {
            return 1;
        }

        @Override
        public void start(Batch batch) {
        }

        @Override
        public void finish(Batch batch) {
            batch.expand(0, batch.size());
        }

        @Override
        public void cancel(Batch batch) {
        }
    };
}
