package irpcheck.explore.parallel;

import irpcheck.explore.Batch;
import irpcheck.explore.Expander;
import irpcheck.explore.ShardedStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes a batch's successors on {@code workers - 1} pool threads while the search's own thread takes
 * the previous batch's transitions into the store, then joins them (the threads claim a few states at a
 * time, so they share the batch as their speeds allow); then, for a {@link ShardedStore}, all
 * {@code workers} threads look up the batch's successors at once, each in its own shards. Neither split
 * changes the result: the search takes the transitions in state order. With one worker everything runs
 * on the caller's thread. Thread-safe for one search at a time; {@link #close()} stops the threads.
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
        return statesPerWorker * workers;
    }

    @Override
    public void start(Batch batch) {
        if (pool == null) {
            batch.expand(0, batch.size());
            return;
        }
        for (int w = 1; w < workers; w++) {
            shares.add(pool.submit(batch::expandClaimed));
        }
    }

    @Override
    public void finish(Batch batch) {
        try {
            if (pool != null) {
                batch.expandClaimed();
            }
            for (Future<?> share : shares) {
                await(share);
            }
        } finally {
            shares.clear();
        }
    }

    @Override
    public boolean probesInParallel() {
        return pool != null;
    }

    @Override
    public boolean probe(Batch batch, ShardedStore store) {
        if (pool == null) {
            return false;
        }
        store.prepare(batch);
        try {
            for (int w = 1; w < workers; w++) {
                int part = w;
                shares.add(pool.submit(() -> store.probe(batch, part, workers)));
            }
            store.probe(batch, 0, workers);
            for (Future<?> share : shares) {
                await(share);
            }
        } finally {
            // an error on this thread: the workers must be done before the search gives up the store
            for (Future<?> share : shares) {
                try {
                    await(share);
                } catch (RuntimeException | Error ignored) {
                    // the first error is the one rethrown
                }
            }
            shares.clear();
        }
        return true;
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
