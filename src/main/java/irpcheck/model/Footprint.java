package irpcheck.model;

import java.util.Arrays;

/**
 * The slots an action (or a set of actions) reads and writes, resolved against the references in
 * a state. {@code unknown} means the footprint could not be resolved exactly and must be treated as
 * dependent on everything. Slots may lie past the state's slots (footprint-only slots, such as an
 * object's retired aspect). Held as bit masks, since the reduction intersects footprints many times per
 * state; {@link #reads()} and {@link #writes()} give sorted, duplicate-free arrays. Immutable.
 */
public final class Footprint {

    public static final Footprint UNKNOWN = new Footprint(new long[0], new long[0], true);
    public static final Footprint EMPTY = new Footprint(new long[0], new long[0], false);

    private final long[] readMask;
    private final long[] writeMask;
    private final boolean unknown;

    /** A footprint of the given slots (in any order, duplicates allowed; none negative). */
    public Footprint(int[] reads, int[] writes, boolean unknown) {
        this(mask(reads), mask(writes), unknown);
    }

    private Footprint(long[] readMask, long[] writeMask, boolean unknown) {
        this.readMask = readMask;
        this.writeMask = writeMask;
        this.unknown = unknown;
    }

    /** The slots read, sorted. */
    public int[] reads() {
        return slots(readMask);
    }

    /** The slots written, sorted. */
    public int[] writes() {
        return slots(writeMask);
    }

    public boolean unknown() {
        return unknown;
    }

    /** True when the two may not commute: one writes a slot the other reads or writes. */
    public boolean conflictsWith(Footprint other) {
        if (unknown || other.unknown) {
            return true;
        }
        return intersects(writeMask, other.readMask) || intersects(writeMask, other.writeMask)
                || intersects(readMask, other.writeMask);
    }

    /**
     * True when {@code other} writes a slot this footprint reads: the only way steps with footprint
     * {@code other} can enable (or disable) a step with this one.
     */
    public boolean readsWrittenBy(Footprint other) {
        return unknown || other.unknown || intersects(readMask, other.writeMask);
    }

    /** True when this footprint writes one of {@code slots}; always true when unknown. */
    public boolean writesAny(int[] slots) {
        if (unknown) {
            return true;
        }
        for (int s : slots) {
            if (has(writeMask, s)) {
                return true;
            }
        }
        return false;
    }

    /** Both footprints' slots; unknown when either is. */
    public Footprint union(Footprint other) {
        if (unknown || other.unknown) {
            return UNKNOWN;
        }
        return new Footprint(or(readMask, other.readMask), or(writeMask, other.writeMask), false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Footprint f && unknown == f.unknown && Arrays.equals(reads(), f.reads())
                && Arrays.equals(writes(), f.writes());
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(reads()) + Arrays.hashCode(writes())) + (unknown ? 1 : 0);
    }

    @Override
    public String toString() {
        return unknown ? "Footprint[unknown]"
                : "Footprint[reads=" + Arrays.toString(reads()) + ", writes=" + Arrays.toString(writes()) + "]";
    }

    /** Collects slots into a footprint without sorting: for footprints built once per state. Not thread-safe. */
    public static final class Builder {
        private long[] reads;
        private long[] writes;
        private boolean unknown;

        /** A builder that starts from {@code base}'s slots. */
        public Builder(Footprint base) {
            int words = Math.max(2, Math.max(base.readMask.length, base.writeMask.length));
            reads = Arrays.copyOf(base.readMask, words);
            writes = Arrays.copyOf(base.writeMask, words);
            unknown = base.unknown;
        }

        public Builder read(int slot) {
            reads = set(reads, slot);
            return this;
        }

        public Builder write(int slot) {
            writes = set(writes, slot);
            return this;
        }

        public Builder add(Footprint f) {
            if (f.unknown) {
                unknown = true;
            } else {
                reads = or(reads, f.readMask);
                writes = or(writes, f.writeMask);
            }
            return this;
        }

        public Footprint build() {
            return unknown ? UNKNOWN : new Footprint(reads.clone(), writes.clone(), false);
        }
    }

    private static boolean intersects(long[] a, long[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(long[] mask, int slot) {
        int w = slot >>> 6;
        return slot >= 0 && w < mask.length && (mask[w] & (1L << slot)) != 0;
    }

    private static long[] mask(int[] slots) {
        int max = -1;
        for (int s : slots) {
            if (s < 0) {
                throw new IllegalArgumentException("negative slot " + s);
            }
            max = Math.max(max, s);
        }
        if (max < 0) {
            return new long[0];
        }
        long[] m = new long[(max >>> 6) + 1];
        for (int s : slots) {
            m[s >>> 6] |= 1L << s;
        }
        return m;
    }

    private static long[] set(long[] m, int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("negative slot " + slot);
        }
        int w = slot >>> 6;
        long[] out = w < m.length ? m : Arrays.copyOf(m, Math.max(w + 1, 2 * m.length));
        out[w] |= 1L << slot;
        return out;
    }

    private static long[] or(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
        long[] other = a.length >= b.length ? b : a;
        for (int i = 0; i < other.length; i++) {
            out[i] |= other[i];
        }
        return out;
    }

    private static int[] slots(long[] mask) {
        int n = 0;
        for (long w : mask) {
            n += Long.bitCount(w);
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            long w = mask[i];
            while (w != 0) {
                out[k++] = (i << 6) + Long.numberOfTrailingZeros(w);
                w &= w - 1;
            }
        }
        return out;
    }
}
