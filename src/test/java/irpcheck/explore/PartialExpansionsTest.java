package irpcheck.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialExpansionsTest {

    @Test
    void marksAreKeptAcrossPagesAndGrowth() {
        PartialExpansions p = new PartialExpansions();
        long[] marked = {0, 63, 64, 4_095, 4_096, (1L << 24) - 1, 1L << 24, 3_000_000_000L};
        for (long i : marked) {
            p.mark(i);
        }
        for (long i : marked) {
            assertTrue(p.contains(i), "marked " + i);
        }
        for (long i : new long[] {1, 62, 65, 4_097, (1L << 24) + 1, 2_999_999_999L, 5_000_000_000L}) {
            assertFalse(p.contains(i), "never marked " + i);
        }
    }

    @Test
    void aClearedStateIsNoLongerMarked() {
        PartialExpansions p = new PartialExpansions();
        p.mark(100);
        p.mark(101);
        p.clear(100);
        p.clear(1_000_000);
        assertFalse(p.contains(100));
        assertTrue(p.contains(101));
        assertFalse(p.contains(1_000_000));
    }
}
