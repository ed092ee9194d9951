package irpcheck.explore;

import irpcheck.model.Action;
import irpcheck.model.Fairness;
import irpcheck.model.Footprint;
import irpcheck.model.LivenessProperty;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;
import irpcheck.model.StateLayout;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A transition system given as an explicit graph whose edges belong to processes, with a fairness per
 * process and one liveness property over node sets, for liveness tests. A state is {@code {node}};
 * action {@code p} is process {@code p}'s only action. Test only; immutable once built.
 */
final class FairGraph implements TransitionSystem {

    private final int nodes;
    private final java.util.Map<Integer, List<int[]>> edges = new java.util.HashMap<>();   // from -> {process, to}
    private final Fairness[] fairness;
    private final List<LivenessProperty> properties = new ArrayList<>();
    private final Set<Integer> finals;

    FairGraph(int nodes, Fairness[] fairness, Set<Integer> finals) {
        this.nodes = nodes;
        this.fairness = fairness.clone();
        this.finals = Set.copyOf(finals);
    }

    private final java.util.Map<Integer, Integer> crashes = new java.util.HashMap<>();

    /** In {@code node}, process {@code process}'s step breaks a safety rule. */
    FairGraph crash(int node, int process) {
        crashes.put(node, process);
        return this;
    }

    FairGraph edge(int from, int process, int to) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new int[] {process, to});
        return this;
    }

    /** {@code trigger ~> goal} over node sets. */
    FairGraph property(String name, Set<Integer> trigger, Set<Integer> goal) {
        properties.add(new LivenessProperty(name, "", s -> trigger.contains(s[0]), s -> goal.contains(s[0]),
                name, null));
        return this;
    }

    @Override
    public String name() {
        return "fairgraph";
    }

    @Override
    public StateLayout layout() {
        return new StateLayout(List.of(new StateLayout.Slot("node", 0, nodes - 1)));
    }

    @Override
    public int[] initialState() {
        return new int[] {0};
    }

    @Override
    public List<Process> processes() {
        List<Process> out = new ArrayList<>();
        for (int p = 0; p < fairness.length; p++) {
            out.add(new Process(p, "P" + p, false));
        }
        return out;
    }

    @Override
    public List<Action> actions() {
        List<Action> out = new ArrayList<>();
        for (int p = 0; p < fairness.length; p++) {
            out.add(new Action(p, p, "P" + p, null, "step", ""));
        }
        return out;
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        if (crashes.containsKey(state[0])) {
            int p = crashes.get(state[0]);
            sink.violation(p, new Violation(Violation.Kind.ASSERTION, "Crash", "crash", null));
        }
        for (int p = 0; p < fairness.length; p++) {
            for (int[] e : edges.getOrDefault(state[0], List.of())) {
                if (e[0] == p) {
                    sink.successor(p, new int[] {e[1]});
                }
            }
        }
    }

    @Override
    public boolean isFinal(int[] state) {
        return finals.contains(state[0]);
    }

    @Override
    public Violation checkInvariants(int[] state) {
        return null;
    }

    @Override
    public Footprint footprint(int[] state, int actionId) {
        return Footprint.UNKNOWN;
    }

    @Override
    public List<LivenessProperty> livenessProperties() {
        return List.copyOf(properties);
    }

    @Override
    public Fairness fairness(int process) {
        return fairness[process];
    }

    @Override
    public StateDecoder decoder() {
        return new StateDecoder() {
            public List<NamedValue> values(int[] state) {
                return List.of(new NamedValue("node", Integer.toString(state[0])));
            }

            public List<ObjectView> objects(int[] state) {
                return List.of();
            }

            public String location(int[] state, int process) {
                return finals.contains(state[0]) ? LivenessSearch.FINISHED : "n" + state[0];
            }
        };
    }
}
