package irpcheck.explore;

import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a counterexample from the parent table: the path of state indices from the initial state,
 * the states along it from the store, or replayed from the initial state when a store that forgets
 * states no longer holds them. Used on the search's thread while the search runs; not thread-safe.
 */
final class Traceback {

    private final TransitionSystem system;
    private final StateStore store;
    private final ParentTable parents;
    private final int width;

    Traceback(TransitionSystem system, StateStore store, ParentTable parents) {
        this.system = system;
        this.store = store;
        this.parents = parents;
        this.width = system.layout().size();
    }

    /** The path to state {@code index}, then the step of {@code actionId} from it when that is not -1. */
    Counterexample counterexample(long index, int actionId, Violation violation) {
        long[] path = parents.pathTo(index);
        int[][] states = pathStates(path);
        List<TraceStep> steps = new ArrayList<>(path.length + 1);
        for (int k = 0; k < path.length; k++) {
            steps.add(new TraceStep(parents.actionInto(path[k]), states[k]));
        }
        if (actionId >= 0) {
            steps.add(new TraceStep(actionId, store.get(index, new int[width])));
        }
        return new Counterexample(violation, steps, actionId >= 0);
    }

    /** The states along a path: from the store, or replayed when the store has forgotten some of them. */
    private int[][] pathStates(long[] path) {
        int[][] states = new int[path.length][];
        boolean held = true;
        for (int k = 0; k < path.length && held; k++) {
            held = store.retains(path[k]);
            states[k] = held ? store.get(path[k], new int[width]) : null;
        }
        if (held) {
            return states;
        }
        int[] actions = new int[path.length];
        for (int k = 0; k < path.length; k++) {
            actions[k] = parents.actionInto(path[k]);
        }
        int[][] replayed = new PathReplay(system, store::mayContain)
                .replay(actions, store.get(path[path.length - 1], new int[width]));
        if (replayed == null) {
            throw new IllegalStateException("cannot replay the counterexample's path from the initial state");
        }
        return replayed;
    }

}
