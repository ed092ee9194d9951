package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The places one step reads and writes, recorded while it is compiled and resolved against a state
 * for {@link irpcheck.model.TransitionSystem#footprint}, or bounded without a state
 * ({@link #staticFootprint()}) for what a process may still touch. Mutable while compiling, then frozen.
 */
final class AccessLog {
    private final List<Place> reads = new ArrayList<>();
    private final List<Place> writes = new ArrayList<>();
    private final List<java.util.function.Supplier<int[]>> boundReads = new ArrayList<>();
    private final List<java.util.function.Supplier<int[]>> boundWrites = new ArrayList<>();
    private final List<int[]> copies = new ArrayList<>();
    private final List<StateBound> stateBounds = new ArrayList<>();
    private final List<Integer> freshSlots = new ArrayList<>();
    private final List<java.util.function.Function<int[], int[]>> freshCandidates = new ArrayList<>();

    /**
     * Slots a step reads and writes that only a state tells (the pool objects free in it, the locks a
     * thread holds in it), for the reduction. {@code nowOnly}: the answer is exact only for the step taken
     * from that very state; otherwise it holds for the step taken in any later state reached by steps
     * of processes that do not conflict with the step asking (see the callers).
     */
    record StateBound(java.util.function.Function<int[], int[]> reads,
                      java.util.function.Function<int[], int[]> writes,
                      java.util.function.Supplier<int[]> readRegion,
                      java.util.function.Supplier<int[]> writeRegion, boolean nowOnly) { }
    private boolean unknown;
    private boolean inexact;

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

    /**
     * The step touches slots that are not places of the program (allocation, free, retire, liveness and
     * lock scans): bounded by these regions, known after compilation. Its footprint in a state is then
     * the bound, not a resolution.
     */
    void bounded(java.util.function.Supplier<int[]> readRegion, java.util.function.Supplier<int[]> writeRegion) {
        boundReads.add(readRegion);
        boundWrites.add(writeRegion);
        inexact = true;
    }

    /** As {@link #bounded}, with a tighter answer in a given state for the reduction (StateBound). */
    void boundedInState(StateBound bound) {
        stateBounds.add(bound);
        inexact = true;
    }

    List<StateBound> stateBounds() {
        return stateBounds;
    }

    /**
     * The step stores a newly allocated reference into the process's variable {@code slot}: one of the
     * references {@code candidates} gives for the objects free in a state (for the reduction: an object
     * live now is reached that way only after a free, which conflicts on its own).
     */
    void fresh(int slot, java.util.function.Function<int[], int[]> candidates) {
        freshSlots.add(slot);
        freshCandidates.add(candidates);
    }

    /** The candidates of {@link #fresh} when that is the only write of {@code slot} the step records; else null. */
    java.util.function.Function<int[], int[]> freshSource(int slot) {
        int k = freshSlots.indexOf(slot);
        if (k < 0 || freshSlots.lastIndexOf(slot) != k || copies.stream().anyMatch(c -> c[0] == slot)
                || !boundsSpare(slot)) {
            return null;
        }
        return placeWritesOf(slot) == 1 ? freshCandidates.get(k) : null;
    }

    /** Whether no bounded access of the step (plain or answered by the state) may write {@code slot}. */
    private boolean boundsSpare(int slot) {
        List<java.util.function.Supplier<int[]>> regions = new ArrayList<>(boundWrites);
        stateBounds.forEach(b -> regions.add(b.writeRegion()));
        for (java.util.function.Supplier<int[]> b : regions) {
            int[] region = b.get();
            if (region == null || java.util.Arrays.stream(region).anyMatch(x -> x == slot)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the step's written places may denote {@code slot}; -1 when one cannot be bounded. */
    private int placeWritesOf(int slot) {
        int n = 0;
        for (Place p : writes) {
            int[] region = StaticPlace.regionOf(p);
            if (region == null) {
                return -1;
            }
            for (int r : region) {
                n += r == slot ? 1 : 0;
            }
        }
        return n;
    }

    /** The step stores the value of the process's variable {@code from} into its variable {@code to}. */
    void copy(int to, int from) {
        copies.add(new int[] {to, from});
    }

    /**
     * The variable whose value the step copies into {@code slot}, when every write of {@code slot} it
     * records is such a copy from one variable; -1 otherwise.
     */
    int copySource(int slot) {
        int source = -1;
        int count = 0;
        for (int[] c : copies) {
            if (c[0] == slot) {
                if (source >= 0 && source != c[1]) {
                    return -1;
                }
                source = c[1];
                count++;
            }
        }
        return placeWritesOf(slot) == count && boundWrites.isEmpty() && stateBounds.isEmpty() ? source : -1;
    }

    void addAll(AccessLog other) {
        copies.addAll(other.copies);
        reads.addAll(other.reads);
        writes.addAll(other.writes);
        boundReads.addAll(other.boundReads);
        boundWrites.addAll(other.boundWrites);
        stateBounds.addAll(other.stateBounds);
        freshSlots.addAll(other.freshSlots);
        freshCandidates.addAll(other.freshCandidates);
        unknown |= other.unknown;
        inexact |= other.inexact;
    }

    List<Place> readPlaces() {
        return reads;
    }

    List<Place> writePlaces() {
        return writes;
    }

    boolean isUnknown() {
        return unknown;
    }

    /** The bounded accesses alone (allocation, free, scans), without the places and the state bounds. */
    Footprint boundsFootprint() {
        int[] r = regions(List.of(), boundReads);
        int[] w = regions(List.of(), boundWrites);
        return r == null || w == null ? Footprint.UNKNOWN : new Footprint(r, w, false);
    }

    boolean isEmpty() {
        return !unknown && !inexact && reads.isEmpty() && writes.isEmpty();
    }

    /** Resolves the places in a state; an access that cannot be resolved makes the footprint unknown. */
    Footprint resolve(int[] state) {
        if (unknown) {
            return Footprint.UNKNOWN;
        }
        if (inexact) {
            // allocation, free, retire and scans touch more than their places: callers of resolve (the
            // trace tools) treat them as touching everything; the reduction uses FootprintTable
            return Footprint.UNKNOWN;
        }
        try {
            return new Footprint(slots(reads, state), slots(writes, state), false);
        } catch (Halt h) {
            return Footprint.UNKNOWN;
        }
    }

    /**
     * Every slot the places may denote in any state; unknown when one of them cannot be bounded. Valid
     * only after compilation (regions read the pools and the processes' program counters).
     */
    Footprint staticFootprint() {
        if (unknown) {
            return Footprint.UNKNOWN;
        }
        int[] r = regions(reads, boundReads, true);
        int[] w = regions(writes, boundWrites, false);
        return r == null || w == null ? Footprint.UNKNOWN : new Footprint(r, w, false);
    }

    private int[] regions(List<Place> places, List<java.util.function.Supplier<int[]>> bounds, boolean read) {
        List<java.util.function.Supplier<int[]>> all = new ArrayList<>(bounds);
        for (StateBound b : stateBounds) {
            all.add(read ? b.readRegion() : b.writeRegion());
        }
        return regions(places, all);
    }

    private static int[] regions(List<Place> places, List<java.util.function.Supplier<int[]>> bounds) {
        List<int[]> parts = new ArrayList<>();
        for (java.util.function.Supplier<int[]> b : bounds) {
            int[] region = b.get();
            if (region == null) {
                return null;
            }
            parts.add(region);
        }
        for (Place p : places) {
            int[] region = StaticPlace.regionOf(p);
            if (region == null) {
                return null;
            }
            parts.add(region);
        }
        return parts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    private static int[] slots(List<Place> places, int[] state) {
        int[] out = new int[places.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = places.get(i).slot(state);
        }
        return out;
    }
}
