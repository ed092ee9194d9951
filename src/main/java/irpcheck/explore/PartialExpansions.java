package irpcheck.explore;

import java.util.Arrays;

/**
 * The states a search expanded only in part (by a reduction's choice, without the cycle proviso's full
 * expansion): one bit per state index, in pages of {@value #PAGE_BITS} bits so that growing never copies
 * what is stored. The cycle proviso needs a full expansion only on an edge back to a state that is in
 * this set. Not thread-safe.
 */
final class PartialExpansions {

    private static final int SHIFT = 24;
    private static final long PAGE_BITS = 1L << SHIFT;
    private static final long MASK = PAGE_BITS - 1;

    private long[][] pages = new long[16][];

    /** Marks {@code index} as expanded in part. */
    void mark(long index) {
        int page = (int) (index >>> SHIFT);
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(page + 1, pages.length * 2));
        }
        if (pages[page] == null) {
            pages[page] = new long[(int) (PAGE_BITS >>> 6)];
        }
        int bit = (int) (index & MASK);
        pages[page][bit >>> 6] |= 1L << bit;
    }

    /** Unmarks {@code index}: it was expanded fully after all. */
    void clear(long index) {
        int page = (int) (index >>> SHIFT);
        if (page < pages.length && pages[page] != null) {
            int bit = (int) (index & MASK);
            pages[page][bit >>> 6] &= ~(1L << bit);
        }
    }

    /** True when {@code index} was marked and not cleared. */
    boolean contains(long index) {
        int page = (int) (index >>> SHIFT);
        if (page >= pages.length || pages[page] == null) {
            return false;
        }
        int bit = (int) (index & MASK);
        return (pages[page][bit >>> 6] & (1L << bit)) != 0;
    }
}
