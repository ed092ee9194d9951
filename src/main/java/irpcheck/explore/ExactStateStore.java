package irpcheck.explore;

import java.util.Arrays;

/**
 * An exact visited-state store for states of a fixed width. States are copied into chunked
 * {@code int[]} pages (so the total can grow past 2^31 ints) in insertion order, and found again
 * through an open-addressing, linear-probing table of {@code long} entries. Each entry packs the high
 * 24 bits of the state's 64-bit hash (a tag that rejects most mismatches without touching the pages)
 * and the state's index + 1 (0 marks an empty slot). No object is allocated per state.
 *
 * <p>Not thread-safe. If an allocation fails with {@link OutOfMemoryError} the store stays consistent:
 * the state being added is simply not added.
 */
public final class ExactStateStore implements StateStore {

    /** Page size in ints: 16 MiB, large enough to amortise, small enough to allocate when memory is tight. */
    public static final int DEFAULT_PAGE_INTS = 1 << 22;
    private static final int DEFAULT_TABLE = 1 << 10;
    private static final int MAX_TABLE = 1 << 30;
    private static final int FIRST_PAGE_INTS = 1 << 10;
    private static final int INDEX_BITS = 40;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final long TAG_MASK = ~INDEX_MASK;

    private final int width;
    private final int pageShift;
    private final long pageMask;
    private final int pageCapacityInts;

    private int[][] pages = new int[4][];
    private long size;
    private long[] table;
    private int tableMask;
    private long resizeAt;

    /** A store for states of {@code width} ints with default page and table sizes. */
    public ExactStateStore(int width) {
        this(width, DEFAULT_PAGE_INTS, DEFAULT_TABLE);
    }

    /**
     * A store for states of {@code width} ints.
     *
     * @param pageInts        the most ints one page holds (rounded down to a power-of-two number of states, at least one)
     * @param initialCapacity the initial hash-table size (rounded up to a power of two)
     */
    public ExactStateStore(int width, int pageInts, int initialCapacity) {
        if (width < 0 || pageInts < 1 || initialCapacity < 1) {
            throw new IllegalArgumentException("width " + width + ", pageInts " + pageInts + ", capacity " + initialCapacity);
        }
        this.width = width;
        int statesPerPage = Integer.highestOneBit(Math.max(1, pageInts / Math.max(1, width)));
        this.pageShift = Integer.numberOfTrailingZeros(statesPerPage);
        this.pageMask = statesPerPage - 1L;
        this.pageCapacityInts = statesPerPage * width;
        int tableSize = Math.min(MAX_TABLE, Math.max(16, Integer.highestOneBit(Math.max(1, initialCapacity - 1)) << 1));
        allocateTable(tableSize);
    }

    /** The number of ints in each state. */
    public int width() {
        return width;
    }

    @Override
    public long add(int[] state) {
        if (state.length != width) {
            throw new IllegalArgumentException("state of " + state.length + " ints, store holds " + width);
        }
        if (size >= resizeAt) {
            grow();
        }
        long hash = hash(state, 0, width);
        long tag = hash & TAG_MASK;
        int pos = (int) hash & tableMask;
        for (long entry = table[pos]; entry != 0; entry = table[pos]) {
            if ((entry & TAG_MASK) == tag) {
                long index = (entry & INDEX_MASK) - 1;
                if (equalsAt(index, state)) {
                    return -index - 1;
                }
            }
            pos = (pos + 1) & tableMask;
        }
        long index = size;
        write(index, state);
        table[pos] = tag | (index + 1);
        size = index + 1;
        return index;
    }

    @Override
    public int[] get(long index, int[] into) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("state " + index + " of " + size);
        }
        System.arraycopy(pages[page(index)], offset(index), into, 0, width);
        return into;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long bytes() {
        long bytes = 8L * table.length + 8L * pages.length;
        for (int[] page : pages) {
            if (page != null) {
                bytes += 4L * page.length;
            }
        }
        return bytes;
    }

    /**
     * A 64-bit hash of {@code a[from..from+length)}: murmur3-style 64-bit block mixing over pairs of
     * ints and the murmur3 finaliser, so that nearby states (one slot apart) spread over the table.
     */
    static long hash(int[] a, int from, int length) {
        long h = 0x9E3779B97F4A7C15L ^ (length * 0xC2B2AE3D27D4EB4FL);
        int i = from;
        int end = from + length;
        for (; i + 1 < end; i += 2) {
            h = mix(h, (a[i] & 0xFFFFFFFFL) | ((long) a[i + 1] << 32));
        }
        if (i < end) {
            h = mix(h, a[i] & 0xFFFFFFFFL);
        }
        return finish(h ^ length);
    }

    private static long mix(long h, long k) {
        k *= 0x87C37B91114253D5L;
        k = Long.rotateLeft(k, 31);
        k *= 0x4CF5AD432745937FL;
        h ^= k;
        return Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    private int page(long index) {
        return (int) (index >>> pageShift);
    }

    private int offset(long index) {
        return (int) (index & pageMask) * width;
    }

    private boolean equalsAt(long index, int[] state) {
        int off = offset(index);
        return Arrays.equals(pages[page(index)], off, off + width, state, 0, width);
    }

    /** Copies a state into its page, allocating or doubling the page first; changes nothing if that fails. */
    private void write(long index, int[] state) {
        int p = page(index);
        int off = offset(index);
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        int[] page = pages[p];
        if (page == null || page.length < off + width) {
            int want = page == null ? Math.min(pageCapacityInts, Math.max(FIRST_PAGE_INTS, width)) : page.length;
            while (want < off + width) {
                want = (int) Math.min(pageCapacityInts, 2L * want);
            }
            page = page == null ? new int[want] : Arrays.copyOf(page, want);
            pages[p] = page;
        }
        System.arraycopy(state, 0, page, off, width);
    }

    /** Doubles the table, rehashing from the pages; the old table stays in place if allocation fails. */
    private void grow() {
        if (table.length >= MAX_TABLE) {
            if (size >= (long) MAX_TABLE * 9 / 10) {
                throw new OutOfMemoryError("state index full at " + size + " states");
            }
            resizeAt = (long) MAX_TABLE * 9 / 10;
            return;
        }
        long[] old = table;
        allocateTable(old.length * 2);
        for (long entry : old) {
            if (entry != 0) {
                long index = (entry & INDEX_MASK) - 1;
                int pos = (int) hash(pages[page(index)], offset(index), width) & tableMask;
                while (table[pos] != 0) {
                    pos = (pos + 1) & tableMask;
                }
                table[pos] = entry;
            }
        }
    }

    private void allocateTable(int length) {
        long[] fresh = new long[length];
        table = fresh;
        tableMask = length - 1;
        // 0.625: linear probing stays short, and the table costs at most 12.8 bytes per state
        resizeAt = (long) length * 5 / 8;
    }
}
