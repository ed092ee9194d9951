package irpcheck.explore;

import irpcheck.model.StateLayout;

/**
 * A visited-state store that keeps only a 64-bit fingerprint of each state (hash compaction), in an
 * open-addressing, linear-probing table of {@code long}s. The table grows by a quarter when it is 85%
 * full, so it is always 68% to 85% full: 9.4 to 11.8 bytes per state. (A fingerprint's position is its
 * top 32 bits scaled to the table's length, which lets the table have any length.) Two distinct states with the same fingerprint count as
 * one, so the search may miss states: {@link #omissionProbability()} bounds the chance that it did.
 *
 * <p>The states themselves are kept bit-packed only while the search may still need them: the search
 * reads states in index order and calls {@link #forgetBelow(long)} once it will not read states below an
 * index again, and their pages are dropped. Counterexamples then rebuild forgotten states by replaying
 * the path ({@link #retains(long)}, {@link #mayContain(int[])}).
 *
 * <p>Not thread-safe.
 */
public final class FingerprintStore implements StateStore {

    private static final int MAX_TABLE = Integer.MAX_VALUE - 8;
    private static final int PAGE_LONGS = 1 << 20;

    private final PackedPages pages;
    private final long[] scratch;
    private long[] table;
    private long resizeAt;
    private long size;
    private long forgotten;

    /** A store for states of this layout. */
    public FingerprintStore(StateLayout layout) {
        this(layout, PAGE_LONGS, 1 << 10);
    }

    /** A store for states of this layout, with pages of about {@code pageLongs} longs and a first table of {@code initialCapacity}. */
    public FingerprintStore(StateLayout layout, int pageLongs, int initialCapacity) {
        pages = new PackedPages(layout, pageLongs);
        scratch = new long[pages.words()];
        allocateTable(Math.max(16, initialCapacity));
    }

    @Override
    public long add(int[] state) {
        pages.pack(state, scratch);
        if (size >= resizeAt) {
            grow();
        }
        long fp = fingerprint(scratch);
        int pos = position(fp, table.length);
        for (long entry = table[pos]; entry != 0; entry = table[pos]) {
            if (entry == fp) {
                // the index of a state known only by its fingerprint is unknown: any negative answer means "seen"
                return -1;
            }
            pos = next(pos);
        }
        pages.write(size, scratch);
        table[pos] = fp;
        return size++;
    }

    /** True when a state with this state's fingerprint is stored. */
    @Override
    public boolean mayContain(int[] state) {
        return contains(state, scratch);
    }

    private boolean contains(int[] state, long[] packed) {
        pages.pack(state, packed);
        long fp = fingerprint(packed);
        for (int pos = position(fp, table.length); table[pos] != 0; pos = next(pos)) {
            if (table[pos] == fp) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int[] get(long index, int[] into) {
        if (index < forgotten || index >= size) {
            throw new IndexOutOfBoundsException("state " + index + " is not held (held: " + forgotten + ".." + size + ")");
        }
        return pages.read(index, into);
    }

    @Override
    public boolean retains(long index) {
        return index >= forgotten && index < size;
    }

    @Override
    public void forgetBelow(long index) {
        forgotten = Math.max(forgotten, pages.dropBelow(Math.min(index, size)));
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long bytes() {
        return 8L * table.length + pages.bytes();
    }

    /** Bytes of the fingerprint table alone, per state stored: what the store keeps for good. */
    public double tableBytesPerState() {
        return size == 0 ? 0 : 8.0 * table.length / size;
    }

    /**
     * An upper bound on the probability that two of the stored states' fingerprints collided, so that
     * some state (and all it alone leads to) was not explored: n(n-1)/2 pairs, each colliding with
     * probability 2^-64.
     */
    public double omissionProbability() {
        double n = size;
        return Math.min(1.0, n * (n - 1) / 2 / Math.pow(2, 64));
    }

    private static long fingerprint(long[] packed) {
        long fp = PackedStateStore.hash(packed, 0, packed.length);
        return fp == 0 ? 1 : fp;
    }

    private static int position(long fp, int length) {
        return (int) (((fp >>> 32) * length) >>> 32);
    }

    private int next(int pos) {
        return pos + 1 == table.length ? 0 : pos + 1;
    }

    /** Grows the table by a quarter; the old table stays in place if allocation fails. */
    private void grow() {
        if (table.length >= MAX_TABLE) {
            if (size >= (long) MAX_TABLE * 15 / 16) {
                throw new OutOfMemoryError("fingerprint table full at " + size + " states");
            }
            resizeAt = (long) MAX_TABLE * 15 / 16;
            return;
        }
        long[] old = table;
        allocateTable((int) Math.min(MAX_TABLE, old.length + (long) old.length / 4));
        for (long fp : old) {
            if (fp != 0) {
                int pos = position(fp, table.length);
                while (table[pos] != 0) {
                    pos = next(pos);
                }
                table[pos] = fp;
            }
        }
    }

    private void allocateTable(int length) {
        table = new long[length];
        resizeAt = (long) length * 85 / 100;
    }
}
