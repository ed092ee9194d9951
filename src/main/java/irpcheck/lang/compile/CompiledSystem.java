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
    private final List<LivenessProperty> properties;
    private final Fairness[] fairness;

    CompiledSystem(String name, StateLayout layout, int[] initial, List<ProcessCode> processes, List<Process> infos,
                   List<Action> actions, AccessLog[] footprints, List<SystemCompiler.Invariant> invariants, Decoder decoder,
                   List<LivenessProperty> properties, List<Fairness> fairness) {
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
        for (ProcessCode p : processes) {
            for (Edge e : p.edges()[state[p.pcSlot()]]) {
                fire(p, state, e, e.action(), sink, 0);
            }
        }
    }

    /** Takes edge {@code e} from {@code state} if enabled; reports the outcome as action {@code action}. */
    private void fire(ProcessCode p, int[] state, Edge e, int action, SuccessorSink sink, int depth) {
        int[] next;
        try {
            if (e.hasPrefix()) {
                next = state.clone();
                e.prefix().apply(next);
                if (!e.guard().test(next)) {
                    return;
                }
            } else {
                if (!e.guard().test(state)) {
                    return;
                }
                next = state.clone();
            }
            e.effect().apply(next);
            next[p.pcSlot()] = e.target();
        } catch (Halt h) {
            sink.violation(action, violation(h, e.action()));
            return;
        }
        if (p.atomic()[e.target()]) {
            continueAtomic(p, next, action, sink, depth + 1);
        } else {
            sink.successor(action, next);
        }
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
            try {
                int[] probe = state;
                if (e.hasPrefix()) {
                    probe = state.clone();
                    e.prefix().apply(probe);
                }
                if (!e.guard().test(probe)) {
                    continue;
                }
            } catch (Halt h) {
                sink.violation(action, violation(h, e.action()));
                any = true;
                continue;
            }
            any = true;
            fire(p, state, e, action, sink, depth);
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
            if (state[p.pcSlot()] != p.end()) {
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
    public StateDecoder decoder() {
        return decoder;
    }
}
