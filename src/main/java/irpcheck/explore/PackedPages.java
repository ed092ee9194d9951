package irpcheck.explore;

import irpcheck.model.StateLayout;

import java.util.Arrays;

/**
 * States bit-packed by their layout, in insertion order, in {@code long[]} pages: slot {@code i} takes
 * {@link StateLayout.Slot#bits()} bits (its value minus the slot's minimum) and slots are laid into 64-bit
 * words without straddling a word boundary. Pages below an index can be dropped when their states are no
 * longer needed. Not thread-safe; a failed allocation leaves the pages as they were.
 */
final class PackedPages {

    private final int width;
    private final int words;
    private final int[] wordOf;
    private final int[] shiftOf;
    private final int[] mins;
    private final long[] masks;
    private final int pageShift;
    private final long pageMask;
    private final int pageLongs;
    private long[][] pages = new long[4][];
    private int firstHeld;

    /** Pages for states of this layout, each of at most about {@code pageLongs} longs (at least one state). */
    PackedPages(StateLayout layout, int pageLongs) {
        width = layout.size();
        wordOf = new int[width];
        shiftOf = new int[width];
        mins = new int[width];
        masks = new long[width];
        int word = 0;
        int used = 0;
        for (int i = 0; i < width; i++) {
            StateLayout.Slot slot = layout.slots().get(i);
            int bits = slot.bits();
            if (used + bits > 64) {
                word++;
                used = 0;
            }
            wordOf[i] = word;
            shiftOf[i] = used;
            mins[i] = slot.min();
            masks[i] = bits == 64 ? -1L : (1L << bits) - 1;
            used += bits;
        }
        words = used == 0 ? Math.max(1, word) : word + 1;
        int statesPerPage = Integer.highestOneBit(Math.max(1, pageLongs / words));
        pageShift = Integer.numberOfTrailingZeros(statesPerPage);
        pageMask = statesPerPage - 1L;
        this.pageLongs = statesPerPage * words;
    }

    /** The 64-bit words one packed state takes. */
    int words() {
        return words;
    }

    /** Packs a state into {@code into} (of {@link #words()} longs); refuses values outside the layout. */
    void pack(int[] state, long[] into) {
        if (state.length != width) {
            throw new IllegalArgumentException("state of " + state.length + " ints, store holds " + width);
        }
        Arrays.fill(into, 0L);
        for (int i = 0; i < width; i++) {
            long v = (long) state[i] - mins[i];
            if ((v & ~masks[i]) != 0) {
                throw new IllegalArgumentException("slot " + i + " holds " + state[i] + ", outside its layout range");
            }
            into[wordOf[i]] |= v << shiftOf[i];
        }
    }

    /**
     * Packs a state into {@code into[off .. off+words())}; false (leaving those words unspecified) when a
     * slot lies outside the layout. Safe on any thread: it reads only the layout.
     */
    boolean tryPack(int[] state, long[] into, int off) {
        if (state.length != width) {
            return false;
        }
        Arrays.fill(into, off, off + words, 0L);
        for (int i = 0; i < width; i++) {
            long v = (long) state[i] - mins[i];
            if ((v & ~masks[i]) != 0) {
                return false;
            }
            into[off + wordOf[i]] |= v << shiftOf[i];
        }
        return true;
    }

    /** Unpacks state {@code index} into {@code into}. */
    int[] read(long index, int[] into) {
        long[] page = pages[page(index)];
        int off = offset(index);
        for (int i = 0; i < width; i++) {
            into[i] = (int) ((page[off + wordOf[i]] >>> shiftOf[i]) & masks[i]) + mins[i];
        }
        return into;
    }

    /**
     * The states {@code first .. first+n-1} (all written) as the pages hold them now: another thread may
     * read them through the view while states are added, since adding writes only past them or into new
     * copies of the pages.
     */
    View view(long first, int n) {
        int from = page(first);
        return new View(Arrays.copyOfRange(pages, from, page(first + Math.max(1, n) - 1) + 1), from);
    }

    /** Some pages as they were when {@link #view} was called. Immutable (the states it covers do not change). */
    final class View implements PackingStore.Reader {
        private final long[][] held;
        private final int firstPage;

        private View(long[][] held, int firstPage) {
            this.held = held;
            this.firstPage = firstPage;
        }

        @Override
        public int[] read(long index, int[] into) {
            long[] page = held[page(index) - firstPage];
            int off = offset(index);
            for (int i = 0; i < width; i++) {
                into[i] = (int) ((page[off + wordOf[i]] >>> shiftOf[i]) & masks[i]) + mins[i];
            }
            return into;
        }
    }

    /** True when state {@code index} packs to {@code packed}. */
    boolean equalsAt(long index, long[] packed) {
        return equalsAt(index, packed, 0);
    }

    /** True when state {@code index} packs to {@code packed[from .. from+words())}. */
    boolean equalsAt(long index, long[] packed, int from) {
        long[] page = pages[page(index)];
        int off = offset(index);
        for (int w = 0; w < words; w++) {
            if (page[off + w] != packed[from + w]) {
                return false;
            }
        }
        return true;
    }

    /** The hash of state {@code index}'s packed words. */
    long hashAt(long index) {
        return PackedStateStore.hash(pages[page(index)], offset(index), words);
    }

    /** Stores a packed state as state {@code index}, allocating or doubling its page first. */
    void write(long index, long[] packed) {
        write(index, packed, 0);
    }

    /** Stores {@code packed[from .. from+words())} as state {@code index}. */
    void write(long index, long[] packed, int from) {
        int p = page(index);
        int off = offset(index);
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length * 2));
        }
        long[] page = pages[p];
        if (page == null || page.length < off + words) {
            int want = page == null ? Math.min(pageLongs, Math.max(1024, words)) : page.length;
            while (want < off + words) {
                want = (int) Math.min(pageLongs, 2L * want);
            }
            page = page == null ? new long[want] : Arrays.copyOf(page, want);
            pages[p] = page;
        }
        System.arraycopy(packed, from, page, off, words);
    }

    /** Drops the pages that hold only states below {@code index}; returns the first index still held. */
    long dropBelow(long index) {
        int last = page(index);
        for (; firstHeld < last; firstHeld++) {
            pages[firstHeld] = null;
        }
        return (long) firstHeld << pageShift;
    }

    long bytes() {
        long bytes = 8L * pages.length;
        for (long[] page : pages) {
            if (page != null) {
                bytes += 8L * page.length;
            }
        }
        return bytes;
    }

    private int page(long index) {
        return (int) (index >>> pageShift);
    }

    private int offset(long index) {
        return (int) (index & pageMask) * words;
    }
}
