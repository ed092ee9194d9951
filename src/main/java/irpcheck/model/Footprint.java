package irpcheck.model;

/**
 * The state slots an action reads and writes when taken in a given state, resolved against the
 * references in that state. {@code unknown} means the footprint could not be resolved exactly and the
 * action must be treated as dependent on everything. Immutable by convention (arrays are not copied).
 */
public record Footprint(int[] reads, int[] writes, boolean unknown) {

    public static final Footprint UNKNOWN = new Footprint(new int[0], new int[0], true);

    /** True when the two may not commute: one writes a slot the other reads or writes. */
    public boolean conflictsWith(Footprint other) {
        if (unknown || other.unknown) {
            return true;
        }
        return intersects(writes, other.reads) || intersects(writes, other.writes) || intersects(reads, other.writes);
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
