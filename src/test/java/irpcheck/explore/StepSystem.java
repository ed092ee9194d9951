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

/**
 * Processes that each run a straight line of steps over shared slots, with exact footprints, for
 * reduction tests. Step {@code (slot, guardSlot, guardValue)} waits until {@code s[guardSlot] ==
 * guardValue} (no wait when {@code guardSlot < 0}) and then increments {@code s[slot]}. A state is the
 * processes' program counters followed by the shared slots. An optional invariant is "the slots
 * {@code badA} and {@code badB} are not both 1". Test only; immutable.
 */
final class StepSystem implements TransitionSystem {

    record Step(int slot, int guardSlot, int guardValue) { }

    private final List<List<Step>> programs;
    private final int shared;
    private final int badA;
    private final int badB;
    private final List<Action> actions = new ArrayList<>();
    private final int[][] actionIds;

    StepSystem(List<List<Step>> programs, int shared, int badA, int badB) {
        this.programs = programs;
        this.shared = shared;
        this.badA = badA;
        this.badB = badB;
        actionIds = new int[programs.size()][];
        for (int p = 0; p < programs.size(); p++) {
            actionIds[p] = new int[programs.get(p).size()];
            for (int i = 0; i < programs.get(p).size(); i++) {
                actionIds[p][i] = actions.size();
                actions.add(new Action(actions.size(), p, "P" + p, null, "step " + i, ""));
            }
        }
    }

    private int n() {
        return programs.size();
    }

    private int slot(int shared) {
        return n() + shared;
    }

    @Override public String name() { return "steps"; }

    @Override
    public StateLayout layout() {
        List<StateLayout.Slot> slots = new ArrayList<>();
        for (int i = 0; i < n() + shared; i++) {
            slots.add(new StateLayout.Slot("s" + i, 0, 15));
        }
        return new StateLayout(slots);
    }

    @Override public int[] initialState() { return new int[n() + shared]; }

    @Override
    public List<Process> processes() {
        List<Process> list = new ArrayList<>();
        for (int p = 0; p < n(); p++) {
            list.add(new Process(p, "P" + p, false));
        }
        return list;
    }

    @Override public List<Action> actions() { return actions; }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        for (int p = 0; p < n(); p++) {
            int pc = state[p];
            if (pc >= programs.get(p).size()) {
                continue;
            }
            Step st = programs.get(p).get(pc);
            if (st.guardSlot() >= 0 && state[slot(st.guardSlot())] != st.guardValue()) {
                continue;
            }
            int[] next = state.clone();
            next[slot(st.slot())]++;
            next[p]++;
            sink.successor(actionIds[p][pc], next);
        }
    }

    @Override
    public boolean isFinal(int[] state) {
        for (int p = 0; p < n(); p++) {
            if (state[p] < programs.get(p).size()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Violation checkInvariants(int[] state) {
        if (badA >= 0 && state[slot(badA)] == 1 && state[slot(badB)] == 1) {
            return new Violation(Violation.Kind.INVARIANT, "Bad", "both are 1", null);
        }
        return null;
    }

    @Override
    public Footprint footprint(int[] state, int actionId) {
        Action a = actions.get(actionId);
        return steps(a.process(), actionId - actionIds[a.process()][0], actionId - actionIds[a.process()][0] + 1);
    }

    @Override
    public Footprint currentFootprint(int[] state, int process) {
        return steps(process, state[process], Math.min(state[process] + 1, programs.get(process).size()));
    }

    @Override
    public Footprint futureFootprint(int[] state, int process) {
        return steps(process, state[process], programs.get(process).size());
    }

    private Footprint steps(int p, int from, int to) {
        List<Integer> reads = new ArrayList<>(List.of(p));
        List<Integer> writes = new ArrayList<>(List.of(p));
        for (int i = from; i < to; i++) {
            Step st = programs.get(p).get(i);
            reads.add(slot(st.slot()));
            writes.add(slot(st.slot()));
            if (st.guardSlot() >= 0) {
                reads.add(slot(st.guardSlot()));
            }
        }
        return new Footprint(reads.stream().mapToInt(Integer::intValue).toArray(),
                writes.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    @Override
    public int[] invariantReads() {
        return badA < 0 ? new int[0] : new int[] {Math.min(slot(badA), slot(badB)), Math.max(slot(badA), slot(badB))};
    }

    @Override
    public StateDecoder decoder() {
        return new StateDecoder() {
            @Override public List<NamedValue> values(int[] state) { return List.of(); }
            @Override public List<ObjectView> objects(int[] state) { return List.of(); }
            @Override public String location(int[] state, int process) { return "pc " + state[process]; }
        };
    }
}
