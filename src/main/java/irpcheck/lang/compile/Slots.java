package irpcheck.lang.compile;

import irpcheck.model.StateLayout;

import java.util.ArrayList;
import java.util.List;

/** Allocates state slots in order and builds the {@link StateLayout}. Not thread-safe; compile time only. */
final class Slots {
    private final List<StateLayout.Slot> slots = new ArrayList<>();
    private final List<Integer> initial = new ArrayList<>();

    int add(String name, int min, int max) {
        slots.add(new StateLayout.Slot(name, min, max));
        initial.add(Math.max(min, Math.min(0, max)));
        return slots.size() - 1;
    }

    void setInitial(int slot, int value) {
        initial.set(slot, value);
    }

    /** The state in which every slot holds its initial value. */
    int[] initialState() {
        return initial.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Widens a slot's range once more is known (retire sites, for example). */
    void setMax(int slot, int max) {
        StateLayout.Slot old = slots.get(slot);
        slots.set(slot, new StateLayout.Slot(old.name(), old.min(), Math.max(old.max(), max)));
    }

    int size() {
        return slots.size();
    }

    StateLayout layout() {
        return new StateLayout(slots);
    }
}
