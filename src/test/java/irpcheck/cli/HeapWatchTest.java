package irpcheck.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The out-of-memory advice suggests a heap that helps: twice the old one, within this machine's memory. */
class HeapWatchTest {

    private static final long GB = 1L << 30;

    @Test
    void twiceTheHeapWhenTheMachineHasIt() {
        assertEquals("give it a larger heap (IRPCHECK_JAVA_OPTS=-Xmx12g ./irpcheck ...)", HeapWatch.largerHeap(6 * GB, 24 * GB));
        assertEquals("give it a larger heap (IRPCHECK_JAVA_OPTS=-Xmx2g ./irpcheck ...)", HeapWatch.largerHeap(GB / 2, 0));
    }

    @Test
    void asMuchAsTheMachineHasWhenTwiceIsTooMuch() {
        assertEquals("give it a larger heap (IRPCHECK_JAVA_OPTS=-Xmx20g ./irpcheck ...)", HeapWatch.largerHeap(12 * GB, 24 * GB));
    }

    @Test
    void aLargerMachineWhenTheHeapHasMostOfThisOne() {
        assertEquals("the heap already has most of this machine's memory (20.0 GB of 24.0 GB): run it on a machine with more",
                HeapWatch.largerHeap(20 * GB, 24 * GB));
    }
}
