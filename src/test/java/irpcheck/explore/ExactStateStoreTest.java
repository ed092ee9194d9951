package irpcheck.explore;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactStateStoreTest {

    @Test
    void newStatesGetDenseIndicesAndDuplicatesAnswerInOneCall() {
        ExactStateStore store = new ExactStateStore(3);
        assertEquals(0, store.add(new int[] {1, 2, 3}));
        assertEquals(1, store.add(new int[] {3, 2, 1}));
        assertEquals(-1, store.add(new int[] {1, 2, 3}));
        assertEquals(-2, store.add(new int[] {3, 2, 1}));
        assertEquals(2, store.size());
        assertArrayEquals(new int[] {3, 2, 1}, store.get(1, new int[3]));
        assertTrue(store.bytes() > 0);
    }

    @Test
    void rejectsStatesOfTheWrongWidthAndIndicesOutOfRange() {
        ExactStateStore store = new ExactStateStore(2);
        assertThrows(IllegalArgumentException.class, () -> store.add(new int[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> store.get(0, new int[2]));
    }

    @Test
    void zeroWidthStoreHoldsOneState() {
        ExactStateStore store = new ExactStateStore(0);
        assertEquals(0, store.add(new int[0]));
        assertEquals(-1, store.add(new int[0]));
        assertEquals(1, store.size());
    }

    @Test
    void agreesWithHashSetStoreOnRandomStatesAcrossPagesAndResizes() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            int width = 1 + random.nextInt(9);
            int domain = 2 + random.nextInt(5);
            // tiny pages and table: hundreds of pages, a dozen resizes
            ExactStateStore exact = new ExactStateStore(width, 64, 1);
            HashSetStateStore oracle = new HashSetStateStore();
            int[] state = new int[width];
            for (int i = 0; i < 60_000; i++) {
                for (int k = 0; k < width; k++) {
                    state[k] = random.nextInt(domain) - (domain / 2) * (random.nextInt(50) == 0 ? 100_000 : 1);
                }
                assertEquals(oracle.add(state), exact.add(state), "seed " + seed + " add " + i);
            }
            assertEquals(oracle.size(), exact.size(), "seed " + seed);
            for (long i = 0; i < oracle.size(); i++) {
                assertArrayEquals(oracle.get(i, new int[width]), exact.get(i, new int[width]), "seed " + seed + " state " + i);
            }
        }
    }

    @Test
    void growsFarPastItsInitialTable() {
        ExactStateStore store = new ExactStateStore(2, 1 << 10, 16);
        long before = store.bytes();
        for (int i = 0; i < 200_000; i++) {
            assertEquals(i, store.add(new int[] {i, -i}));
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertEquals(-i - 1L, store.add(new int[] {i, -i}));
            assertArrayEquals(new int[] {i, -i}, store.get(i, new int[2]));
        }
        assertTrue(store.bytes() > before + 200_000L * 2 * 4);
    }

    @Test
    void hashSpreadsNeighbouringStates() {
        long a = ExactStateStore.hash(new int[] {0, 0, 1}, 0, 3);
        long b = ExactStateStore.hash(new int[] {0, 0, 2}, 0, 3);
        long c = ExactStateStore.hash(new int[] {0, 1, 0}, 0, 3);
        assertTrue(Long.bitCount(a ^ b) > 16 && Long.bitCount(a ^ c) > 16 && Long.bitCount(b ^ c) > 16);
    }
}
