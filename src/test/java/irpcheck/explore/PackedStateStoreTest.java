package irpcheck.explore;

import irpcheck.model.StateLayout;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedStateStoreTest {

    private static StateLayout layout(int... bounds) {
        List<StateLayout.Slot> slots = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i += 2) {
            slots.add(new StateLayout.Slot("s" + i, bounds[i], bounds[i + 1]));
        }
        return new StateLayout(slots);
    }

    @Test
    void packsSmallSlotsIntoOneWordAndGivesThemBack() {
        PackedStateStore store = new PackedStateStore(layout(0, 1, -3, 4, 0, 255, 7, 7));
        assertEquals(1, store.wordsPerState());
        assertEquals(0, store.add(new int[] {1, -3, 200, 7}));
        assertEquals(1, store.add(new int[] {0, 4, 255, 7}));
        assertEquals(-1, store.add(new int[] {1, -3, 200, 7}));
        assertArrayEquals(new int[] {0, 4, 255, 7}, store.get(1, new int[4]));
        assertArrayEquals(new int[] {1, -3, 200, 7}, store.get(0, new int[4]));
    }

    @Test
    void fullRangeSlotsStartNewWords() {
        PackedStateStore store = new PackedStateStore(layout(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1,
                Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(2, store.wordsPerState()); // 32 + 1 bits, then 32 + 32
        int[] s = {Integer.MIN_VALUE, 1, Integer.MAX_VALUE, -1};
        assertEquals(0, store.add(s));
        assertArrayEquals(s, store.get(0, new int[4]));
        assertEquals(-1, store.add(s.clone()));
    }

    @Test
    void refusesValuesOutsideTheLayoutAndWrongWidths() {
        PackedStateStore store = new PackedStateStore(layout(0, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> store.add(new int[] {4, 0}));
        assertThrows(IllegalArgumentException.class, () -> store.add(new int[] {-1, 0}));
        assertThrows(IllegalArgumentException.class, () -> store.add(new int[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> store.get(0, new int[2]));
    }

    @Test
    void zeroBitLayoutHoldsOneState() {
        PackedStateStore store = new PackedStateStore(layout(5, 5));
        assertEquals(0, store.add(new int[] {5}));
        assertEquals(-1, store.add(new int[] {5}));
        assertEquals(1, store.size());
    }

    @Test
    void agreesWithHashSetStoreOnRandomLayoutsAcrossPagesAndResizes() {
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            int width = 1 + random.nextInt(12);
            int[] bounds = new int[2 * width];
            for (int k = 0; k < width; k++) {
                int min = random.nextInt(7) - 3;
                bounds[2 * k] = min;
                bounds[2 * k + 1] = min + (random.nextInt(4) == 0 ? 1 << (1 + random.nextInt(30)) : random.nextInt(6));
            }
            PackedStateStore packed = new PackedStateStore(layout(bounds), 8, 1);
            HashSetStateStore oracle = new HashSetStateStore();
            int[] state = new int[width];
            for (int i = 0; i < 60_000; i++) {
                for (int k = 0; k < width; k++) {
                    int span = bounds[2 * k + 1] - bounds[2 * k];
                    state[k] = bounds[2 * k] + (span == 0 ? 0 : random.nextInt(Math.min(span, 5) + 1)
                            * (random.nextInt(40) == 0 ? span / Math.min(span, 5) : 1));
                }
                assertEquals(oracle.add(state), packed.add(state), "seed " + seed + " add " + i);
            }
            assertEquals(oracle.size(), packed.size(), "seed " + seed);
            for (long i = 0; i < oracle.size(); i++) {
                assertArrayEquals(oracle.get(i, new int[width]), packed.get(i, new int[width]), "seed " + seed + " state " + i);
            }
        }
    }

    @Test
    void growsFarPastItsInitialTableAndStaysSmall() {
        PackedStateStore store = new PackedStateStore(layout(0, 1 << 20, -1 << 20, 0), 1 << 10, 16);
        for (int i = 0; i < 300_000; i++) {
            assertEquals(i, store.add(new int[] {i, -i}));
        }
        for (int i = 0; i < 300_000; i += 997) {
            assertEquals(-i - 1L, store.add(new int[] {i, -i}));
            assertArrayEquals(new int[] {i, -i}, store.get(i, new int[2]));
        }
        assertTrue(store.bytes() <= 300_000L * 32, "bytes " + store.bytes());
    }

    @Test
    void searchOverPackedStoreMatchesTheExactStore() {
        for (long seed = 1; seed <= 20; seed++) {
            GraphSystem g = TestSystems.randomGraph(seed, 50 + (int) (seed * 37 % 400), 4, seed % 2 == 0);
            for (ExploreOptions opts : new ExploreOptions[] {Traces.options(false, 0, 0), Traces.options(true, 0, 0)}) {
                Result exact = new BreadthFirstSearch(g, opts, new ExactStateStore(1), ReductionPolicy.NONE, SearchListener.NONE).run();
                Result packed = new BreadthFirstSearch(g, opts, new PackedStateStore(g.layout(), 4, 1), ReductionPolicy.NONE,
                        SearchListener.NONE).run();
                Traces.assertSameResult(exact, packed);
            }
        }
    }
}
