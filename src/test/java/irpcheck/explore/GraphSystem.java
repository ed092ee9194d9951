package irpcheck.explore;

import irpcheck.model.Action;
import irpcheck.model.Footprint;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;
import irpcheck.model.StateLayout;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A transition system given as an explicit graph: a state is {@code {node}}, edges carry action ids,
 * some nodes break an invariant, some actions break a rule when attempted, some nodes are final.
 * Test only. Immutable once built.
 */
final class GraphSystem implements TransitionSystem {

    record Edge(int action, int to) { }

    record ActionBreak(int action, String rule) { }

    private final int nodes;
    private final int initial;
    private final List<List<Edge>> edges;
    private final Map<Integer, String> bad;
    private final Map<Integer, List<ActionBreak>> actionViolations;
    private final Set<Integer> finals;
    private final List<Action> actions;

    private GraphSystem(Builder b) {
        this.nodes = b.nodes;
        this.initial = b.initial;
        this.edges = b.edges;
        this.bad = b.bad;
        this.actionViolations = b.actionViolations;
        this.finals = b.finals;
        List<Action> list = new ArrayList<>();
        for (int i = 0; i <= b.maxAction; i++) {
            list.add(new Action(i, 0, "G", null, "a" + i, ""));
        }
        this.actions = List.copyOf(list);
    }

    static Builder builder(int nodes) {
        return new Builder(nodes);
    }

    static final class Builder {
        private final int nodes;
        private int initial;
        private final List<List<Edge>> edges = new ArrayList<>();
        private final Map<Integer, String> bad = new HashMap<>();
        private final Map<Integer, List<ActionBreak>> actionViolations = new HashMap<>();
        private final Set<Integer> finals = new HashSet<>();
        private int maxAction;

        Builder(int nodes) {
            this.nodes = nodes;
            for (int i = 0; i < nodes; i++) {
                edges.add(new ArrayList<>());
            }
        }

        Builder initial(int node) {
            initial = node;
            return this;
        }

        Builder edge(int from, int action, int to) {
            edges.get(from).add(new Edge(action, to));
            maxAction = Math.max(maxAction, action);
            return this;
        }

        Builder bad(int node, String rule) {
            bad.put(node, rule);
            return this;
        }

        /** Attempting {@code action} at {@code node} breaks {@code rule}. */
        Builder actionViolation(int node, int action, String rule) {
            actionViolations.computeIfAbsent(node, k -> new ArrayList<>()).add(new ActionBreak(action, rule));
            maxAction = Math.max(maxAction, action);
            return this;
        }

        Builder finalNode(int node) {
            finals.add(node);
            return this;
        }

        GraphSystem build() {
            return new GraphSystem(this);
        }
    }

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public StateLayout layout() {
        return new StateLayout(List.of(new StateLayout.Slot("node", 0, Math.max(0, nodes - 1))));
    }

    @Override
    public int[] initialState() {
        return new int[] {initial};
    }

    @Override
    public List<Process> processes() {
        return List.of(new Process(0, "G", false));
    }

    @Override
    public List<Action> actions() {
        return actions;
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        int node = state[0];
        for (ActionBreak ab : actionViolations.getOrDefault(node, List.of())) {
            sink.violation(ab.action(), new Violation(Violation.Kind.ASSERTION, ab.rule(), "assertion failed", null));
        }
        int[] next = new int[1];
        for (Edge e : edges.get(node)) {
            next[0] = e.to();
            sink.successor(e.action(), next);
        }
    }

    @Override
    public boolean isFinal(int[] state) {
        return finals.contains(state[0]);
    }

    @Override
    public Violation checkInvariants(int[] state) {
        String rule = bad.get(state[0]);
        return rule == null ? null : new Violation(Violation.Kind.INVARIANT, rule, "invariant broken", null);
    }

    @Override
    public Footprint footprint(int[] state, int actionId) {
        return Footprint.UNKNOWN;
    }

    @Override
    public StateDecoder decoder() {
        return new StateDecoder() {
            @Override
            public List<NamedValue> values(int[] state) {
                return List.of(new NamedValue("node", Integer.toString(state[0])));
            }

            @Override
            public List<ObjectView> objects(int[] state) {
                return List.of();
            }

            @Override
            public String location(int[] state, int process) {
                return "n" + state[0];
            }
        };
    }
}
