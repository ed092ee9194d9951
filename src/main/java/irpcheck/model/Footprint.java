package irpcheck.model;

import java.util.Arrays;

/**
 * The state slots an action (or a set of actions) reads and writes, resolved against the references in
 * a state. {@code unknown} means the footprint could not be resolved exactly and must be treated as
 * dependent on everything. The arrays are sorted and free of duplicates (the constructor makes them so);
 * immutable by convention (the arrays are not copied again when read).
 */
public record Footprint(int[] reads, int[] writes, boolean unknown) {

    public static final Footprint UNKNOWN = new Footprint(new int[0], new int[0], true);
    public static final Footprint EMPTY = new Footprint(new int[0], new int[0], false);

    public Footprint {
        reads = normal(reads);
        writes = normal(writes);
    }

    /** True when the two may not commute: one writes a slot the other reads or writes. */
    public boolean conflictsWith(Footprint other) {
        if (unknown || other.unknown) {
            return true;
        }
        return intersects(writes, other.reads) || intersects(writes, other.writes) || intersects(reads, other.writes);
    }

    /**
     * True when {@code other} writes a slot this footprint reads: the only way steps with footprint
     * {@code other} can enable (or disable) a step with this one.
     */
    public boolean readsWrittenBy(Footprint other) {
        return unknown || other.unknown || intersects(reads, other.writes);
    }

    /** True when this footprint writes one of {@code slots} (sorted); always true when unknown. */
    public boolean writesAny(int[] slots) {
        return unknown || intersects(writes, slots);
    }

    /** Sorted merge test: both arrays are sorted. */
    static boolean intersects(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static int[] normal(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] >= a[i]) {
                int[] b = a.clone();
                Arrays.sort(b);
                int k = 1;
                for (int j = 1; j < b.length; j++) {
                    if (b[j] != b[k - 1]) {
                        b[k++] = b[j];
                    }
                }
                return Arrays.copyOf(b, k);
            }
        }
        return a;
    }
}
