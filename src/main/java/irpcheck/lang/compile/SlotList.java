package irpcheck.lang.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of slots that grows while code is compiled and is frozen into an {@code int[]} before any
 * state is explored, so that compiled effects iterate a primitive array. Mutable until
 * {@link #freeze()}; the array is then fixed and safe to read from any thread once the compiled system
 * is published.
 */
final class SlotList {
    private final List<Integer> slots = new ArrayList<>();
    private int[] frozen;

    void add(int slot) {
        if (frozen != null) {
            throw new IllegalStateException("slot list already frozen");
        }
        slots.add(slot);
    }

    /** The slots so far (compile time). */
    List<Integer> list() {
        return slots;
    }

    void freeze() {
        frozen = slots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The slots; valid after {@link #freeze()}. */
    int[] array() {
        return frozen;
    }
}
