package irpcheck.explore;

import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rebuilds the states along a path when the store no longer holds them (a fingerprint store): from the
 * initial state, follow the recorded action of each step. An action can lead to several states (a
 * {@code choose}), so the replay is a depth-first search over those, pruned by the store's fingerprints
 * and ending at the known last state. Stateless apart from one call's buffers; not thread-safe.
 */
final class PathReplay {

    private final TransitionSystem system;
    private final Predicate<int[]> mayBeStored;

    PathReplay(TransitionSystem system, Predicate<int[]> mayBeStored) {
        this.system = system;
        this.mayBeStored = mayBeStored;
    }

    /**
     * The states of a path of {@code actions.length} states, where {@code actions[k]} reached state k
     * ({@code actions[0]} is unused: state 0 is the initial state) and the last state is {@code last};
     * null when no such path exists.
     */
    int[][] replay(int[] actions, int[] last) {
        int[][] states = new int[actions.length][];
        states[0] = system.initialState();
        return follow(states, actions, 1, last) ? states : null;
    }

    private boolean follow(int[][] states, int[] actions, int k, int[] last) {
        if (k == states.length) {
            return Arrays.equals(states[k - 1], last);
        }
        for (int[] next : successors(states[k - 1], actions[k])) {
            if ((k == states.length - 1 ? Arrays.equals(next, last) : mayBeStored.test(next))) {
                states[k] = next;
                if (follow(states, actions, k + 1, last)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<int[]> successors(int[] state, int action) {
        List<int[]> out = new ArrayList<>();
        system.successors(state, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
                if (actionId == action) {
                    out.add(next.clone());
                }
            }

            @Override
            public void violation(int actionId, Violation violation) {
                // a path's steps are successors, never violations
            }
        });
        return out;
    }
}
