package irpcheck.explore;

import irpcheck.model.StateLayout;
import irpcheck.model.TransitionSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintStoreTest {

    private static final StateLayout TWO = new StateLayout(List.of(new StateLayout.Slot("a", 0, 1 << 20),
            new StateLayout.Slot("b", -(1 << 20), 0)));

    @Test
    void newStatesAreNumberedAndSeenOnesAnswerNegative() {
        FingerprintStore store = new FingerprintStore(TWO);
        assertEquals(0, store.add(new int[] {1, -1}));
        assertEquals(1, store.add(new int[] {2, -2}));
        assertTrue(store.add(new int[] {1, -1}) < 0);
        assertTrue(store.mayContain(new int[] {2, -2}));
        assertFalse(store.mayContain(new int[] {3, -3}));
        assertArrayEquals(new int[] {2, -2}, store.get(1, new int[2]));
        assertTrue(store.omissionProbability() > 0 && store.omissionProbability() < 1e-15);
    }

    @Test
    void forgetsPagesBelowAnIndexAndStaysSmall() {
        FingerprintStore store = new FingerprintStore(TWO, 64, 16);
        for (int i = 0; i < 500_000; i++) {
            assertEquals(i, store.add(new int[] {i, -i}));
        }
        store.forgetBelow(400_000);
        assertFalse(store.retains(0));
        assertTrue(store.retains(499_999));
        assertThrows(IndexOutOfBoundsException.class, () -> store.get(0, new int[2]));
        assertArrayEquals(new int[] {450_000, -450_000}, store.get(450_000, new int[2]));
        for (int i = 0; i < 500_000; i += 991) {
            assertTrue(store.add(new int[] {i, -i}) < 0);
        }
        assertTrue(store.tableBytesPerState() <= 12, "bytes per state " + store.tableBytesPerState());
    }

    @Test
    void searchGivesTheExactStoresResultsAndReplaysForgottenCounterexamples() {
        for (long seed = 1; seed <= 30; seed++) {
            GraphSystem g = TestSystems.randomGraph(seed, 100 + (int) (seed * 53 % 600), 4, seed % 2 == 0);
            assertSame(g);
        }
        for (TransitionSystem s : new TransitionSystem[] {TestSystems.brokenMutex(), TestSystems.peterson(),
                TestSystems.locks(true)}) {
            assertSame(s);
        }
    }

    private static void assertSame(TransitionSystem s) {
        for (ExploreOptions opts : new ExploreOptions[] {Traces.options(false, 0, 0), Traces.options(true, 0, 0)}) {
            Result exact = new BreadthFirstSearch(s, opts, new ExactStateStore(s.layout().size()), ReductionPolicy.NONE,
                    SearchListener.NONE).run();
            // pages of one state: every earlier level is forgotten, so counterexamples are replayed
            Result fp = new BreadthFirstSearch(s, opts, new FingerprintStore(s.layout(), 1, 16), ReductionPolicy.NONE,
                    SearchListener.NONE).run();
            Traces.assertSameResult(exact, fp);
            for (Counterexample ce : fp.counterexamples()) {
                Traces.assertRealPath(s, ce);
            }
        }
    }
}
