package irpcheck.explore;

import irpcheck.model.Fairness;
import irpcheck.model.LivenessProperty;
import irpcheck.model.TransitionSystem;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lasso of a failing liveness instance: the breadth-first (shortest) path to the trigger
 * state, a shortest path through open states to a fair set, and a cycle inside that set that meets
 * every process's fairness obligation: each weakly fair process moves in the cycle or is disabled at
 * some state of it, each strongly fair process moves in it (or is disabled all over the set). When no
 * fair process can move at the state reached, the run stays there for ever and the cycle is empty.
 * Not thread-safe.
 */
final class LassoBuilder {

    private final StateGraph graph;
    private final TransitionSystem system;
    private final Fairness[] fairness;
    private final List<String> assumptions;
    private final PathFinder paths;

    LassoBuilder(StateGraph graph, Fairness[] fairness, List<String> assumptions) {
        this.graph = graph;
        this.system = graph.system();
        this.fairness = fairness.clone();
        this.assumptions = List.copyOf(assumptions);
        this.paths = new PathFinder(graph);
    }

    Counterexample build(LivenessProperty property, int trigger, boolean[] open, int[] setOf,
                         List<FairComponents.FairSet> fair, int[] member) {
        List<TraceStep> steps = prefix(trigger);
        int triggerIndex = steps.size() - 1;
        int[] toSet = paths.find(trigger, w -> open[w], new PathFinder.Goal() {
            public boolean at(int state) {
                return setOf[state] >= 0;
            }

            public boolean via(int state, int edge) {
                return false;
            }
        });
        int entry = append(steps, trigger, toSet);
        int loop = steps.size() - 1;
        FairComponents.FairSet set = fair.get(setOf[entry]);
        int[] cycle = stuck(entry) ? new int[0] : cycle(entry, set, member);
        append(steps, entry, cycle);
        Lasso lasso = lasso(loop, triggerIndex, entry, cycle);
        String detail = detail(property, triggerIndex, lasso);
        return new Counterexample(LivenessSearch.violation(property, detail), steps, false, lasso);
    }

    /** The breadth-first path from the initial state to {@code target}, both included. */
    private List<TraceStep> prefix(int target) {
        IntArrayList chain = new IntArrayList();
        for (int v = target; v >= 0; v = graph.parent(v)) {
            chain.add(v);
        }
        chain.reverseThis();
        List<TraceStep> steps = new ArrayList<>();
        int width = system.layout().size();
        for (int i = 0; i < chain.size(); i++) {
            int v = chain.get(i);
            steps.add(new TraceStep(graph.parentAction(v), graph.state(v, new int[width])));
        }
        return steps;
    }

    /** Appends the steps of {@code edges} from {@code from}; returns the state reached. */
    private int append(List<TraceStep> steps, int from, int[] edges) {
        int width = system.layout().size();
        int v = from;
        for (int e : edges) {
            v = graph.target(e);
            steps.add(new TraceStep(graph.action(e), graph.state(v, new int[width])));
        }
        return v;
    }

    /** True when no weakly or strongly fair process can move in {@code state}: it may stay there for ever. */
    private boolean stuck(int state) {
        for (int p = 0; p < fairness.length; p++) {
            if (fairness[p] != Fairness.UNFAIR && graph.enabled(state, p)) {
                return false;
            }
        }
        return true;
    }

    /** The edges of a cycle from {@code entry} back to it inside {@code set} that is fair to every process. */
    private int[] cycle(int entry, FairComponents.FairSet set, int[] member) {
        IntArrayList edges = new IntArrayList();
        boolean[] moved = new boolean[fairness.length];
        boolean[] wasDisabled = new boolean[fairness.length];
        noteState(entry, wasDisabled);
        int current = entry;
        for (int p = 0; p < fairness.length; p++) {
            if (!obliged(p, set, moved, wasDisabled)) {
                continue;
            }
            int process = p;
            boolean weak = fairness[p] == Fairness.WEAK;
            int[] leg = paths.find(current, w -> member[w] == set.stamp(), new PathFinder.Goal() {
                public boolean at(int state) {
                    return weak && !graph.enabled(state, process);
                }

                public boolean via(int state, int edge) {
                    return graph.process(edge) == process;
                }
            });
            current = walk(edges, current, leg, moved, wasDisabled);
        }
        if (current != entry || edges.isEmpty()) {
            int[] back = paths.find(current, w -> member[w] == set.stamp(), new PathFinder.Goal() {
                public boolean at(int state) {
                    return false;
                }

                public boolean via(int state, int edge) {
                    return graph.target(edge) == entry;
                }
            });
            walk(edges, current, back, moved, wasDisabled);
        }
        return edges.toArray();
    }

    /** Whether process {@code p} still needs a step (or, if weakly fair, a state where it is disabled). */
    private boolean obliged(int p, FairComponents.FairSet set, boolean[] moved, boolean[] wasDisabled) {
        return switch (fairness[p]) {
            case UNFAIR -> false;
            case WEAK -> !moved[p] && !wasDisabled[p];
            case STRONG -> !moved[p] && set.enabledAny()[p];
        };
    }

    private int walk(IntArrayList edges, int from, int[] leg, boolean[] moved, boolean[] wasDisabled) {
        int v = from;
        if (leg == null) {
            return v;   // cannot happen inside a fair set; leave the obligation unmet rather than fail
        }
        for (int e : leg) {
            edges.add(e);
            moved[graph.process(e)] = true;
            v = graph.target(e);
            noteState(v, wasDisabled);
        }
        return v;
    }

    private void noteState(int v, boolean[] wasDisabled) {
        for (int p = 0; p < fairness.length; p++) {
            if (!graph.enabled(v, p)) {
                wasDisabled[p] = true;
            }
        }
    }

    private Lasso lasso(int loop, int trigger, int entry, int[] cycle) {
        List<String> running = new ArrayList<>();
        List<String> stalled = new ArrayList<>();
        boolean[] moves = new boolean[fairness.length];
        for (int e : cycle) {
            moves[graph.process(e)] = true;
        }
        int[] state = graph.state(entry, new int[system.layout().size()]);
        boolean anyEnabled = false;
        for (var p : system.processes()) {
            anyEnabled |= graph.enabled(entry, p.index());
            if (moves[p.index()]) {
                running.add(p.name());
            } else if (!LivenessSearch.FINISHED.equals(system.decoder().location(state, p.index()))) {
                stalled.add(p.name());
            }
        }
        Lasso.Kind kind = cycle.length > 0 ? Lasso.Kind.STARVATION
                : anyEnabled ? Lasso.Kind.STOPPED
                : system.isFinal(state) ? Lasso.Kind.TERMINATED : Lasso.Kind.DEADLOCK;
        return new Lasso(loop, kind, trigger, running, stalled, true, assumptions);
    }

    private static String detail(LivenessProperty property, int trigger, Lasso lasso) {
        StringBuilder s = new StringBuilder(property.instanceName()).append(": `").append(property.text())
                .append("`: the obligation starts at step ").append(trigger).append(" and is never met; ");
        switch (lasso.kind()) {
            case STARVATION -> s.append("starvation: ").append(String.join(", ", lasso.running()))
                    .append(lasso.running().size() == 1 ? " keeps" : " keep").append(" running")
                    .append(lasso.stalled().isEmpty() ? "" : " while " + String.join(", ", lasso.stalled())
                            + " make" + (lasso.stalled().size() == 1 ? "s" : "") + " no progress");
            case DEADLOCK -> s.append("deadlock: no thread can move")
                    .append(lasso.stalled().isEmpty() ? "" : " (" + String.join(", ", lasso.stalled()) + " stuck)");
            case TERMINATED -> s.append("every thread finished");
            case STOPPED -> s.append("only unfair threads could move, and they may stop")
                    .append(lasso.stalled().isEmpty() ? "" : " (" + String.join(", ", lasso.stalled()) + " make no progress)");
        }
        return s.toString();
    }
}
