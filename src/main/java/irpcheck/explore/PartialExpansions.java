package irpcheck.explore;

import java.util.Arrays;

/**
 * The states a search expanded only in part (by a reduction's choice, without the cycle proviso's full
 * expansion): one bit per state index, in pages of 2^24 bits (2 MB) that start small and double, so
 * that growing copies at most part of one page. The cycle proviso needs a full expansion only on an
 * edge back to a state that is in this set. Not thread-safe.
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
        int bit = (int) (index & MASK);
        int word = bit >>> 6;
        if (pages[page] == null || word >= pages[page].length) {
            grow(page, word);
        }
        pages[page][word] |= 1L << bit;
    }

    /** Makes page {@code page} hold word {@code word}: small searches get small pages, which double up to full ones. */
    private void grow(int page, int word) {
        long[] p = pages[page];
        int full = (int) (PAGE_BITS >>> 6);
        int length = Math.min(full, Math.max(word + 1, p == null ? 64 : 2 * p.length));
        pages[page] = p == null ? new long[length] : Arrays.copyOf(p, length);
    }

    /** Unmarks {@code index}: it was expanded fully after all. */
    void clear(long index) {
        int page = (int) (index >>> SHIFT);
        int bit = (int) (index & MASK);
        if (page < pages.length && pages[page] != null && (bit >>> 6) < pages[page].length) {
            pages[page][bit >>> 6] &= ~(1L << bit);
        }
    }

    /** True when {@code index} was marked and not cleared. */
    boolean contains(long index) {
        int page = (int) (index >>> SHIFT);
        int bit = (int) (index & MASK);
        if (page >= pages.length || pages[page] == null || (bit >>> 6) >= pages[page].length) {
            return false;
        }
        return (pages[page][bit >>> 6] & (1L << bit)) != 0;
    }
}
