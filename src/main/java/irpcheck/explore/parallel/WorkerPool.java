package irpcheck.explore.parallel;

import irpcheck.explore.Batch;
import irpcheck.explore.Expander;
import irpcheck.explore.PackingStore;

/**
 * Computes a batch's successors on {@code workers - 1} crew threads while the search's own thread takes
 * the previous batch's transitions into the store, then joins them (the threads claim a few states at a
 * time, so they share the batch as their speeds allow); for a {@link PackingStore} they also pack and
 * hash every successor, so that the search's thread only looks them up. The split never changes the
 * result: the search takes the transitions in state order. With one worker everything runs on the
 * caller's thread. Thread-safe for one search at a time; {@link #close()} stops the threads.
 */
public final class WorkerPool implements Expander, AutoCloseable {

    /** States per batch and worker: large enough to amortise the hand-over, small enough to balance. */
    private static final int STATES_PER_WORKER = 256;

    private final int workers;
    private final int statesPerWorker;
    private final Crew crew;
    /** True while crew threads may be working on a batch's successors. */
    private boolean expanding;

    /** A pool of {@code workers} threads in all (the search's thread counts as one). */
    public WorkerPool(int workers) {
        this(workers, STATES_PER_WORKER);
    }

    /** A pool of {@code workers} threads whose batches give each worker {@code statesPerWorker} states. */
    public WorkerPool(int workers, int statesPerWorker) {
        if (workers < 1 || statesPerWorker < 1) {
            throw new IllegalArgumentException("workers " + workers + ", states per worker " + statesPerWorker);
        }
        this.workers = workers;
        this.statesPerWorker = statesPerWorker;
        this.crew = workers == 1 ? null : new Crew(workers);
    }

    public int workers() {
        return workers;
    }

    @Override
    public int batchSize() {
        return statesPerWorker * workers;
    }

    @Override
    public void start(Batch batch) {
        if (crew == null) {
            batch.expand(0, batch.size());
            return;
        }
        crew.launch(part -> batch.expandClaimed());
        expanding = true;
    }

    @Override
    public void finish(Batch batch) {
        if (crew == null) {
            return;
        }
        try {
            batch.expandClaimed();
        } catch (RuntimeException | Error e) {
            cancel(batch);
            throw e;
        }
        expanding = false;
        crew.join();
    }

    @Override
    public void cancel(Batch batch) {
        if (crew != null && expanding) {
            // waiting is short (one batch) and sure that no worker still writes the batch
            expanding = false;
            crew.quiesce();
        }
    }

    @Override
    public boolean expandsInParallel() {
        return crew != null;
    }

    @Override
    public void close() {
        if (crew != null) {
            crew.close();
        }
    }
}
