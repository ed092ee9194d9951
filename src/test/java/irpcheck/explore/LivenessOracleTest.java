package irpcheck.explore;

import irpcheck.model.Fairness;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The liveness verdict against its definition, by brute force on seeded random graphs of at most 9
 * states: {@code P ~> Q} fails exactly when some set S of Q-false states, strongly connected in itself
 * (or a single state, which may stutter), is reachable through Q-false states from a reachable state
 * where P holds and Q does not, and is fair: each weakly fair process moves inside S or is disabled
 * somewhere in S, each strongly fair process moves inside S or is disabled all over S. Every subset
 * is tried. The seed is in the failure message.
 */
class LivenessOracleTest {

    private static final Fairness[] KINDS = {Fairness.WEAK, Fairness.STRONG, Fairness.UNFAIR};

    @Test
    void theVerdictIsTheDefinitions() {
        for (long seed = 1; seed <= 400; seed++) {
            Random r = new Random(seed);
            int nodes = 3 + r.nextInt(7);
            Fairness[] fairness = new Fairness[1 + r.nextInt(3)];
            for (int p = 0; p < fairness.length; p++) {
                fairness[p] = KINDS[r.nextInt(KINDS.length)];
            }
            FairGraph g = new FairGraph(nodes, fairness, Set.of());
            int edges = r.nextInt(2 * nodes);
            int[][] e = new int[edges][];
            for (int i = 0; i < edges; i++) {
                e[i] = new int[] {r.nextInt(nodes), r.nextInt(fairness.length), r.nextInt(nodes)};
                g.edge(e[i][0], e[i][1], e[i][2]);
            }
            Set<Integer> trigger = new TreeSet<>();
            Set<Integer> goal = new TreeSet<>();
            for (int v = 0; v < nodes; v++) {
                if (r.nextInt(3) == 0) {
                    trigger.add(v);
                }
                if (r.nextInt(3) == 0) {
                    goal.add(v);
                }
            }
            g.property("P", trigger, goal);
            Result result = new LivenessSearch(g, ExploreOptions.defaults()).run();
            boolean fails = result.verdict() == Verdict.VIOLATION;
            assertEquals(bruteForce(nodes, e, fairness, trigger, goal), fails, "seed " + seed);
            if (fails) {
                checkLasso(result.counterexamples().get(0), e, fairness, trigger, goal, nodes, seed);
            }
        }
    }

    /** The lasso is a path of real edges, meets the obligation's start, avoids the goal after it, and is fair. */
    private static void checkLasso(Counterexample cx, int[][] edges, Fairness[] fairness, Set<Integer> trigger,
                                   Set<Integer> goal, int n, long seed) {
        var steps = cx.steps();
        String at = "seed " + seed;
        assertEquals(steps.get(cx.loop()).state()[0], steps.get(steps.size() - 1).state()[0], at);
        int t = cx.lasso().trigger();
        assertEquals(true, trigger.contains(steps.get(t).state()[0]), at);
        for (int i = t; i < steps.size(); i++) {
            assertEquals(false, goal.contains(steps.get(i).state()[0]), at);
        }
        boolean[] moves = new boolean[fairness.length];
        for (int i = 1; i < steps.size(); i++) {
            int from = steps.get(i - 1).state()[0];
            int to = steps.get(i).state()[0];
            int p = steps.get(i).actionId();
            boolean edge = false;
            for (int[] e : edges) {
                edge |= e[0] == from && e[1] == p && e[2] == to;
            }
            assertEquals(true, edge, at + ": step " + i + " is not an edge");
            if (i > cx.loop()) {
                moves[p] = true;
            }
        }
        for (int p = 0; p < fairness.length; p++) {
            boolean enabledSomewhere = false;
            boolean disabledSomewhere = false;
            for (int i = cx.loop(); i < steps.size(); i++) {
                int v = steps.get(i).state()[0];
                boolean en = false;
                for (int[] e : edges) {
                    en |= e[0] == v && e[1] == p;
                }
                enabledSomewhere |= en;
                disabledSomewhere |= !en;
            }
            boolean ok = switch (fairness[p]) {
                case UNFAIR -> true;
                case WEAK -> moves[p] || disabledSomewhere;
                case STRONG -> moves[p] || !enabledSomewhere;
            };
            assertEquals(true, ok, at + ": the cycle is unfair to P" + p);
        }
    }

    private static boolean bruteForce(int n, int[][] edges, Fairness[] fairness, Set<Integer> trigger, Set<Integer> goal) {
        boolean[] reachable = closure(n, edges, Set.of(0), v -> true);
        Set<Integer> starts = new TreeSet<>();
        for (int v = 0; v < n; v++) {
            if (reachable[v] && trigger.contains(v) && !goal.contains(v)) {
                starts.add(v);
            }
        }
        boolean[] open = closure(n, edges, starts, v -> !goal.contains(v));
        for (int mask = 1; mask < (1 << n); mask++) {
            if (subsetOf(mask, open) && connected(n, edges, mask) && fair(n, edges, fairness, mask)) {
                return true;
            }
        }
        return false;
    }

    private static boolean subsetOf(int mask, boolean[] set) {
        for (int v = 0; v < set.length; v++) {
            if ((mask >> v & 1) == 1 && !set[v]) {
                return false;
            }
        }
        return true;
    }

    /** States reachable from {@code from} through states {@code allowed} accepts (the start states included). */
    private static boolean[] closure(int n, int[][] edges, Set<Integer> from, java.util.function.IntPredicate allowed) {
        boolean[] seen = new boolean[n];
        from.forEach(v -> seen[v] = true);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int[] e : edges) {
                if (seen[e[0]] && !seen[e[2]] && allowed.test(e[2])) {
                    seen[e[2]] = true;
                    changed = true;
                }
            }
        }
        return seen;
    }

    /** Every state of the set reaches every other inside it (a single state always qualifies: it may stutter). */
    private static boolean connected(int n, int[][] edges, int mask) {
        for (int v = 0; v < n; v++) {
            if ((mask >> v & 1) == 0) {
                continue;
            }
            boolean[] r = closure(n, edges, Set.of(v), w -> (mask >> w & 1) == 1);
            for (int w = 0; w < n; w++) {
                if ((mask >> w & 1) == 1 && !r[w]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fair(int n, int[][] edges, Fairness[] fairness, int mask) {
        for (int p = 0; p < fairness.length; p++) {
            boolean takes = false;
            boolean[] enabled = new boolean[n];
            for (int[] e : edges) {
                if (e[1] == p) {
                    enabled[e[0]] = true;
                    takes |= (mask >> e[0] & 1) == 1 && (mask >> e[2] & 1) == 1;
                }
            }
            boolean enabledSomewhere = false;
            boolean disabledSomewhere = false;
            for (int v = 0; v < n; v++) {
                if ((mask >> v & 1) == 1) {
                    enabledSomewhere |= enabled[v];
                    disabledSomewhere |= !enabled[v];
                }
            }
            boolean ok = switch (fairness[p]) {
                case UNFAIR -> true;
                case WEAK -> takes || disabledSomewhere;
                case STRONG -> takes || !enabledSomewhere;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
