package irpcheck.explore;

import irpcheck.model.Fairness;
import irpcheck.model.LivenessProperty;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact liveness checking of {@code P ~> Q} properties under per-process weak, strong or no fairness.
 * It builds the whole state graph (no reduction: partial-order reduction as implemented for safety
 * does not preserve liveness), and for each property instance looks for a fair run that reaches a
 * state where P holds and Q does not, and from there never meets Q: such a run exists exactly when,
 * in the sub-graph of states where Q is false, a fair strongly connected set ({@link FairComponents})
 * is reachable from such a state. The witness is a lasso: the shortest path to the earliest such
 * state (in breadth-first order), a shortest path on to a fair set, and a cycle in it that meets every
 * fairness obligation (or no cycle at all when no fair process can move: the run stays put).
 * One counterexample per property: the first failing instance in declaration order.
 *
 * <p>Single use; not thread-safe, except {@link #requestStop()}, which any thread may call.
 */
public final class LivenessSearch {

    static final String FINISHED = "done";

    private final TransitionSystem system;
    private final ExploreOptions options;
    private final SearchListener listener;
    private volatile boolean stopRequested;

    public LivenessSearch(TransitionSystem system, ExploreOptions options) {
        this(system, options, SearchListener.NONE);
    }

    /** A search that reports progress while it builds the state graph. */
    public LivenessSearch(TransitionSystem system, ExploreOptions options, SearchListener listener) {
        this.system = system;
        this.options = options;
        this.listener = listener;
    }

    /** Asks a running search to stop; it then returns INCOMPLETE. */
    public void requestStop() {
        stopRequested = true;
    }

    /** The fairness each process is assumed to have, as reports list it: {@code App: weak}. */
    public static List<String> assumptions(TransitionSystem system) {
        List<String> out = new ArrayList<>();
        for (var p : system.processes()) {
            out.add(p.name() + ": " + system.fairness(p.index()).word());
        }
        return out;
    }

    /** Checks every liveness property of the system; never throws OutOfMemoryError. */
    public Result run() {
        long start = System.nanoTime();
        StateGraph graph = null;
        List<Counterexample> found = new ArrayList<>();
        String stopReason;
        try {
            graph = StateGraph.build(system, options, () -> stopRequested, listener);
            stopReason = graph.stopReason();
            if (stopReason == null) {
                check(graph, found);
            }
        } catch (OutOfMemoryError e) {
            stopReason = "out of memory";
        }
        Statistics statistics = new Statistics(graph == null ? 0 : graph.generated(), graph == null ? 0 : graph.size(),
                graph == null ? 0 : graph.depth(), 0, Duration.ofNanos(System.nanoTime() - start));
        Verdict verdict = !found.isEmpty() ? Verdict.VIOLATION : stopReason != null ? Verdict.INCOMPLETE : Verdict.HOLDS;
        return new Result(verdict, statistics, found, stopReason);
    }

    private void check(StateGraph graph, List<Counterexample> found) {
        Fairness[] fairness = new Fairness[system.processes().size()];
        for (int p = 0; p < fairness.length; p++) {
            fairness[p] = system.fairness(p);
        }
        FairComponents components = new FairComponents(graph, fairness);
        LassoBuilder lassos = new LassoBuilder(graph, fairness, assumptions(system));
        Set<String> failed = new HashSet<>();
        for (LivenessProperty property : system.livenessProperties()) {
            if (stopRequested || failed.contains(property.name())) {
                continue;
            }
            Counterexample cx = instance(graph, components, lassos, property);
            if (cx != null) {
                failed.add(property.name());
                found.add(cx);
            }
        }
    }

    /** A lasso that breaks this instance, or null when it holds. */
    private Counterexample instance(StateGraph graph, FairComponents components, LassoBuilder lassos,
                                    LivenessProperty property) {
        int n = graph.size();
        boolean[] open = new boolean[n];
        IntArrayList triggered = new IntArrayList();
        int[] buffer = new int[system.layout().size()];
        for (int v = 0; v < n; v++) {
            graph.state(v, buffer);
            if (!property.goal().test(buffer)) {
                open[v] = true;
                if (property.trigger().test(buffer)) {
                    triggered.add(v);
                }
            }
        }
        if (triggered.isEmpty()) {
            return null;
        }
        int[] reach = reachable(graph, triggered, open);
        List<FairComponents.FairSet> fair = components.find(reach);
        if (fair.isEmpty()) {
            return null;
        }
        int[] setOf = new int[n];
        java.util.Arrays.fill(setOf, -1);
        int[] member = components.member();
        for (int i = 0; i < fair.size(); i++) {
            for (int v : fair.get(i).states()) {
                setOf[v] = i;
            }
        }
        boolean[] leadsToFair = backward(graph, fair, open);
        int trigger = -1;
        for (int i = 0; i < triggered.size() && trigger < 0; i++) {
            if (leadsToFair[triggered.get(i)]) {
                trigger = triggered.get(i);
            }
        }
        if (trigger < 0) {
            return null;
        }
        return lassos.build(property, trigger, open, setOf, fair, member);
    }

    /** The states reachable from {@code from} through states where the obligation stays open. */
    private static int[] reachable(StateGraph graph, IntArrayList from, boolean[] open) {
        boolean[] seen = new boolean[graph.size()];
        IntArrayList queue = new IntArrayList();
        for (int i = 0; i < from.size(); i++) {
            seen[from.get(i)] = true;
            queue.add(from.get(i));
        }
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            for (int e = graph.edgeStart(v); e < graph.edgeEnd(v); e++) {
                int w = graph.target(e);
                if (open[w] && !seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        int[] nodes = queue.toArray();
        java.util.Arrays.sort(nodes);
        return nodes;
    }

    /** The open states from which a fair set can be reached through open states. */
    private static boolean[] backward(StateGraph graph, List<FairComponents.FairSet> fair, boolean[] open) {
        boolean[] seen = new boolean[graph.size()];
        IntArrayList queue = new IntArrayList();
        for (FairComponents.FairSet f : fair) {
            for (int v : f.states()) {
                seen[v] = true;
                queue.add(v);
            }
        }
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            for (int e = graph.reverseStart(v); e < graph.reverseEnd(v); e++) {
                int u = graph.reverseSource(e);
                if (open[u] && !seen[u]) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
        }
        return seen;
    }

    /** The violation a lasso reports. */
    static Violation violation(LivenessProperty property, String detail) {
        return new Violation(Violation.Kind.LIVENESS, property.name(), detail, property.span());
    }
}
