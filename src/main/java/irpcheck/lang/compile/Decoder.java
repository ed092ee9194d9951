package irpcheck.lang.compile;

import irpcheck.lang.check.Type;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns packed states back into named values: globals, the fields of objects that are not free, each
 * process's locals, rendered by type ({@code Irp#1}, {@code STATUS_PENDING}, {@code held by App}).
 * Immutable and thread-safe.
 */
final class Decoder implements StateDecoder {
    /** A show-label of a struct, compiled against one object. */
    record Show(String label, Ev condition) { }

    private final Heap heap;
    private final List<Program.Variable> variables;
    private final List<Program.Variable> lists;
    private final java.util.Set<Integer> listElements;
    private final List<ProcessCode> processes;
    private final List<Process> infos;
    private final List<String> routineNames;
    private final Map<Integer, List<Show>> shows;
    private final int[] ownerObject;
    private final Map<Integer, Program.LiveRange> liveRanges;

    Decoder(Program program, List<ProcessCode> processes, List<Process> infos, Map<Integer, List<Show>> shows) {
        this.heap = program.heap;
        this.variables = List.copyOf(program.variables);
        this.lists = List.copyOf(program.lists);
        this.listElements = java.util.Set.copyOf(program.listElements);
        this.processes = List.copyOf(processes);
        this.infos = List.copyOf(infos);
        this.routineNames = List.copyOf(program.routineNames);
        this.shows = Map.copyOf(shows);
        this.liveRanges = Map.copyOf(program.liveRanges);
        this.ownerObject = new int[program.slots.size()];
        java.util.Arrays.fill(ownerObject, -1);
        for (Heap.Obj o : heap.objects()) {
            int size = 1 + Heap.fieldSlots(o.struct());
            for (int s = o.statusSlot(); s < o.statusSlot() + size; s++) {
                ownerObject[s] = o.id();
            }
        }
    }

    @Override
    public List<NamedValue> values(int[] state) {
        List<NamedValue> out = new ArrayList<>();
        int nextList = 0;
        for (Program.Variable v : variables) {
            while (nextList < lists.size() && lists.get(nextList).slot() < v.slot()) {
                addList(out, lists.get(nextList++), state);
            }
            if (listElements.contains(v.slot()) || hidden(v.slot(), state)) {
                continue;
            }
            out.add(new NamedValue(v.name(), show(v.type(), state[v.slot()])));
        }
        while (nextList < lists.size()) {
            addList(out, lists.get(nextList++), state);
        }
        return out;
    }

    /** A free object's fields, and the locals of a routine the process is not in, are not shown. */
    private boolean hidden(int slot, int[] state) {
        Program.LiveRange range = liveRanges.get(slot);
        if (range != null) {
            int pc = state[range.pcSlot()];
            if (pc < range.firstNode() || pc >= range.endNode()) {
                return true;
            }
        }
        int owner = ownerObject[slot];
        return owner >= 0 && state[heap.objects().get(owner).statusSlot()] == Heap.FREE;
    }

    private void addList(List<NamedValue> out, Program.Variable list, int[] state) {
        if (hidden(list.slot(), state)) {
            return;
        }
        Type.ListOf type = (Type.ListOf) list.type();
        StringBuilder sb = new StringBuilder("[");
        int n = state[list.slot()];
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? ", " : "").append(show(type.element(), state[list.slot() + 1 + i])).toString();
        }
        out.add(new NamedValue(list.name(), sb.append(']').toString()));
    }

    String show(Type t, int v) {
        return switch (t) {
            case Type.Bool b -> v != 0 ? "true" : "false";
            case Type.Enum e -> v >= 0 && v < e.members().size() ? e.members().get(v) : String.valueOf(v);
            case Type.Ref r -> heap.show(v);
            case Type.Routine r -> v == 0 ? "null" : v <= routineNames.size() ? routineNames.get(v - 1) : "?" + v;
            case Type.Lock l -> v == 0 ? "free" : v <= infos.size() ? "held by " + infos.get(v - 1).name() : "?" + v;
            default -> String.valueOf(v);
        };
    }

    @Override
    public List<ObjectView> objects(int[] state) {
        List<ObjectView> out = new ArrayList<>();
        for (Heap.Obj o : heap.objects()) {
            int status = state[o.statusSlot()];
            ObjectView.Status st = status == Heap.FREE ? ObjectView.Status.FREE
                    : status == Heap.LIVE ? ObjectView.Status.LIVE : ObjectView.Status.RETIRED;
            String by = status >= Heap.RETIRED ? heap.site(status).rule() : "";
            List<String> labels = new ArrayList<>();
            if (status != Heap.FREE) {
                for (Show sh : shows.getOrDefault(o.id(), List.of())) {
                    try {
                        if (sh.condition().eval(state) != 0) {
                            labels.add(sh.label());
                        }
                    } catch (Halt ignored) {
                        // a label that cannot be evaluated in this state is simply not shown
                    }
                }
            }
            out.add(new ObjectView(o.name(), st, by, labels));
        }
        return out;
    }

    @Override
    public String location(int[] state, int process) {
        ProcessCode code = processes.get(process);
        int pc = state[code.pcSlot()];
        return pc >= 0 && pc < code.where().length ? code.where()[pc] : "?";
    }
}
