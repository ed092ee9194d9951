package irpcheck.explore.parallel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * {@code size - 1} daemon threads that, with the calling thread, run one job at a time: {@link #launch}
 * hands the job to every thread (the caller runs part 0 itself, {@link #join} waits for the others).
 * A search hands over a few hundred microseconds of work at a time, thousands of times a second, so a
 * thread that waits first spins for a while (a hand-over then costs well under a microsecond) and only
 * then parks (so that an idle pool leaves the CPU alone).
 *
 * <p>One launching thread at a time; {@link #close()} from any thread (crew threads start at the first
 * job). Errors thrown by a job on a crew
 * thread are rethrown by {@link #join}.
 */
final class Crew implements AutoCloseable {

    /**
     * How long a waiting thread spins before it parks, when each thread can have a core: longer than a
     * batch's phase, since once one thread parks the other waits for its wake-up (tens of microseconds) at
     * every hand-over and parks too (measured: 20 microseconds gave 4.7 to 9.6 s on the same run, 200
     * gave 4.8 to 5.0 s).
     */
    private static final long SPIN_NANOS = 200_000;

    private final int size;
    private final Thread[] threads;
    private final boolean[] parked;
    private final AtomicInteger running = new AtomicInteger();
    private volatile long generation;
    private volatile IntConsumer job;
    private volatile boolean closed;
    private volatile Thread launcher;
    private volatile boolean launcherParked;
    private volatile Throwable failure;
    private boolean started;
    /** Spinning only helps when no thread of the crew waits for a core held by a spinning one. */
    private final long spinNanos;

    Crew(int size) {
        this.size = size;
        spinNanos = size <= Runtime.getRuntime().availableProcessors() ? SPIN_NANOS : 0;
        threads = new Thread[size - 1];
        parked = new boolean[size - 1];
        for (int w = 1; w < size; w++) {
            int part = w;
            Thread t = new Thread(() -> work(part), "irpcheck-worker");
            t.setDaemon(true);
            threads[w - 1] = t;
        }
    }

    int size() {
        return size;
    }

    /** Starts {@code job} on every crew thread, with parts 1 .. size-1; the caller runs part 0 if it wants to. */
    void launch(IntConsumer job) {
        if (!started) {
            // started at the first job, so that a pool made for a search that never runs costs no threads
            started = true;
            for (Thread t : threads) {
                t.start();
            }
        }
        launcher = Thread.currentThread();
        failure = null;
        running.set(size - 1);
        this.job = job;
        generation++;
        for (int w = 0; w < threads.length; w++) {
            if (isParked(w)) {
                LockSupport.unpark(threads[w]);
            }
        }
    }

    /** Waits until every crew thread is done with the job launched last; rethrows the first error one of them raised. */
    void join() {
        awaitIdle();
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof Error error) {
                throw error;
            }
            if (t instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(t);
        }
    }

    /** Waits until every crew thread is done with the job launched last, ignoring its errors. */
    void quiesce() {
        awaitIdle();
        failure = null;
    }

    private void awaitIdle() {
        long start = System.nanoTime();
        for (int spins = 0; running.get() > 0; spins++) {
            if ((spins & 63) != 63 || System.nanoTime() - start < spinNanos) {
                Thread.onSpinWait();
            } else {
                launcherParked = true;
                if (running.get() > 0) {
                    LockSupport.park(this);
                }
                launcherParked = false;
            }
        }
    }

    private void work(int part) {
        long seen = 0;
        while (true) {
            long start = System.nanoTime();
            for (int spins = 0; generation == seen && !closed; spins++) {
                if ((spins & 63) != 63 || System.nanoTime() - start < spinNanos) {
                    Thread.onSpinWait();
                } else {
                    setParked(part - 1, true);
                    if (generation == seen && !closed) {
                        LockSupport.park(this);
                    }
                    setParked(part - 1, false);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                job.accept(part);
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
            if (running.decrementAndGet() == 0 && launcherParked) {
                LockSupport.unpark(launcher);
            }
        }
    }

    private boolean isParked(int w) {
        synchronized (parked) {
            return parked[w];
        }
    }

    private void setParked(int w, boolean value) {
        synchronized (parked) {
            parked[w] = value;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }
}
