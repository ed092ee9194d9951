package irpcheck.explore;

import irpcheck.model.TransitionSystem;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The whole reachable state graph of a transition system, built breadth-first without reduction, as
 * liveness checking needs it: every state (in an exact store, numbered in breadth-first order), every
 * transition as an edge with its action (in compressed rows: the edges of state {@code i} are
 * {@code edgeStart(i) .. edgeStart(i + 1) - 1}), the breadth-first parent of each state (so that a
 * path to a state is a shortest one), and on demand the reversed edges. A transition that breaks a
 * safety rule leads nowhere (the safety search reports it) and is not an edge, but its process still
 * counts as able to move in that state, so that a run cannot stay for ever in front of a crash and
 * be reported again as a liveness failure. Not thread-safe.
 */
final class StateGraph {

    private static final int CLOCK_EVERY = 1024;

    private final TransitionSystem system;
    private final ExactStateStore store;
    private final int[] actionProcess;
    private final IntArrayList parent = new IntArrayList();
    private final IntArrayList parentAction = new IntArrayList();
    private final IntArrayList edgeStart = new IntArrayList();
    private final IntArrayList edgeTarget = new IntArrayList();
    private final IntArrayList edgeAction = new IntArrayList();
    private final IntArrayList crashStart = new IntArrayList();
    private final IntArrayList crashProcess = new IntArrayList();
    private int[] reverseStart;
    private int[] reverseSource;
    private long generated;
    private int depth;
    private String stopReason;

    private StateGraph(TransitionSystem system) {
        this.system = system;
        this.store = new ExactStateStore(system.layout().size());
        this.actionProcess = system.actions().stream().mapToInt(a -> a.process()).toArray();
    }

    /**
     * Builds the graph; stops early (with {@link #stopReason()} set) at {@code options}' state and time
     * limits or when {@code stop} says so. The depth limit does not apply: a cycle needs the whole graph.
     */
    static StateGraph build(TransitionSystem system, ExploreOptions options, BooleanSupplier stop) {
        return build(system, options, stop, SearchListener.NONE);
    }

    /** As {@link #build(TransitionSystem, ExploreOptions, BooleanSupplier)}, with progress events to {@code listener}. */
    static StateGraph build(TransitionSystem system, ExploreOptions options, BooleanSupplier stop,
                            SearchListener listener) {
        StateGraph g = new StateGraph(system);
        g.explore(options, stop, listener);
        return g;
    }

    private void explore(ExploreOptions options, BooleanSupplier stop, SearchListener listener) {
        long start = System.nanoTime();
        long lastProgress = start;
        int width = system.layout().size();
        SuccessorBuffer buffer = new SuccessorBuffer(width, system.actions().size());
        int[] current = new int[width];
        store.add(system.initialState());
        parent.add(-1);
        parentAction.add(-1);
        int levelEnd = 1;
        for (int cursor = 0; cursor < store.size(); cursor++) {
            if (cursor == levelEnd) {
                depth++;
                levelEnd = (int) store.size();
            }
            if ((stopReason = limit(options, stop, cursor, start)) != null) {
                return;
            }
            if (cursor % CLOCK_EVERY == 0 && options.progressInterval() != null
                    && System.nanoTime() - lastProgress >= options.progressInterval().toNanos()) {
                lastProgress = System.nanoTime();
                Duration elapsed = Duration.ofNanos(lastProgress - start);
                double seconds = elapsed.toNanos() / 1e9;
                listener.progress(new SearchListener.Progress(generated, store.size(), depth, store.size() - cursor,
                        seconds > 0 ? store.size() / seconds : 0, elapsed));
            }
            store.get(cursor, current);
            buffer.clear();
            system.successors(current, buffer);
            edgeStart.add(edgeTarget.size());
            crashStart.add(crashProcess.size());
            for (SuccessorBuffer.ActionViolation v : buffer.violations()) {
                crashProcess.add(actionProcess[v.actionId()]);
            }
            for (int i = 0; i < buffer.count(); i++) {
                generated++;
                long index = store.add(buffer.state(i));
                if (index >= 0) {
                    parent.add(cursor);
                    parentAction.add(buffer.actionId(i));
                }
                edgeTarget.add((int) (index >= 0 ? index : -index - 1));
                edgeAction.add(buffer.actionId(i));
            }
        }
        edgeStart.add(edgeTarget.size());
        crashStart.add(crashProcess.size());
    }

    private String limit(ExploreOptions options, BooleanSupplier stop, int expanded, long start) {
        if (stop.getAsBoolean()) {
            return "stopped by request";
        }
        if (options.maxStates() > 0 && store.size() > options.maxStates()) {
            return "--max-states " + options.maxStates() + " reached";
        }
        if (store.size() >= Integer.MAX_VALUE - 1024) {
            return "the state graph outgrew " + Integer.MAX_VALUE + " states";
        }
        Duration limit = options.timeLimit();
        if (limit != null && expanded % CLOCK_EVERY == 0 && System.nanoTime() - start >= limit.toNanos()) {
            return "--time-limit " + BreadthFirstSearch.format(limit) + " reached";
        }
        return null;
    }

    /** Why the graph is incomplete, or null when it holds every reachable state. */
    String stopReason() {
        return stopReason;
    }

    TransitionSystem system() {
        return system;
    }

    int size() {
        return (int) store.size();
    }

    long generated() {
        return generated;
    }

    int depth() {
        return depth;
    }

    int[] state(int index, int[] into) {
        return store.get(index, into);
    }

    int edgeStart(int state) {
        return edgeStart.get(state);
    }

    int edgeEnd(int state) {
        return edgeStart.get(state + 1);
    }

    int target(int edge) {
        return edgeTarget.get(edge);
    }

    int action(int edge) {
        return edgeAction.get(edge);
    }

    int process(int edge) {
        return actionProcess[edgeAction.get(edge)];
    }

    int parent(int state) {
        return parent.get(state);
    }

    int parentAction(int state) {
        return parentAction.get(state);
    }

    /** Whether process {@code p} can move in {@code state}: it has a transition, or one that breaks a rule. */
    boolean enabled(int state, int p) {
        for (int e = edgeStart(state); e < edgeEnd(state); e++) {
            if (process(e) == p) {
                return true;
            }
        }
        for (int c = crashStart.get(state); c < crashStart.get(state + 1); c++) {
            if (crashProcess.get(c) == p) {
                return true;
            }
        }
        return false;
    }

    /** The first edge into {@code state} of the reversed graph; built on first use. */
    int reverseStart(int state) {
        reverse();
        return reverseStart[state];
    }

    int reverseEnd(int state) {
        reverse();
        return reverseStart[state + 1];
    }

    int reverseSource(int edge) {
        return reverseSource[edge];
    }

    private void reverse() {
        if (reverseStart != null) {
            return;
        }
        int n = size();
        int[] start = new int[n + 1];
        for (int e = 0; e < edgeTarget.size(); e++) {
            start[edgeTarget.get(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] source = new int[edgeTarget.size()];
        for (int v = 0; v < n; v++) {
            for (int e = edgeStart(v); e < edgeEnd(v); e++) {
                source[fill[edgeTarget.get(e)]++] = v;
            }
        }
        reverseStart = start;
        reverseSource = source;
    }
}
