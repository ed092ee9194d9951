package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The places one step reads and writes, recorded while it is compiled and resolved against a state
 * for {@link irpcheck.model.TransitionSystem#footprint}. Mutable while compiling, then frozen.
 */
final class AccessLog {
    private final List<Place> reads = new ArrayList<>();
    private final List<Place> writes = new ArrayList<>();
    private boolean unknown;

    void read(Place p) {
        reads.add(p);
    }

    void write(Place p) {
        writes.add(p);
    }

    /** The step touches what cannot be named in advance (allocation, free, lock scans). */
    void unknown() {
        unknown = true;
    }

    void addAll(AccessLog other) {
        reads.addAll(other.reads);
        writes.addAll(other.writes);
        unknown |= other.unknown;
    }

    /** Resolves the places in a state; an access that cannot be resolved makes the footprint unknown. */
    Footprint resolve(int[] state) {
        if (unknown) {
            return Footprint.UNKNOWN;
        }
        try {
            return new Footprint(slots(reads, state), slots(writes, state), false);
        } catch (Halt h) {
            return Footprint.UNKNOWN;
        }
    }

    private static int[] slots(List<Place> places, int[] state) {
        int[] out = new int[places.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = places.get(i).slot(state);
        }
        return out;
    }
}
