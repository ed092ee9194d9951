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
 * Computes a batch's successors on {@code workers - 1} pool threads, each taking a contiguous share,
 * while the search's own thread (the last worker) takes the previous batch's transitions into the store:
 * a pipeline. The split never changes the result: the search takes the transitions in state order.
 * With one worker it computes on the caller's thread. Thread-safe for one search at a time;
 * {@link #close()} stops the threads.
 */
public final class WorkerPool implements Expander, AutoCloseable {

    /** States per batch and worker: large enough to amortise the hand-off, small enough to balance. */
    private static final int STATES_PER_WORKER = 256;

    private final int workers;
    private final int statesPerWorker;
    private final ExecutorService pool;
    private final List<Future<?>> shares = new ArrayList<>();

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
        return statesPerWorker * Math.max(1, workers - 1);
    }

    @Override
    public void start(Batch batch) {
        int n = batch.size();
        if (pool == null) {
            batch.expand(0, n);
            return;
        }
        int threads = workers - 1;
        for (int w = 0; w < threads; w++) {
            int from = (int) ((long) n * w / threads);
            int to = (int) ((long) n * (w + 1) / threads);
            if (from < to) {
                shares.add(pool.submit(() -> batch.expand(from, to)));
            }
        }
    }

    @Override
    public void finish(Batch batch) {
        try {
            for (Future<?> share : shares) {
                await(share);
            }
        } finally {
            shares.clear();
        }
    }

    @Override
    public void cancel(Batch batch) {
        // waiting is short (one batch) and, unlike Future.cancel, sure that no worker still writes the batch
        for (Future<?> share : shares) {
            try {
                await(share);
            } catch (RuntimeException | Error ignored) {
                // the search is stopping for another reason; a worker's failure no longer matters
            }
        }
        shares.clear();
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
