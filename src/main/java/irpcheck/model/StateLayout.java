package irpcheck.model;

import java.util.List;

/**
 * What each slot of a packed state holds. A state is an {@code int[]} of {@link #size()} slots; slot
 * {@code i} always lies in {@code [slots().get(i).min(), slots().get(i).max()]}, so stores may bit-pack.
 * Immutable.
 */
public record StateLayout(List<Slot> slots) {

    public StateLayout {
        slots = List.copyOf(slots);
    }

    public int size() {
        return slots.size();
    }

    /** Bits needed to store every slot's range; the figure a bit-packing store would use. */
    public int totalBits() {
        int bits = 0;
        for (Slot s : slots) {
            bits += s.bits();
        }
        return bits;
    }

    /** One slot: a name for debugging and its value range. */
    public record Slot(String name, int min, int max) {
        public int bits() {
            long span = (long) max - min;
            return span <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(span);
        }
    }
}
