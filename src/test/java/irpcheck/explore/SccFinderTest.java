package irpcheck.explore;

import irpcheck.model.Fairness;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The iterative Tarjan against mutual reachability computed the slow way, on seeded random graphs;
 * and the fair-set check against its definition on the same graphs.
 */
class SccFinderTest {

    private static FairGraph random(long seed, int nodes, int edges, Fairness[] fairness) {
        Random r = new Random(seed);
        FairGraph g = new FairGraph(nodes, fairness, Set.of());
        for (int i = 1; i < nodes; i++) {
            g.edge(r.nextInt(i), r.nextInt(fairness.length), i);   // a spanning tree: every node reachable
        }
        for (int i = 0; i < edges; i++) {
            g.edge(r.nextInt(nodes), r.nextInt(fairness.length), r.nextInt(nodes));
        }
        return g;
    }

    @Test
    void tarjanFindsTheComponentsOfMutualReachability() {
        for (long seed = 1; seed <= 40; seed++) {
            FairGraph g = random(seed, 25, 30, new Fairness[] {Fairness.WEAK, Fairness.STRONG});
            StateGraph graph = StateGraph.build(g, ExploreOptions.defaults(), () -> false);
            int n = graph.size();
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            int[] member = new int[n];
            Arrays.fill(member, 1);
            Set<Set<Integer>> fast = new HashSet<>();
            for (int[] c : new SccFinder(graph).components(all, member, 1)) {
                fast.add(set(c));
            }
            assertEquals(slow(graph), fast, "seed " + seed);
        }
    }

    private static Set<Integer> set(int[] c) {
        Set<Integer> s = new HashSet<>();
        for (int v : c) {
            s.add(v);
        }
        return s;
    }

    /** Components as classes of mutual reachability, from a reachability matrix. */
    private static Set<Set<Integer>> slow(StateGraph g) {
        int n = g.size();
        boolean[][] reach = new boolean[n][n];
        for (int v = 0; v < n; v++) {
            reach[v][v] = true;
            for (int e = g.edgeStart(v); e < g.edgeEnd(v); e++) {
                reach[v][g.target(e)] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        Set<Set<Integer>> out = new HashSet<>();
        for (int v = 0; v < n; v++) {
            Set<Integer> c = new HashSet<>();
            for (int w = 0; w < n; w++) {
                if (reach[v][w] && reach[w][v]) {
                    c.add(w);
                }
            }
            out.add(c);
        }
        return out;
    }

    @Test
    void everyFairSetMeetsTheDefinition() {
        Fairness[] fairness = {Fairness.WEAK, Fairness.STRONG, Fairness.UNFAIR};
        for (long seed = 1; seed <= 40; seed++) {
            FairGraph g = random(seed, 20, 25, fairness);
            StateGraph graph = StateGraph.build(g, ExploreOptions.defaults(), () -> false);
            int[] all = new int[graph.size()];
            Arrays.setAll(all, i -> i);
            FairComponents fc = new FairComponents(graph, fairness);
            List<FairComponents.FairSet> sets = new ArrayList<>(fc.find(all));
            for (FairComponents.FairSet s : sets) {
                Set<Integer> in = set(s.states());
                for (int p = 0; p < fairness.length; p++) {
                    boolean takes = false;
                    boolean enabledSomewhere = false;
                    boolean disabledSomewhere = false;
                    for (int v : s.states()) {
                        boolean en = graph.enabled(v, p);
                        enabledSomewhere |= en;
                        disabledSomewhere |= !en;
                        for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
                            takes |= graph.process(e) == p && in.contains(graph.target(e));
                        }
                    }
                    if (fairness[p] == Fairness.WEAK) {
                        assertEquals(true, takes || disabledSomewhere, "seed " + seed + " weak P" + p);
                    } else if (fairness[p] == Fairness.STRONG) {
                        assertEquals(true, takes || !enabledSomewhere, "seed " + seed + " strong P" + p);
                    }
                }
            }
        }
    }
}
