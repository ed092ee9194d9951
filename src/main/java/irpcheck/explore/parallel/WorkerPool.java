package irpcheck.explore.parallel;

import irpcheck.explore.Batch;
import irpcheck.explore.Expander;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes a batch's successors on {@code workers} threads: the calling thread and {@code workers - 1}
 * pool threads each take a contiguous share of the batch, compute its states' successors and look them
 * up in the store (read-only while the batch runs), so that the search's own thread only adds the
 * successors not stored yet. The split never changes the result: the search takes the transitions in
 * state order afterwards. Thread-safe for one search at a time; {@link #close()} stops the threads.
 */
public final class WorkerPool implements Expander, AutoCloseable {

    /** States per batch and worker: large enough to amortise the hand-off, small enough to balance. */
    private static final int STATES_PER_WORKER = 2048;

    private final int workers;
    private final int statesPerWorker;
    private final ExecutorService pool;

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
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers - 1, task -> {
            Thread t = new Thread(task, "irpcheck-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int workers() {
        return workers;
    }

    @Override
    public int batchSize() {
        return statesPerWorker * workers;
    }

    @Override
    public void expand(Batch batch) {
        int n = batch.size();
        if (pool == null || n < workers) {
            batch.expand(0, n, null);
            return;
        }
        List<Future<?>> shares = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            shares.add(pool.submit(() -> batch.expand(from, to, batch.lookup())));
        }
        batch.expand(0, n / workers, batch.lookup());
        for (Future<?> share : shares) {
            await(share);
        }
    }

    /** Waits for one share; an error in a worker (OutOfMemoryError, a bug) is rethrown on the search's thread. */
    private static void await(Future<?> share) {
        boolean interrupted = false;
        while (true) {
            try {
                share.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
