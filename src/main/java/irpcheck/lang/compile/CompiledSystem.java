package irpcheck.lang.compile;

import irpcheck.model.Action;
import irpcheck.model.Fairness;
import irpcheck.model.Footprint;
import irpcheck.model.LivenessProperty;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;
import irpcheck.model.StateLayout;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.List;

/**
 * The transition system of a compiled model: each process's control graph of closures over the
 * packed state. Immutable and thread-safe (every call works on its own copies of the state).
 */
final class CompiledSystem implements TransitionSystem {
    /** An atomic block running longer than this many steps is reported instead of hanging the search. */
    static final int MAX_ATOMIC_STEPS = 100_000;

    private final String name;
    private final StateLayout layout;
    private final int[] initial;
    private final ProcessCode[] processes;
    private final List<Process> infos;
    private final List<Action> actions;
    private final AccessLog[] footprints;
    private final List<SystemCompiler.Invariant> invariants;
    private final Decoder decoder;
    private final FootprintTable table;
    private final LoopTable loops;
    private final int[] invariantReads;
    private final List<LivenessProperty> properties;
    private final Fairness[] fairness;

    CompiledSystem(String name, StateLayout layout, int[] initial, List<ProcessCode> processes, List<Process> infos,
                   List<Action> actions, AccessLog[] footprints, List<SystemCompiler.Invariant> invariants, Decoder decoder,
                   List<LivenessProperty> properties, List<Fairness> fairness, int[] volatileSlots) {
        this.properties = List.copyOf(properties);
        this.fairness = fairness.toArray(Fairness[]::new);
        this.name = name;
        this.layout = layout;
        this.initial = initial;
        this.processes = processes.toArray(ProcessCode[]::new);
        this.infos = List.copyOf(infos);
        this.actions = List.copyOf(actions);
        this.footprints = footprints;
        this.invariants = List.copyOf(invariants);
        this.decoder = decoder;
        this.table = new FootprintTable(processes, footprints, volatileSlots);
        this.loops = new LoopTable(processes);
        this.invariantReads = invariantReads(this.invariants);
    }

    private static int[] invariantReads(List<SystemCompiler.Invariant> invariants) {
        Footprint all = Footprint.EMPTY;
        for (SystemCompiler.Invariant inv : invariants) {
            all = FootprintTable.union(all, inv.reads().staticFootprint());
        }
        return all.unknown() ? null : all.reads();
    }

    @Override
    public List<LivenessProperty> livenessProperties() {
        return properties;
    }

    @Override
    public Fairness fairness(int process) {
        return process < fairness.length ? fairness[process] : Fairness.WEAK;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StateLayout layout() {
        return layout;
    }

    @Override
    public int[] initialState() {
        return initial.clone();
    }

    @Override
    public List<Process> processes() {
        return infos;
    }

    @Override
    public List<Action> actions() {
        return actions;
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        // one scratch array per call, not per successor: the sink copies what it keeps (SuccessorSink's
        // contract), and a local array keeps this method thread-safe
        int[] scratch = new int[state.length];
        for (ProcessCode p : processes) {
            for (Edge e : p.edges()[state[p.pcSlot()]]) {
                fire(p, state, e, e.action(), sink, 0, scratch);
            }
        }
    }

    /**
     * Takes edge {@code e} from {@code state} if enabled; reports the outcome as action {@code action}.
     * The successor is built in {@code scratch} when it is not null (it must not be {@code state}), else in a
     * fresh copy (inside atomic blocks, where {@code state} is itself a successor being built).
     * Returns false when the edge is not enabled, true when it was taken or broke a rule.
     */
    private boolean fire(ProcessCode p, int[] state, Edge e, int action, SuccessorSink sink, int depth, int[] scratch) {
        int[] next;
        try {
            if (e.hasPrefix()) {
                next = copy(state, scratch);
                e.prefix().apply(next);
                if (!e.guard().test(next)) {
                    return false;
                }
            } else {
                if (!e.guard().test(state)) {
                    return false;
                }
                next = copy(state, scratch);
            }
            e.effect().apply(next);
            next[p.pcSlot()] = e.target();
        } catch (Halt h) {
            sink.violation(action, violation(h, e.action()));
            return true;
        }
        if (p.atomic()[e.target()]) {
            continueAtomic(p, next, action, sink, depth + 1);
        } else {
            sink.successor(action, next);
        }
        return true;
    }

    private static int[] copy(int[] state, int[] scratch) {
        if (scratch == null) {
            return state.clone();
        }
        System.arraycopy(state, 0, scratch, 0, state.length);
        return scratch;
    }

    private void continueAtomic(ProcessCode p, int[] state, int action, SuccessorSink sink, int depth) {
        if (depth > MAX_ATOMIC_STEPS) {
            sink.violation(action, new Violation(Violation.Kind.ATOMIC_BLOCKED, "AtomicBlocked",
                    "an atomic block in " + p.name() + " runs forever", actions.get(action).span()));
            return;
        }
        Edge[] edges = p.edges()[state[p.pcSlot()]];
        boolean any = false;
        for (Edge e : edges) {
            any |= fire(p, state, e, action, sink, depth, null);
        }
        if (!any) {
            sink.violation(action, new Violation(Violation.Kind.ATOMIC_BLOCKED, "AtomicBlocked",
                    p.name() + " is blocked inside an atomic block at " + p.where()[state[p.pcSlot()]],
                    actions.get(action).span()));
        }
    }

    private Violation violation(Halt h, int action) {
        return new Violation(h.kind, h.rule, h.getMessage(), actions.get(action).span());
    }

    @Override
    public boolean isFinal(int[] state) {
        for (ProcessCode p : processes) {
            if (!p.validEnd()[state[p.pcSlot()]]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Violation checkInvariants(int[] state) {
        for (SystemCompiler.Invariant inv : invariants) {
            try {
                if (inv.condition().eval(state) == 0) {
                    return new Violation(Violation.Kind.INVARIANT, inv.name(), "invariant " + inv.name() + " is false",
                            inv.span());
                }
            } catch (Halt h) {
                return new Violation(Violation.Kind.INVARIANT, inv.name(), "invariant " + inv.name()
                        + " cannot be evaluated: " + h.getMessage(), inv.span());
            }
        }
        return null;
    }

    @Override
    public Footprint footprint(int[] state, int actionId) {
        return footprints[actionId].resolve(state);
    }

    @Override
    public Footprint currentFootprint(int[] state, int process) {
        return table.current(process, state[processes[process].pcSlot()], state);
    }

    @Override
    public Footprint futureFootprint(int[] state, int process) {
        return table.future(process, state[processes[process].pcSlot()], state);
    }

    @Override
    public boolean mayCloseCycle(int[] from, int[] to, int process) {
        int pc = processes[process].pcSlot();
        return loops.sameComponent(process, from[pc], to[pc]);
    }

    @Override
    public int[] invariantReads() {
        return invariantReads == null ? null : invariantReads.clone();
    }

    @Override
    public StateDecoder decoder() {
        return decoder;
    }
}
