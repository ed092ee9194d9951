package irpcheck.explore;

import irpcheck.model.StateLayout;

/**
 * An exact visited-state store that keeps each state bit-packed: slot {@code i} takes
 * {@link StateLayout.Slot#bits()} bits (its value minus the slot's minimum), slots are laid into 64-bit
 * words without straddling a word boundary, and the words of all states lie in insertion order in large
 * {@code long[]} pages. An open-addressing, linear-probing table of {@code long} entries finds them again:
 * each entry holds the top {@value #TAG_BITS} bits of the state's 64-bit hash (which also give its table
 * position, so growing the table never reads the pages while the table has at most 2^{@value #TAG_BITS}
 * entries) and the state's index + 1 (0 marks an empty slot). Nothing is allocated per state.
 *
 * <p>A state with a slot outside its layout range cannot be packed and is refused with
 * {@link IllegalArgumentException}. Not thread-safe. An {@link OutOfMemoryError} while growing leaves the
 * store consistent: the state being added is simply not added.
 */
public final class PackedStateStore implements StateStore {

    static final int TAG_BITS = 28;
    private static final int INDEX_BITS = 64 - TAG_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int MAX_TABLE_BITS = 30;
    private static final int DEFAULT_PAGE_LONGS = 1 << 21;

    private final PackedPages pages;
    private final long[] scratch;
    private long size;
    private long[] table;
    private int tableBits;
    private long resizeAt;

    /** A store for states of this layout with default page and table sizes. */
    public PackedStateStore(StateLayout layout) {
        this(layout, DEFAULT_PAGE_LONGS, 1 << 10);
    }

    /**
     * A store for states of this layout.
     *
     * @param pageLongs       the most longs one page holds (rounded down to a power-of-two number of states, at least one)
     * @param initialCapacity the initial hash-table size (rounded up to a power of two, at least 16)
     */
    public PackedStateStore(StateLayout layout, int pageLongs, int initialCapacity) {
        pages = new PackedPages(layout, pageLongs);
        scratch = new long[pages.words()];
        int bits = 4;
        while (bits < MAX_TABLE_BITS && (1L << bits) < initialCapacity) {
            bits++;
        }
        allocateTable(bits);
    }

    /** The 64-bit words one packed state takes. */
    public int wordsPerState() {
        return pages.words();
    }

    @Override
    public long add(int[] state) {
        pages.pack(state, scratch);
        if (size >= resizeAt) {
            grow();
        }
        long hash = hash(scratch, 0, scratch.length);
        long tag = hash & ~INDEX_MASK;
        int mask = table.length - 1;
        int pos = (int) (hash >>> (64 - tableBits));
        for (long entry = table[pos]; entry != 0; entry = table[pos]) {
            if ((entry & ~INDEX_MASK) == tag) {
                long index = (entry & INDEX_MASK) - 1;
                if (pages.equalsAt(index, scratch)) {
                    return -index - 1;
                }
            }
            pos = (pos + 1) & mask;
        }
        long index = size;
        pages.write(index, scratch);
        table[pos] = tag | (index + 1);
        size = index + 1;
        return index;
    }

    @Override
    public int[] get(long index, int[] into) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("state " + index + " of " + size);
        }
        return pages.read(index, into);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long bytes() {
        return 8L * table.length + pages.bytes();
    }

    /** A 64-bit hash of {@code a[from..from+length)}: murmur3's 64-bit mixing and finaliser. */
    static long hash(long[] a, int from, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        for (int i = from, end = from + length; i < end; i++) {
            long k = a[i] * 0x87C37B91114253D5L;
            k = Long.rotateLeft(k, 31) * 0x4CF5AD432745937FL;
            h = Long.rotateLeft(h ^ k, 27) * 5 + 0x52DCE729;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** Doubles the table; the old table stays in place if allocation fails. */
    private void grow() {
        if (tableBits >= MAX_TABLE_BITS) {
            if (size >= (1L << MAX_TABLE_BITS) * 9 / 10) {
                throw new OutOfMemoryError("state index full at " + size + " states");
            }
            resizeAt = (1L << MAX_TABLE_BITS) * 9 / 10;
            return;
        }
        long[] old = table;
        allocateTable(tableBits + 1);
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int pos = (int) (position(entry) & mask);
                while (table[pos] != 0) {
                    pos = (pos + 1) & mask;
                }
                table[pos] = entry;
            }
        }
    }

    /** The table position of a stored entry: from its tag while the tag has enough bits, else from its state. */
    private long position(long entry) {
        if (tableBits <= TAG_BITS) {
            return entry >>> (64 - tableBits);
        }
        return pages.hashAt((entry & INDEX_MASK) - 1) >>> (64 - tableBits);
    }

    private void allocateTable(int bits) {
        table = new long[1 << bits];
        tableBits = bits;
        // 0.75: with a good hash, linear probing stays short, and the index costs 10.7 to 21 bytes per state
        resizeAt = (1L << bits) * 3 / 4;
    }
}
