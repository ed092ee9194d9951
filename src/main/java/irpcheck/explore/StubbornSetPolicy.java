package irpcheck.explore;

import irpcheck.model.Footprint;
import irpcheck.model.TransitionSystem;

import java.util.List;

/**
 * Partial-order reduction by stubborn sets built per process: in a state, for a process {@code p} with an
 * enabled action, the set of processes {@code P} is closed under "a process outside {@code P} may, now or
 * later, touch a slot that the steps a process in {@code P} can take from here read or write"
 * ({@link TransitionSystem#currentFootprint} against {@link TransitionSystem#futureFootprint}). No sequence
 * of steps by processes outside {@code P} can then enable, disable or fail to commute with any step that
 * leaves a location of {@code P}: the steps of {@code P} from here form a stubborn set (Valmari), which
 * preserves every reachable deadlock and every reachable rule break (a step that fails is a step into
 * a dead end). Invariants are kept by visibility: a reduced selection never writes a slot an invariant
 * reads. The smallest such selection over the candidates {@code p} wins, ties to the lowest process.
 * The cycle proviso is the search's (see {@link ReductionPolicy}).
 *
 * <p>Stateless apart from what it derives from the system: thread-safe.
 */
public final class StubbornSetPolicy implements ReductionPolicy {

    @Override
    public int select(TransitionSystem system, int[] state, int[] enabled, int count) {
        if (count <= 1) {
            return count;
        }
        int[] visible = system.invariantReads();
        if (visible == null) {
            return count;
        }
        List<irpcheck.model.Action> actions = system.actions();
        int processes = system.processes().size();
        int[] enabledPer = new int[processes];
        for (int i = 0; i < count; i++) {
            enabledPer[actions.get(enabled[i]).process()]++;
        }
        Footprint[] current = new Footprint[processes];
        Footprint[] future = new Footprint[processes];
        boolean[] best = null;
        int bestCount = count;
        for (int p = 0; p < processes; p++) {
            if (enabledPer[p] == 0 || enabledPer[p] >= bestCount) {
                continue;
            }
            boolean[] set = closure(system, state, p, current, future, enabledPer, bestCount);
            if (set == null || !invisible(system, state, set, enabledPer, current, visible)) {
                continue;
            }
            int selected = 0;
            for (int q = 0; q < processes; q++) {
                selected += set[q] ? enabledPer[q] : 0;
            }
            if (selected < bestCount) {
                best = set;
                bestCount = selected;
            }
        }
        return best == null ? count : moveSelectedFirst(actions, enabled, count, best);
    }

    /**
     * The processes that must join {@code p}; null as soon as their enabled actions reach {@code limit}
     * (no better than what is already known).
     */
    private static boolean[] closure(TransitionSystem system, int[] state, int p, Footprint[] current,
                                     Footprint[] future, int[] enabledPer, int limit) {
        int n = current.length;
        boolean[] in = new boolean[n];
        int[] work = new int[n];
        int top = 0;
        in[p] = true;
        work[top++] = p;
        int selected = enabledPer[p];
        while (top > 0) {
            int x = work[--top];
            Footprint fx = current(system, state, x, current);
            boolean disabled = enabledPer[x] == 0;
            for (int q = 0; q < n; q++) {
                if (!in[q] && interferes(fx, disabled, future(system, state, q, future))) {
                    in[q] = true;
                    work[top++] = q;
                    selected += enabledPer[q];
                    if (selected >= limit) {
                        return null;
                    }
                }
            }
        }
        return in;
    }

    /**
     * Whether a process whose future footprint is {@code future} must join a process whose current steps
     * have footprint {@code current}: when those steps are enabled, if the two may fail to commute; when
     * they are all disabled, only if it may enable one of them (write what their guards read), since a
     * disabled step neither runs nor changes anything until someone enables it (Valmari's necessary
     * enabling sets).
     */
    private static boolean interferes(Footprint current, boolean disabled, Footprint future) {
        return disabled ? current.readsWrittenBy(future) : current.conflictsWith(future);
    }

    /** No process of the set with an enabled action may write what an invariant reads. */
    private static boolean invisible(TransitionSystem system, int[] state, boolean[] set, int[] enabledPer,
                                     Footprint[] current, int[] visible) {
        for (int q = 0; q < set.length; q++) {
            if (set[q] && enabledPer[q] > 0 && current(system, state, q, current).writesAny(visible)) {
                return false;
            }
        }
        return true;
    }

    private static Footprint current(TransitionSystem system, int[] state, int p, Footprint[] cache) {
        if (cache[p] == null) {
            cache[p] = system.currentFootprint(state, p);
        }
        return cache[p];
    }

    private static Footprint future(TransitionSystem system, int[] state, int p, Footprint[] cache) {
        if (cache[p] == null) {
            cache[p] = system.futureFootprint(state, p);
        }
        return cache[p];
    }

    /** Stable partition: the selected processes' actions first, each part in its original order. */
    private static int moveSelectedFirst(List<irpcheck.model.Action> actions, int[] enabled, int count, boolean[] set) {
        int[] copy = java.util.Arrays.copyOf(enabled, count);
        int k = 0;
        for (int a : copy) {
            if (set[actions.get(a).process()]) {
                enabled[k++] = a;
            }
        }
        int selected = k;
        for (int a : copy) {
            if (!set[actions.get(a).process()]) {
                enabled[k++] = a;
            }
        }
        return selected;
    }
}
