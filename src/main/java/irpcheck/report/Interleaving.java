package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.Result;
import irpcheck.explore.TraceStep;
import irpcheck.model.Footprint;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Among the traces equivalent to a counterexample (the same steps, with the same order between every
 * two dependent steps: steps of one thread, or steps whose footprints conflict), finds one with few
 * context switches, and names the racing pair: the last step of another thread whose accesses
 * conflict with the violating step. The reordered trace is re-executed and kept only when it reaches
 * the same violation, so the result is always a real counterexample of the same length.
 * Stateless; thread-safe.
 *
 * <p>Fewest switches is found greedily: the running thread keeps running while its next step is ready
 * (every step it depends on is placed); when it must stop, the thread that can then run longest goes
 * next, ties going to the thread whose step came first. The violating step stays last.
 */
public final class Interleaving {

    /**
     * Longer traces are shown as found: the greedy search is cubic in the trace's length in the worst
     * case, and a trace this long is read through its race and its threads line anyway.
     */
    static final int MAX_STEPS = 600;

    private Interleaving() { }

    /** The result with each counterexample replaced by its equivalent with fewest context switches. */
    public static Result fewestSwitches(TransitionSystem system, Result result) {
        List<Counterexample> cxs = result.counterexamples().stream().map(c -> fewestSwitches(system, c)).toList();
        return new Result(result.verdict(), result.statistics(), cxs, result.stopReason());
    }

    /** The equivalent counterexample with fewest context switches (the same one when nothing is gained). */
    public static Counterexample fewestSwitches(TransitionSystem system, Counterexample cx) {
        int n = cx.steps().size() - 1;
        if (n < 3 || n > MAX_STEPS) {
            return cx;
        }
        boolean[][] dep = dependencies(system, cx);
        int[] order = order(system, cx, dep);
        if (switches(system, cx, order) >= switches(system, cx, identity(n))) {
            return cx;
        }
        Counterexample replayed = replay(system, cx, order);
        return replayed == null ? cx : replayed;
    }

    /** Context switches of a trace: steps whose thread differs from the previous step's. */
    public static int switches(TransitionSystem system, Counterexample cx) {
        return switches(system, cx, identity(cx.steps().size() - 1));
    }

    /**
     * The racing pair: step indices {first, second} where second is the last step (the one that broke
     * the rule or entered the bad state) and first the latest step of another thread whose footprint
     * conflicts with it; null for a deadlock or when there is none.
     */
    public static int[] race(TransitionSystem system, Counterexample cx) {
        int last = cx.steps().size() - 1;
        if (last < 2 || cx.violation().kind() == Violation.Kind.DEADLOCK) {
            return null;
        }
        int lastProcess = process(system, cx, last);
        Footprint end = footprint(system, cx, last);
        for (int i = last - 1; i >= 1; i--) {
            if (process(system, cx, i) != lastProcess && footprint(system, cx, i).conflictsWith(end)) {
                return new int[] {i, last};
            }
        }
        return null;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        return order;
    }

    private static int process(TransitionSystem system, Counterexample cx, int step) {
        return system.actions().get(cx.steps().get(step).actionId()).process();
    }

    /** The footprint of step {@code k}'s action in the state it was taken from. */
    private static Footprint footprint(TransitionSystem system, Counterexample cx, int k) {
        return system.footprint(cx.steps().get(k - 1).state(), cx.steps().get(k).actionId());
    }

    /** dep[i][j] for steps i < j: j must stay after i. */
    private static boolean[][] dependencies(TransitionSystem system, Counterexample cx) {
        int n = cx.steps().size() - 1;
        Footprint[] fp = new Footprint[n + 1];
        int[] proc = new int[n + 1];
        for (int k = 1; k <= n; k++) {
            fp[k] = footprint(system, cx, k);
            proc[k] = process(system, cx, k);
        }
        boolean[][] dep = new boolean[n + 1][n + 1];
        for (int j = 1; j <= n; j++) {
            for (int i = 1; i < j; i++) {
                dep[i][j] = proc[i] == proc[j] || fp[i].conflictsWith(fp[j]);
            }
        }
        return dep;
    }

    private static int[] order(TransitionSystem system, Counterexample cx, boolean[][] dep) {
        int n = cx.steps().size() - 1;
        boolean[] placed = new boolean[n + 1];
        int[] order = new int[n];
        int current = -1;
        for (int pos = 0; pos < n - 1; pos++) {
            int next = readyOf(system, cx, dep, placed, current, n);
            if (next < 0) {
                next = bestSwitch(system, cx, dep, placed, n);
            }
            order[pos] = next;
            placed[next] = true;
            current = process(system, cx, next);
        }
        order[n - 1] = n;
        return order;
    }

    /** The first unplaced ready step of the process (excluding the last step), or -1. */
    private static int readyOf(TransitionSystem system, Counterexample cx, boolean[][] dep, boolean[] placed,
                               int process, int n) {
        for (int j = 1; j < n; j++) {
            if (!placed[j] && process(system, cx, j) == process) {
                return ready(dep, placed, j) ? j : -1;
            }
        }
        return -1;
    }

    private static boolean ready(boolean[][] dep, boolean[] placed, int j) {
        for (int i = 1; i < j; i++) {
            if (dep[i][j] && !placed[i]) {
                return false;
            }
        }
        return true;
    }

    /** The ready step whose thread can then run the most steps in a row; ties to the earliest step. */
    private static int bestSwitch(TransitionSystem system, Counterexample cx, boolean[][] dep, boolean[] placed, int n) {
        int best = -1;
        int bestRun = -1;
        for (int j = 1; j < n; j++) {
            if (placed[j] || !ready(dep, placed, j)) {
                continue;
            }
            int p = process(system, cx, j);
            boolean[] trial = placed.clone();
            int run = 0;
            for (int k = j; k > 0; k = readyOf(system, cx, dep, trial, p, n)) {
                trial[k] = true;
                run++;
            }
            if (run > bestRun) {
                best = j;
                bestRun = run;
            }
        }
        return best;
    }

    private static int switches(TransitionSystem system, Counterexample cx, int[] order) {
        int count = 0;
        for (int k = 1; k < order.length; k++) {
            if (process(system, cx, order[k]) != process(system, cx, order[k - 1])) {
                count++;
            }
        }
        return count;
    }

    /** Re-executes the steps in the new order; null unless it reaches the same violation the same way. */
    private static Counterexample replay(TransitionSystem system, Counterexample cx, int[] order) {
        List<TraceStep> steps = new ArrayList<>();
        int[] state = system.initialState();
        steps.add(new TraceStep(-1, state));
        int n = order.length;
        for (int k = 0; k < n; k++) {
            int action = cx.steps().get(order[k]).actionId();
            boolean last = k == n - 1;
            if (last && cx.violatingAction()) {
                if (!raises(system, state, action, cx.violation())) {
                    return null;
                }
                steps.add(new TraceStep(action, state));
                break;
            }
            int[] next = successor(system, state, action);
            if (next == null || !last && system.checkInvariants(next) != null) {
                return null;
            }
            steps.add(new TraceStep(action, next));
            state = next;
        }
        int[] original = cx.steps().get(cx.steps().size() - 1).state();
        return Arrays.equals(state, original) ? new Counterexample(cx.violation(), steps, cx.violatingAction()) : null;
    }

    private static int[] successor(TransitionSystem system, int[] state, int action) {
        int[][] found = new int[1][];
        system.successors(state, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
                if (actionId == action && found[0] == null) {
                    found[0] = next.clone();
                }
            }

            @Override
            public void violation(int actionId, Violation violation) { }
        });
        return found[0];
    }

    private static boolean raises(TransitionSystem system, int[] state, int action, Violation expected) {
        boolean[] seen = new boolean[1];
        system.successors(state, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) { }

            @Override
            public void violation(int actionId, Violation violation) {
                seen[0] |= actionId == action && violation.rule().equals(expected.rule());
            }
        });
        return seen[0];
    }
}
