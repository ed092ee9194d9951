package irpcheck.explore;

/**
 * Computes the transitions of a {@link Batch}: the seam where worker threads plug in
 * ({@code irpcheck.explore.parallel}). Whatever the split, the search takes the transitions in state
 * order afterwards, so results are the same for any expander.
 */
public interface Expander {

    /** States per batch. */
    int batchSize();

    /** Fills every buffer of the batch; returns when all are filled. */
    void expand(Batch batch);

    /** On the search's own thread, without marking known successors (the store's add does that in one probe). */
    Expander SEQUENTIAL = new Expander() {
        @Override
        public int batchSize() {
            return 64;
        }

        @Override
        public void expand(Batch batch) {
            batch.expand(0, batch.size(), null);
        }
    };
}
