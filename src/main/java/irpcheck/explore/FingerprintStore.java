package irpcheck.explore;

import irpcheck.model.StateLayout;

/**
 * A visited-state store that keeps only a 64-bit fingerprint of each state (hash compaction), in
 * {@value #SHARDS} open-addressing, linear-probing tables of {@code long}s (shards, chosen by the
 * fingerprint's top {@value #SHARD_BITS} bits). A table grows by a quarter when it is 85% full, so it is
 * 68% to 85% full: 9.4 to 11.8 bytes per state. (A fingerprint's position is its next 32 bits scaled to
 * the table's length, which lets a table have any length.) A fingerprint is the state's 64-bit hash
 * with its lowest bit cleared: an entry's lowest bit says whether the search expanded the state only in
 * part ({@link #expandedInPart}), which is what partial-order reduction's cycle proviso asks of a state
 * it steps back to, and the one thing about the state's place in the search that a store without
 * indices can still tell. Two distinct states with the same fingerprint count as one, so the search may
 * miss states: {@link #omissionProbability()} bounds the chance that it did.
 *
 * <p>The states themselves are kept bit-packed only while the search may still need them: the search
 * reads states in index order and calls {@link #forgetBelow(long)} once it will not read states below an
 * index again, and their pages are dropped. Counterexamples then rebuild forgotten states by replaying
 * the path ({@link #retains(long)}, {@link #mayContain(int[])}).
 *
 * <p>Other threads may pack and hash states for it ({@link PackingStore}); only one thread adds.
 * Not thread-safe, except as {@link PackingStore} allows.
 */
public final class FingerprintStore implements PackingStore {

    private static final int SHARD_BITS = Shards.BITS;
    private static final int SHARDS = Shards.COUNT;
    private static final int MAX_TABLE = Integer.MAX_VALUE - 8;
    private static final int PAGE_LONGS = 1 << 20;
    /** An entry's lowest bit: its state was expanded in part. */
    private static final long PARTIAL = 1;

    private final PackedPages pages;
    private final long[] scratch;
    private final long[][] tables = new long[SHARDS][];
    private final long[] filled = new long[SHARDS];
    private final long[] resizeAt = new long[SHARDS];
    private long size;
    private long forgotten;
    /** True once the search said a state was expanded in part: from then on the entries' bits are kept. */
    private boolean tracksPartial;
    /** The first state's fingerprint: answered for as an exact store answers for index 0 (see {@link #seen}). */
    private long initial;

    /** A store for states of this layout. */
    public FingerprintStore(StateLayout layout) {
        this(layout, PAGE_LONGS, 1 << 10);
    }

    /** A store for states of this layout, with pages of about {@code pageLongs} longs and a first table of {@code initialCapacity}. */
    public FingerprintStore(StateLayout layout, int pageLongs, int initialCapacity) {
        pages = new PackedPages(layout, pageLongs);
        scratch = new long[pages.words()];
        for (int s = 0; s < SHARDS; s++) {
            allocateTable(s, Math.max(16, initialCapacity / SHARDS));
        }
    }

    @Override
    public long add(int[] state) {
        pages.pack(state, scratch);
        return add(scratch, 0, fingerprint(scratch, 0));
    }

    @Override
    public long add(long[] words, int off, long fp) {
        int s = Shards.of(fp);
        if (filled[s] >= resizeAt[s]) {
            grow(s);
        }
        long[] table = tables[s];
        int pos = slot(table, fp);
        if (table[pos] != 0) {
            return seen(table[pos]);
        }
        pages.write(size, words, off);
        table[pos] = fp;
        filled[s]++;
        if (size == 0) {
            initial = fp;
        }
        return size++;
    }

    @Override
    public int wordsPerState() {
        return pages.words();
    }

    @Override
    public boolean pack(int[] state, long[] into, int off) {
        return pages.tryPack(state, into, off);
    }

    @Override
    public long hash(long[] words, int off) {
        return fingerprint(words, off);
    }

    @Override
    public Reader reader(long first, int n) {
        if (first < forgotten || n < 0 || first + n > size) {
            throw new IndexOutOfBoundsException("states " + first + ".." + (first + n) + " are not all held");
        }
        return pages.view(first, n);
    }

    /**
     * What {@link #add} answers for a state it has seen, by its entry: {@link #SEEN_WHOLE} when the state
     * was not expanded in part (or not expanded yet); else -1, "stored at an index no longer known",
     * which the search must read as the worst case. The first state added is always answered -1, as an
     * exact store answers -(0) - 1 for it, so that both stores lead a search to the same choices.
     */
    private long seen(long entry) {
        return !tracksPartial || (entry & PARTIAL) != 0 || (entry & ~PARTIAL) == initial ? -1 : SEEN_WHOLE;
    }

    @Override
    public void expandedInPart(int[] state, boolean inPart) {
        pages.pack(state, scratch);
        long fp = fingerprint(scratch, 0);
        long[] table = tables[Shards.of(fp)];
        int pos = slot(table, fp);
        if (table[pos] == 0) {
            throw new IllegalArgumentException("a state expanded in part is not stored");
        }
        table[pos] = inPart ? fp | PARTIAL : fp;
        tracksPartial = true;
    }

    /** True when a state with this state's fingerprint is stored. */
    @Override
    public boolean mayContain(int[] state) {
        pages.pack(state, scratch);
        long fp = fingerprint(scratch, 0);
        long[] table = tables[Shards.of(fp)];
        return table[slot(table, fp)] != 0;
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
    public boolean forgetsStates() {
        return true;
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
        return tableBytes() + pages.bytes();
    }

    /** Bytes of the fingerprint tables alone, per state stored: what the store keeps for good. */
    public double tableBytesPerState() {
        return size == 0 ? 0 : (double) tableBytes() / size;
    }

    private long tableBytes() {
        long bytes = 0;
        for (long[] table : tables) {
            bytes += 8L * table.length;
        }
        return bytes;
    }

    /**
     * An upper bound on the probability that two of the stored states' fingerprints collided, so that
     * some state (and all it alone leads to) was not explored: n(n-1)/2 pairs, each colliding with
     * probability 2^-63 (a fingerprint has 63 bits).
     */
    public double omissionProbability() {
        double n = size;
        return Math.min(1.0, n * (n - 1) / 2 / Math.pow(2, 63));
    }

    /** The state's 63-bit fingerprint: its hash without the lowest bit, never 0. */
    private long fingerprint(long[] packed, int off) {
        long fp = PackedStateStore.hash(packed, off, pages.words()) & ~PARTIAL;
        return fp == 0 ? 2 : fp;
    }

    /** The slot that holds {@code fp} (whatever its entry's lowest bit), else the empty slot where it would go. */
    private static int slot(long[] table, long fp) {
        int pos = position(fp, table.length);
        for (long entry = table[pos]; entry != 0 && (entry & ~PARTIAL) != fp; entry = table[pos]) {
            pos = pos + 1 == table.length ? 0 : pos + 1;
        }
        return pos;
    }

    /** The bits below the shard's, scaled to the table's length. */
    private static int position(long fp, int length) {
        return (int) ((((fp << SHARD_BITS) >>> 32) * length) >>> 32);
    }

    /** Grows shard {@code s}'s table by a quarter; the old table stays in place if allocation fails. */
    private void grow(int s) {
        long[] old = tables[s];
        if (old.length >= MAX_TABLE) {
            if (filled[s] >= (long) MAX_TABLE * 15 / 16) {
                throw new OutOfMemoryError("fingerprint table full at " + size + " states");
            }
            resizeAt[s] = (long) MAX_TABLE * 15 / 16;
            return;
        }
        allocateTable(s, (int) Math.min(MAX_TABLE, old.length + (long) old.length / 4));
        long[] table = tables[s];
        for (long entry : old) {
            if (entry != 0) {
                table[slot(table, entry & ~PARTIAL)] = entry;
            }
        }
    }

    private void allocateTable(int s, int length) {
        tables[s] = new long[length];
        resizeAt[s] = (long) length * 85 / 100;
    }
}
