package irpcheck.explore;

import irpcheck.model.StateLayout;

/**
 * An exact visited-state store that keeps each state bit-packed: slot {@code i} takes
 * {@link StateLayout.Slot#bits()} bits (its value minus the slot's minimum), slots are laid into 64-bit
 * words without straddling a word boundary, and the words of all states lie in insertion order in large
 * {@code long[]} pages. An index finds them again: {@value #SHARDS} open-addressing, linear-probing tables
 * (shards, chosen by the top {@value #SHARD_BITS} bits of the state's 64-bit hash) of {@code long} entries,
 * each holding the top {@value #TAG_BITS} bits of the hash (which also give its position in its shard, so
 * growing a shard never reads the pages while it has at most 2^{@value #TAG_BITS}-{@value #SHARD_BITS}
 * entries) and the state's index + 1 (0 marks an empty slot). Nothing is allocated per state.
 *
 * <p>Other threads may pack and hash states for it ({@link PackingStore}); only one thread adds.
 *
 * <p>A state with a slot outside its layout range cannot be packed and is refused with
 * {@link IllegalArgumentException}. Not thread-safe, except as {@link PackingStore} allows. An
 * {@link OutOfMemoryError} while growing leaves the store consistent: the state being added is simply
 * not added.
 */
public final class PackedStateStore implements PackingStore {

    static final int TAG_BITS = 28;
    static final int SHARD_BITS = Shards.BITS;
    private static final int SHARDS = Shards.COUNT;
    private static final int INDEX_BITS = 64 - TAG_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int MAX_TABLE_BITS = 30;
    private static final int DEFAULT_PAGE_LONGS = 1 << 21;

    private final PackedPages pages;
    private final long[] scratch;
    private final long[][] tables = new long[SHARDS][];
    private final int[] tableBits = new int[SHARDS];
    private final long[] filled = new long[SHARDS];
    private final long[] resizeAt = new long[SHARDS];
    private long size;

    /** A store for states of this layout with default page and table sizes. */
    public PackedStateStore(StateLayout layout) {
        this(layout, DEFAULT_PAGE_LONGS, 1 << 10);
    }

    /**
     * A store for states of this layout.
     *
     * @param pageLongs       the most longs one page holds (rounded down to a power-of-two number of states, at least one)
     * @param initialCapacity the initial size of the index (rounded up to a power of two, at least 16 per shard)
     */
    public PackedStateStore(StateLayout layout, int pageLongs, int initialCapacity) {
        pages = new PackedPages(layout, pageLongs);
        scratch = new long[pages.words()];
        int bits = 4;
        while (bits < MAX_TABLE_BITS && ((long) SHARDS << bits) < initialCapacity) {
            bits++;
        }
        for (int s = 0; s < SHARDS; s++) {
            allocateTable(s, bits);
        }
    }

    @Override
    public int wordsPerState() {
        return pages.words();
    }

    @Override
    public long add(int[] state) {
        pages.pack(state, scratch);
        return add(scratch, 0, hash(scratch, 0));
    }

    @Override
    public long add(long[] words, int off, long hash) {
        int s = Shards.of(hash);
        if (filled[s] >= resizeAt[s]) {
            grow(s);
        }
        long[] table = tables[s];
        int pos = slot(s, hash, words, off);
        long entry = table[pos];
        if (entry != 0) {
            return -(entry & INDEX_MASK);
        }
        long index = size;
        pages.write(index, words, off);
        table[pos] = (hash & ~INDEX_MASK) | (index + 1);
        filled[s]++;
        size = index + 1;
        return index;
    }

    @Override
    public boolean pack(int[] state, long[] into, int off) {
        return pages.tryPack(state, into, off);
    }

    @Override
    public long hash(long[] words, int off) {
        return hash(words, off, pages.words());
    }

    @Override
    public Reader reader(long first, int n) {
        if (first < 0 || n < 0 || first + n > size) {
            throw new IndexOutOfBoundsException("states " + first + ".." + (first + n) + " of " + size);
        }
        return pages.view(first, n);
    }

    /** The slot of shard {@code s} that holds the state packed at {@code words[off..]}, else the empty slot where it would go. */
    private int slot(int s, long hash, long[] words, int off) {
        long[] table = tables[s];
        int mask = table.length - 1;
        long tag = hash & ~INDEX_MASK;
        int pos = position(hash, tableBits[s]);
        for (long entry = table[pos]; entry != 0; entry = table[pos]) {
            if ((entry & ~INDEX_MASK) == tag && pages.equalsAt((entry & INDEX_MASK) - 1, words, off)) {
                return pos;
            }
            pos = (pos + 1) & mask;
        }
        return pos;
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
        long bytes = pages.bytes();
        for (long[] table : tables) {
            bytes += 8L * table.length;
        }
        return bytes;
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

    /** A hash's slot in a shard table of 2^bits entries: the bits below the shard's. */
    private static int position(long hash, int bits) {
        return (int) ((hash << SHARD_BITS) >>> (64 - bits));
    }

    /** Doubles shard {@code s}'s table; the old table stays in place if allocation fails. */
    private void grow(int s) {
        int bits = tableBits[s];
        if (bits >= MAX_TABLE_BITS) {
            long full = (1L << MAX_TABLE_BITS) * 9 / 10;
            if (filled[s] >= full) {
                throw new OutOfMemoryError("state index full at " + size + " states");
            }
            resizeAt[s] = full;
            return;
        }
        long[] old = tables[s];
        allocateTable(s, bits + 1);
        long[] table = tables[s];
        int mask = table.length - 1;
        boolean fromTag = SHARD_BITS + bits + 1 <= TAG_BITS;
        for (long entry : old) {
            if (entry != 0) {
                long hash = fromTag ? entry : pages.hashAt((entry & INDEX_MASK) - 1);
                int pos = position(hash, bits + 1);
                while (table[pos] != 0) {
                    pos = (pos + 1) & mask;
                }
                table[pos] = entry;
            }
        }
    }

    private void allocateTable(int s, int bits) {
        tables[s] = new long[1 << bits];
        tableBits[s] = bits;
        // 0.75: with a good hash, linear probing stays short, and the index costs 10.7 to 21 bytes per state
        resizeAt[s] = (1L << bits) * 3 / 4;
    }
}
