package irpcheck.explore;

import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Breadth-first exploration of a {@link TransitionSystem}. States are expanded in the order the store
 * numbered them, which is breadth-first order, so the store doubles as the queue; a parent table
 * rebuilds shortest counterexamples. Invariants are checked on every stored state (a violating state
 * is kept but not expanded); action violations and deadlocks are found while expanding.
 *
 * <p>Single use: {@link #run()} may be called once. Not thread-safe, except {@link #requestStop()},
 * which any thread may call while {@code run} is going.
 */
public final class BreadthFirstSearch {

    /** Expansions between two looks at the clock (time limit, progress). */
    private static final int CLOCK_EVERY = 1024;
    static final String DEADLOCK_RULE = "Deadlock";
    static final String DEADLOCK_MESSAGE = "no thread can move";

    private final TransitionSystem system;
    private final ExploreOptions options;
    private final StateStore store;
    private final ReductionPolicy policy;
    private final SearchListener listener;
    private final Expander expander;
    /** The store, when the expander's threads pack and hash the successors for it; else null. */
    private final PackingStore packing;
    private final int width;
    private volatile boolean stopRequested;
    private volatile String stopMessage;

    private boolean started;
    private long startNanos;
    private long lastProgressNanos;
    private Batch batch;
    private Batch nextBatch;
    private SuccessorBuffer buffer;
    private ParentTable parents;
    private LongHashSet unexpandable;
    private PartialExpansions partial;
    private int[] current;
    private final List<Counterexample> counterexamples = new ArrayList<>();
    private final Set<String> rulesFound = new HashSet<>();
    private long generated;
    private long cursor;
    private int level;
    private int deepest;
    private boolean truncatedByDepth;
    /** Set while expanding a state when a successor was already stored at an index no greater than its own. */
    private boolean closesCycle;
    private String stopReason;

    public BreadthFirstSearch(TransitionSystem system, ExploreOptions options, StateStore store,
                              ReductionPolicy policy, SearchListener listener) {
        this(system, options, store, policy, listener, Expander.SEQUENTIAL);
    }

    /**
     * A search whose successors are computed by {@code expander} (for example on worker threads); the
     * result is the same for every expander.
     */
    public BreadthFirstSearch(TransitionSystem system, ExploreOptions options, StateStore store,
                              ReductionPolicy policy, SearchListener listener, Expander expander) {
        this.expander = expander;
        this.system = system;
        this.options = options;
        this.store = store;
        this.policy = policy;
        this.listener = listener;
        this.width = system.layout().size();
        this.packing = expander.expandsInParallel() && store instanceof PackingStore p ? p : null;
    }

    /** Asks a running search to stop at its next state; it returns INCOMPLETE, "stopped by request". */
    public void requestStop() {
        stopRequested = true;
    }

    /** Asks a running search to stop at its next state; it returns INCOMPLETE with this reason. */
    public void requestStop(String reason) {
        stopMessage = reason;
        stopRequested = true;
    }

    /** Explores the state space and returns what it found; never throws OutOfMemoryError. */
    public Result run() {
        if (started) {
            throw new IllegalStateException("a BreadthFirstSearch runs once");
        }
        started = true;
        startNanos = System.nanoTime();
        lastProgressNanos = startNanos;
        try {
            search();
        } catch (UncheckedIOException e) {
            // the parent table's file (a store that forgets states keeps the parents on disk)
            stopReason = e.getMessage();
        } catch (OutOfMemoryError e) {
            // drop the buffers and the parent table (counterexamples already found are self-contained)
            buffer = null;
            batch = null;
            nextBatch = null;
            closeParents();
            unexpandable = null;
            partial = null;
            current = null;
            stopReason = "out of memory";
        } finally {
            closeParents();
        }
        return result();
    }

    /** Drops the parent table (and its file, if it has one): counterexamples already built do not need it. */
    private void closeParents() {
        if (parents != null) {
            parents.close();
            parents = null;
        }
    }

    private Batch newBatch() {
        return new Batch(system, store, Math.max(1, expander.batchSize()), policy, packing);
    }

    private void search() {
        batch = newBatch();
        nextBatch = newBatch();
        // a store that forgets states is for searches past memory: parents of full pages go to disk
        parents = store.forgetsStates() ? ParentTable.onDisk(ParentTable.DEFAULT_SHIFT, null) : new ParentTable();
        unexpandable = new LongHashSet();
        partial = new PartialExpansions();
        int[] initial = system.initialState();
        long index = store.add(initial);
        if (index != 0) {
            throw new IllegalStateException("the state store must start empty");
        }
        parents.add(-1, -1);
        if (admit(0, initial) || reachedMaxStates()) {
            return;
        }
        long levelEnd = 1;
        Batch unfinished = null;
        try {
            for (cursor = 0; cursor < store.size(); ) {
                if (cursor == levelEnd) {
                    level++;
                    levelEnd = store.size();
                    // states of earlier levels are read again only for counterexamples, which can replay them
                    store.forgetBelow(cursor);
                }
                if (unfinished == null) {
                    startBatch(batch, cursor, levelEnd);
                }
                unfinished = batch;
                expander.finish(batch);
                unfinished = null;
                // the next batch of the level is filled while this one is taken; a batch never crosses a
                // level, whose states are all stored when the level starts
                long after = cursor + batch.size();
                if (after < levelEnd) {
                    startBatch(nextBatch, after, levelEnd);
                    unfinished = nextBatch;
                }
                if (takeBatch()) {
                    return;
                }
                Batch taken = batch;
                batch = nextBatch;
                nextBatch = taken;
            }
        } finally {
            if (unfinished != null) {
                expander.cancel(unfinished);
            }
        }
        if (truncatedByDepth) {
            stopReason = "--max-depth " + options.maxDepth() + " reached";
        }
    }

    private void startBatch(Batch b, long from, long levelEnd) {
        b.load(from, (int) Math.min(expander.batchSize(), levelEnd - from));
        boolean atDepthLimit = options.maxDepth() > 0 && level >= options.maxDepth();
        for (int i = 0; i < b.size(); i++) {
            if (atDepthLimit || unexpandable.contains(from + i)) {
                b.skip(i);
            }
        }
        expander.start(b);
    }

    /** Takes the transitions of the current batch's states in order; true when the search must stop. */
    private boolean takeBatch() {
        for (int i = 0; i < batch.size(); i++, cursor++) {
            current = batch.state(i);
            buffer = batch.buffer(i);
            if (mustStop(cursor) || expand(cursor)) {
                return true;
            }
        }
        return false;
    }

    /** Checks the stop flag on every state and the clock every {@link #CLOCK_EVERY} states. */
    private boolean mustStop(long expansions) {
        if (stopRequested) {
            String message = stopMessage;
            stopReason = message != null ? message : "stopped by request";
            return true;
        }
        if (expansions % CLOCK_EVERY != 0) {
            return false;
        }
        long now = System.nanoTime();
        Duration limit = options.timeLimit();
        if (limit != null && now - startNanos >= limit.toNanos()) {
            stopReason = "--time-limit " + format(limit) + " reached";
            return true;
        }
        Duration interval = options.progressInterval();
        if (interval != null && now - lastProgressNanos >= interval.toNanos()) {
            lastProgressNanos = now;
            listener.progress(progress(now));
        }
        return false;
    }

    /** Takes the transitions of one state, computed into {@link #buffer}; true when the search must stop. */
    private boolean expand(long index) {
        if (unexpandable.contains(index)) {
            return false;
        }
        if (options.maxDepth() > 0 && level >= options.maxDepth()) {
            return atDepthLimit(index);
        }
        for (SuccessorBuffer.ActionViolation v : buffer.violations()) {
            if (report(index, v.actionId(), v.violation())) {
                return true;
            }
        }
        if (buffer.count() == 0) {
            return buffer.violations().isEmpty() && deadlock(index);
        }
        boolean reduced = buffer.select(policy, system, current);
        if (reduced) {
            partial.mark(index);
            store.expandedInPart(current, true);
        }
        closesCycle = false;
        for (int i = 0; i < buffer.count(); i++) {
            if (buffer.selected(i) && take(index, i)) {
                return true;
            }
        }
        // the cycle proviso (docs/design.md): a reduced expansion that reaches a state stored no later
        // than this one and itself expanded in part may close a cycle with no full expansion on it, so
        // this state is expanded fully
        if (reduced && closesCycle) {
            partial.clear(index);
            store.expandedInPart(current, false);
            for (int i = 0; i < buffer.count(); i++) {
                if (!buffer.selected(i) && take(index, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A state at the depth limit is not expanded; the run is incomplete if it could have been. */
    private boolean atDepthLimit(long index) {
        if (buffer.count() > 0 || !buffer.violations().isEmpty()) {
            truncatedByDepth = true;
            return false;
        }
        return deadlock(index);
    }

    /** Takes transition {@code i} of {@link #buffer}; true when the search must stop. */
    private boolean take(long from, int i) {
        int actionId = buffer.actionId(i);
        int[] next = buffer.state(i);
        generated++;
        listener.actionTaken(actionId);
        long index = packing != null && i < buffer.packedCount()
                ? packing.add(buffer.packed(), buffer.packedAt(i), buffer.hash(i)) : store.add(next);
        if (index < 0) {
            // -1 is also a fingerprint store's answer for a state whose index it no longer knows and that may have
            // been expanded in part: assume the worst (SEEN_WHOLE, its answer for the others, reads as an index past all)
            long stored = -index - 1;
            closesCycle |= (stored == 0 || stored <= from && partial.contains(stored))
                    && system.mayCloseCycle(current, next, system.actions().get(actionId).process());
            return false;
        }
        parents.add(from, actionId);
        deepest = level + 1;
        return admit(index, next) || reachedMaxStates();
    }

    /** Checks a newly stored state's invariants; true when the search must stop. */
    private boolean admit(long index, int[] state) {
        Violation violation = system.checkInvariants(state);
        if (violation == null) {
            return false;
        }
        unexpandable.add(index);
        return report(index, -1, violation);
    }

    private boolean deadlock(long index) {
        if (!options.checkDeadlock() || system.isFinal(current)) {
            return false;
        }
        return report(index, -1, new Violation(Violation.Kind.DEADLOCK, DEADLOCK_RULE, DEADLOCK_MESSAGE, null));
    }

    private boolean reachedMaxStates() {
        if (options.maxStates() > 0 && store.size() >= options.maxStates()) {
            stopReason = "--max-states " + options.maxStates() + " reached";
            return true;
        }
        return false;
    }

    /**
     * Records a violation found at state {@code index} (by action {@code actionId}, or by the state itself
     * when it is -1); true when the search must stop. With --continue only the first, hence shortest,
     * counterexample of each rule is kept.
     */
    private boolean report(long index, int actionId, Violation violation) {
        if (options.continueAfterViolation()) {
            if (rulesFound.add(violation.rule())) {
                counterexamples.add(new Traceback(system, store, parents).counterexample(index, actionId, violation));
            }
            return false;
        }
        counterexamples.add(new Traceback(system, store, parents).counterexample(index, actionId, violation));
        return true;
    }

    private Result result() {
        Statistics statistics = new Statistics(generated, store.size(), deepest, queue(),
                Duration.ofNanos(System.nanoTime() - startNanos));
        Verdict verdict = !counterexamples.isEmpty() ? Verdict.VIOLATION
                : stopReason != null ? Verdict.INCOMPLETE : Verdict.HOLDS;
        return new Result(verdict, statistics, counterexamples, stopReason);
    }

    /** States stored but not expanded; the one being expanded when the search stopped counts as waiting. */
    private long queue() {
        return Math.max(0, store.size() - cursor);
    }

    private SearchListener.Progress progress(long now) {
        Duration elapsed = Duration.ofNanos(now - startNanos);
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? store.size() / seconds : 0;
        return new SearchListener.Progress(generated, store.size(), level, queue(), rate, elapsed);
    }

    /** A limit as the user wrote it: whole seconds as {@code 30s}, else milliseconds. */
    static String format(Duration d) {
        if (d.toNanos() % 1_000_000_000L == 0) {
            return d.toSeconds() + "s";
        }
        if (d.toNanos() % 1_000_000L == 0) {
            return d.toMillis() + "ms";
        }
        return d.toString();
    }
}
