package irpcheck.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ParentTableTest {

    @Test
    void keepsParentsAndActionsAcrossPages() {
        ParentTable table = new ParentTable();
        table.add(-1, -1);
        int n = 2_500_000;
        for (int i = 1; i < n; i++) {
            table.add(i / 2, i % 7);
        }
        assertEquals(n, table.size());
        for (long i = 1; i < n; i += 4_999) {
            assertEquals((int) (i % 7), table.actionInto(i));
        }
        assertEquals(-1, table.actionInto(0));
        assertArrayEquals(new long[] {0, 1, 3, 7, 15}, table.pathTo(15));
        long last = n - 1;
        long[] path = table.pathTo(last);
        assertEquals(last, path[path.length - 1]);
        assertEquals(0, path[0]);
        for (int k = 1; k < path.length; k++) {
            assertEquals(path[k] / 2, path[k - 1]);
        }
    }
}
