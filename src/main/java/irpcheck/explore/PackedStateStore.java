package irpcheck.explore;

import irpcheck.model.StateLayout;

import java.util.Arrays;

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
 * <p>The shards let several threads look up a batch's successors at once ({@link ShardedStore}); a
 * sequential search only ever calls {@link #add}.
 *
 * <p>A state with a slot outside its layout range cannot be packed and is refused with
 * {@link IllegalArgumentException}. Not thread-safe, except as {@link ShardedStore} allows. An
 * {@link OutOfMemoryError} while growing leaves the store consistent: the state being added is simply
 * not added.
 */
public final class PackedStateStore implements ShardedStore {

    static final int TAG_BITS = 28;
    static final int SHARD_BITS = Shards.BITS;
    private static final int SHARDS = Shards.COUNT;
    private static final int INDEX_BITS = 64 - TAG_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int MAX_TABLE_BITS = 30;
    private static final int DEFAULT_PAGE_LONGS = 1 << 21;
    /**
     * An entry a probe reserves for a batch's new state before the search gives it an index: the bit below
     * the index bits' top, over a reference {@code state << REF_SUCCESSOR_BITS | successor} into the batch.
     */
    private static final long RESERVED = 1L << (INDEX_BITS - 1);
    private static final int REF_SUCCESSOR_BITS = 22;
    private static final long REF_SUCCESSOR_MASK = (1L << REF_SUCCESSOR_BITS) - 1;
    private static final long REF_MASK = RESERVED - 1;
    /** Probes look at no more states of a batch and successors of a state than references can name; add takes the rest. */
    private static final int MAX_REF_STATES = 1 << (INDEX_BITS - 1 - REF_SUCCESSOR_BITS);
    private static final int MAX_REF_SUCCESSORS = 1 << REF_SUCCESSOR_BITS;

    private final PackedPages pages;
    private final long[] scratch;
    private final long[][] tables = new long[SHARDS][];
    private final int[] tableBits = new int[SHARDS];
    private final long[] filled = new long[SHARDS];
    private final long[] resizeAt = new long[SHARDS];
    private long size;
    /** The batches of the last two probes, and the references of the entries the last reserved, per shard; null until a probe. */
    private Batch current;
    private Batch previous;
    private long[][] reserved;
    private int[] reservedCount;
    private int parts;

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
        long hash = hash(scratch, 0);
        int s = Shards.of(hash);
        if (filled[s] >= resizeAt[s]) {
            grow(s);
        }
        long[] table = tables[s];
        int pos = slot(s, hash, scratch, 0);
        long entry = table[pos];
        if (entry != 0) {
            return (entry & RESERVED) != 0 ? claim(entry & REF_MASK, scratch, 0) : -(entry & INDEX_MASK);
        }
        long index = size;
        pages.write(index, scratch);
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

    @Override
    public void prepare(Batch batch, int parts) {
        if (reserved == null) {
            reserved = new long[SHARDS][16];
            reservedCount = new int[SHARDS];
        }
        batch.prepareProbe(parts);
        this.parts = parts;
        previous = current;
        current = batch;
    }

    @Override
    public void probe(Batch batch, int part, int parts) {
        for (int s = Shards.first(part, parts); s < Shards.first(part + 1, parts); s++) {
            settlePrevious(s);
        }
        long[] answers = batch.answers(part);
        int[] slots = batch.slots(part);
        for (int i = 0, n = Math.min(batch.size(), MAX_REF_STATES); i < n; i++) {
            if (batch.skipped(i)) {
                continue;
            }
            SuccessorBuffer b = batch.buffer(i);
            int ordinal = batch.ordinal(i, 0);
            for (int j = 0, m = Math.min(b.packedCount(), MAX_REF_SUCCESSORS); j < m; j++) {
                long hash = b.hash(j);
                int s = Shards.of(hash);
                if (Shards.partOf(s, parts) == part && b.selected(j)) {
                    answers[ordinal + j] = probe(s, hash, b, (long) i << REF_SUCCESSOR_BITS | j, slots, ordinal + j);
                }
            }
        }
    }

    /**
     * Looks up a successor (reference {@code ref}) in shard {@code s}: its index when stored, else -(the
     * reference of its reserved entry) - 1, reserving one (its slot noted at {@code slots[ordinal]}) when none.
     */
    private long probe(int s, long hash, SuccessorBuffer b, long ref, int[] slots, int ordinal) {
        if (filled[s] >= resizeAt[s]) {
            grow(s);
        }
        long[] table = tables[s];
        int pos = slot(s, hash, b.packed(), b.packedAt((int) (ref & REF_SUCCESSOR_MASK)));
        long entry = table[pos];
        if (entry != 0) {
            return (entry & RESERVED) != 0 ? -(entry & REF_MASK) - 1 : (entry & INDEX_MASK) - 1;
        }
        table[pos] = (hash & ~INDEX_MASK) | RESERVED | ref;
        filled[s]++;
        slots[ordinal] = pos;
        if (reservedCount[s] == reserved[s].length) {
            reserved[s] = Arrays.copyOf(reserved[s], 2 * reservedCount[s]);
        }
        reserved[s][reservedCount[s]++] = ref;
        return -ref - 1;
    }

    @Override
    public long commit(Batch batch, int state, int successor) {
        SuccessorBuffer b = batch.buffer(state);
        if (successor >= b.packedCount() || !b.selected(successor) || state >= MAX_REF_STATES
                || successor >= MAX_REF_SUCCESSORS) {
            return add(b.state(successor));
        }
        long answer = batch.answers(Shards.partOf(Shards.of(b.hash(successor)), parts))[batch.ordinal(state, successor)];
        if (answer >= 0) {
            return -answer - 1;
        }
        return claim(-answer - 1, b.packed(), b.packedAt(successor));
    }

    /** The index of a new state of the current batch, given its reservation: given now, to these words, when it has none yet. */
    private long claim(long ref, long[] words, int off) {
        SuccessorBuffer b = current.buffer((int) (ref >>> REF_SUCCESSOR_BITS));
        int j = (int) (ref & REF_SUCCESSOR_MASK);
        long index = b.assigned(j);
        if (index >= 0) {
            return -index - 1;
        }
        index = size;
        pages.write(index, words, off);
        b.assign(j, index);
        size = index + 1;
        return index;
    }

    /** Turns the entries the previous probe reserved in shard {@code s} into entries for the indices the search gave. */
    private void settlePrevious(int s) {
        long[] table = tables[s];
        long[] refs = reserved[s];
        int[] slots = reservedCount[s] == 0 ? null : previous.slots(Shards.partOf(s, parts));
        for (int k = 0, n = reservedCount[s]; k < n; k++) {
            int i = (int) (refs[k] >>> REF_SUCCESSOR_BITS);
            int j = (int) (refs[k] & REF_SUCCESSOR_MASK);
            long index = previous.buffer(i).assigned(j);
            if (index < 0) {
                throw new IllegalStateException("a new state of the last batch was never taken");
            }
            int pos = slots[previous.ordinal(i, j)];
            table[pos] = (table[pos] & ~INDEX_MASK) | (index + 1);
        }
        reservedCount[s] = 0;
    }

    /** The slot of shard {@code s} that holds the state packed at {@code words[off..]} (stored or reserved), else the empty slot where it would go. */
    private int slot(int s, long hash, long[] words, int off) {
        long[] table = tables[s];
        int mask = table.length - 1;
        long tag = hash & ~INDEX_MASK;
        int pos = position(hash, tableBits[s]);
        for (long entry = table[pos]; entry != 0; entry = table[pos]) {
            if ((entry & ~INDEX_MASK) == tag && holds(entry, words, off)) {
                return pos;
            }
            pos = (pos + 1) & mask;
        }
        return pos;
    }

    /** True when a table entry (of the right tag) is for the state packed at {@code words[off..]}. */
    private boolean holds(long entry, long[] words, int off) {
        if ((entry & RESERVED) == 0) {
            return pages.equalsAt((entry & INDEX_MASK) - 1, words, off);
        }
        SuccessorBuffer b = current.buffer((int) ((entry & REF_MASK) >>> REF_SUCCESSOR_BITS));
        int from = b.packedAt((int) (entry & REF_SUCCESSOR_MASK));
        return Arrays.equals(b.packed(), from, from + pages.words(), words, off, off + pages.words());
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
                long hash = fromTag && (entry & RESERVED) == 0 ? entry : hashOf(entry);
                int pos = position(hash, bits + 1);
                while (table[pos] != 0) {
                    pos = (pos + 1) & mask;
                }
                table[pos] = entry;
                if ((entry & RESERVED) != 0) {
                    current.slots(Shards.partOf(s, parts))[current.ordinal((int) ((entry & REF_MASK) >>> REF_SUCCESSOR_BITS),
                            (int) (entry & REF_SUCCESSOR_MASK))] = pos;
                }
            }
        }
    }

    /** The hash of the state an entry is for: from the pages, or from the batch for a reserved entry. */
    private long hashOf(long entry) {
        if ((entry & RESERVED) == 0) {
            return pages.hashAt((entry & INDEX_MASK) - 1);
        }
        return current.buffer((int) ((entry & REF_MASK) >>> REF_SUCCESSOR_BITS)).hash((int) (entry & REF_SUCCESSOR_MASK));
    }

    private void allocateTable(int s, int bits) {
        tables[s] = new long[1 << bits];
        tableBits[s] = bits;
        // 0.75: with a good hash, linear probing stays short, and the index costs 10.7 to 21 bytes per state
        resizeAt[s] = (1L << bits) * 3 / 4;
    }
}
