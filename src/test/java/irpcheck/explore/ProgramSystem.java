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
import java.util.List;
import java.util.function.Predicate;

/**
 * N processes running the same tiny program over int slots: slots {@code 0..n-1} hold each process's
 * program counter, slots {@code n..} are shared. An instruction edits a copy of the state and returns
 * the next pc, or -1 when it is blocked; pc == program length means the process is done. Action id =
 * process * program length + pc. Test only. Immutable.
 */
final class ProgramSystem implements TransitionSystem {

    /** One instruction: mutates {@code s} (a copy) for process {@code p}; returns the next pc or -1. */
    interface Instr {
        int step(int[] s, int p);
    }

    private final String name;
    private final int processes;
    private final int[] initialShared;
    private final List<Instr> program;
    private final Predicate<int[]> bad;
    private final String rule;
    private final List<Action> actions;

    ProgramSystem(String name, int processes, int[] initialShared, List<Instr> program,
                  Predicate<int[]> bad, String rule) {
        this.name = name;
        this.processes = processes;
        this.initialShared = initialShared.clone();
        this.program = List.copyOf(program);
        this.bad = bad;
        this.rule = rule;
        List<Action> list = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            for (int pc = 0; pc < program.size(); pc++) {
                list.add(new Action(list.size(), p, "P" + p, null, "pc" + pc, ""));
            }
        }
        this.actions = List.copyOf(list);
    }

    /** N independent counters mod M: one instruction per process, {@code c[p] = (c[p] + 1) % m}. */
    static ProgramSystem counters(int n, int m) {
        Instr inc = (s, p) -> {
            s[n + p] = (s[n + p] + 1) % m;
            return 0;
        };
        return new ProgramSystem("counters", n, new int[n], List.of(inc), s -> false, "None");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StateLayout layout() {
        List<StateLayout.Slot> slots = new ArrayList<>();
        for (int i = 0; i < processes + initialShared.length; i++) {
            slots.add(new StateLayout.Slot("s" + i, 0, 255));
        }
        return new StateLayout(slots);
    }

    @Override
    public int[] initialState() {
        int[] s = new int[processes + initialShared.length];
        System.arraycopy(initialShared, 0, s, processes, initialShared.length);
        return s;
    }

    @Override
    public List<Process> processes() {
        List<Process> list = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            list.add(new Process(p, "P" + p, false));
        }
        return list;
    }

    @Override
    public List<Action> actions() {
        return actions;
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        for (int p = 0; p < processes; p++) {
            int pc = state[p];
            if (pc >= program.size()) {
                continue;
            }
            int[] next = state.clone();
            int to = program.get(pc).step(next, p);
            if (to >= 0) {
                next[p] = to;
                sink.successor(p * program.size() + pc, next);
            }
        }
    }

    @Override
    public boolean isFinal(int[] state) {
        for (int p = 0; p < processes; p++) {
            if (state[p] < program.size()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Violation checkInvariants(int[] state) {
        return bad.test(state) ? new Violation(Violation.Kind.INVARIANT, rule, rule + " broken", null) : null;
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
                List<NamedValue> list = new ArrayList<>();
                for (int i = 0; i < state.length; i++) {
                    list.add(new NamedValue("s" + i, Integer.toString(state[i])));
                }
                return list;
            }

            @Override
            public List<ObjectView> objects(int[] state) {
                return List.of();
            }

            @Override
            public String location(int[] state, int process) {
                return state[process] >= program.size() ? "done" : "pc" + state[process];
            }
        };
    }
}
