package irpcheck.lang.compile;

import irpcheck.lang.check.Labels;
import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.check.Typer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every part of the compiler shares: the resolved model, the slot allocator, the heap, global
 * variables, lock slots and labels. Not thread-safe; compile time only.
 */
final class Program {
    final ResolvedModel model;
    final Slots slots = new Slots();
    final Heap heap = new Heap();
    final Scope globals = new Scope(null);
    final List<Integer> lockSlots = new ArrayList<>();
    private final List<SlotList> slotLists = new ArrayList<>();
    final List<Integer> refSlots = new ArrayList<>();
    /** Every scalar variable with its display name, in allocation order. */
    final List<Variable> variables = new ArrayList<>();
    /** Every list variable (its first slot is the length). */
    final List<Variable> lists = new ArrayList<>();
    final java.util.Set<Integer> listElements = new java.util.HashSet<>();
    final LabelTable labels = new LabelTable();
    final List<String> routineNames;
    /** Routines used as values: the targets a call through a routine reference may reach. */
    final Set<String> routineValues;
    private final Map<String, Set<String>> labelNames;
    private int[] lockSlotArray;

    /**
     * Where a routine instance's locals are alive: while the process's program counter is one of the
     * nodes compiled for that instance, {@code [firstNode, endNode)}.
     */
    record LiveRange(int process, int pcSlot, int firstNode, int endNode) { }

    /** Local slots of inlined routine instances and where they are alive (thread locals are always alive). */
    final Map<Integer, LiveRange> liveRanges = new java.util.HashMap<>();

    /** A scalar slot with the name reports show and its type. */
    record Variable(String name, Type type, int slot) { }

    Program(ResolvedModel model) {
        this.model = model;
        this.routineNames = new ArrayList<>(model.routines().keySet());
        this.labelNames = Labels.collect(model);
        this.routineValues = irpcheck.lang.check.RoutineValues.of(model);
    }

    /** Each process's thread variables ({@code thread var}): process index, then name, to its slots. */
    private final Map<Integer, Map<String, Scope.Var>> threadVars = new java.util.HashMap<>();

    /**
     * A typer for a context; silent, since the checker already reported every error. Code of a process
     * sees its thread variables.
     */
    Typer typer(Context ctx) {
        Typer typer = new Typer(model, ctx.scope()::type, labelNames, null);
        return ctx.process() >= 0 ? typer.onThread() : typer;
    }

    /** Defines a thread variable of a process. */
    void defineThreadVar(int process, String name, Scope.Var var) {
        threadVars.computeIfAbsent(process, k -> new java.util.HashMap<>()).put(name, var);
    }

    /** A process's thread variable, or null when {@code name} is none (or {@code process} is -1: no thread). */
    Scope.Var threadVar(int process, String name) {
        Map<String, Scope.Var> vars = threadVars.get(process);
        return vars == null ? null : vars.get(name);
    }

    /** Encoded value of a routine reference. */
    int routineValue(String name) {
        return routineNames.indexOf(name) + 1;
    }

    /**
     * Allocates the slots of a variable of type {@code t} named {@code name}, registering references
     * and locks; returns the first slot.
     */
    int allocate(String name, Type t) {
        return switch (t) {
            case Type.Array a -> {
                int first = -1;
                for (int i = 0; i < a.size(); i++) {
                    int s = allocate(name + "[" + i + "]", a.element());
                    first = i == 0 ? s : first;
                }
                yield first;
            }
            case Type.ListOf l -> {
                int first = slots.add(name + ".len", 0, l.capacity());
                for (int i = 0; i < l.capacity(); i++) {
                    listElements.add(allocate(name + "[" + i + "]", l.element()));
                }
                lists.add(new Variable(name, l, first));
                yield first;
            }
            default -> scalar(name, t);
        };
    }

    private int scalar(String name, Type t) {
        int slot = switch (t) {
            case Type.Bool b -> slots.add(name, 0, 1);
            case Type.Int i -> slots.add(name, (int) Math.min(i.lo(), 0), (int) Math.max(i.hi(), 0));
            case Type.Enum e -> slots.add(name, 0, Math.max(0, e.members().size() - 1));
            case Type.Ref r -> slots.add(name, 0, 0);
            case Type.Routine r -> slots.add(name, 0, routineNames.size());
            case Type.Lock l -> slots.add(name, 0, 0);
            default -> slots.add(name, 0, 0);
        };
        if (t instanceof Type.Int i && (i.lo() > 0 || i.hi() < 0)) {
            slots.setInitial(slot, (int) i.lo());
        }
        if (t instanceof Type.Ref) {
            heap.addRefSlot(slot);
            refSlots.add(slot);
        }
        variables.add(new Variable(name, t, slot));
        if (t instanceof Type.Lock) {
            lockSlots.add(slot);
        }
        return slot;
    }

    /** Ends compilation: from now on the lock and reference slot tables are fixed. */
    void freeze() {
        lockSlotArray = lockSlots.stream().mapToInt(Integer::intValue).toArray();
        slotLists.forEach(SlotList::freeze);
        heap.freeze(slots.size());
    }

    /** A new slot list, frozen with the program. */
    SlotList slotList() {
        SlotList list = new SlotList();
        slotLists.add(list);
        return list;
    }

    /** Every lock slot; valid after {@link #freeze()}. */
    int[] lockSlots() {
        return lockSlotArray;
    }
}
