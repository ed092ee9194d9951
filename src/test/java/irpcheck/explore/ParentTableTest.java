package irpcheck.explore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParentTableTest {

    /** A chain 0 <- 1 <- ... where state i was reached from i - 1 by action i % 7, plus a few branches. */
    private static void fill(ParentTable t, int n) {
        t.add(-1, -1);
        for (int i = 1; i < n; i++) {
            t.add(i % 3 == 0 ? i / 3 : i - 1, i % 7);
        }
    }

    private static long[] expectedPath(long index) {
        java.util.ArrayList<Long> path = new java.util.ArrayList<>();
        for (long i = index; i >= 0; i = i == 0 ? -1 : i % 3 == 0 ? i / 3 : i - 1) {
            path.add(0, i);
        }
        return path.stream().mapToLong(Long::longValue).toArray();
    }

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

    /** Actions past 16 bits widen the table as it goes; pages written before keep their actions. */
    @Test
    void actionsOfMoreThanSixteenBits(@TempDir Path dir) throws IOException {
        try (ParentTable onDisk = ParentTable.onDisk(4, dir); ParentTable inHeap = new ParentTable()) {
            for (ParentTable t : new ParentTable[] {onDisk, inHeap}) {
                t.add(-1, -1);
                for (int i = 1; i < 200; i++) {
                    t.add(i - 1, i < 100 ? 0xFFFE + i % 3 - 1 : (i % 5) << 20 | i);
                }
            }
            for (ParentTable t : new ParentTable[] {onDisk, inHeap}) {
                assertEquals(-1, t.actionInto(0));
                for (int i = 1; i < 200; i++) {
                    assertEquals(i < 100 ? 0xFFFE + i % 3 - 1 : (i % 5) << 20 | i, t.actionInto(i), "action into " + i);
                }
                assertArrayEquals(new long[] {0, 1, 2, 3}, t.pathTo(3));
            }
        }
    }

    /** A parent too far back for 32 bits goes to the side map (here from 10 states back), in the heap and after. */
    @Test
    void farParentsComeBackFromTheSideMap() {
        ParentTable table = ParentTable.withFarFrom(10);
        table.add(-1, -1);
        for (int i = 1; i < 3_000; i++) {
            table.add(i < 50 ? i - 1 : i % 2 == 0 ? i - 1 : i - 40 - i % 7, i % 11);
        }
        for (long i = 1; i < 3_000; i++) {
            long[] path = table.pathTo(i);
            long expectedParent = i < 50 ? i - 1 : i % 2 == 0 ? i - 1 : i - 40 - i % 7;
            assertEquals(expectedParent, path[path.length - 2], "parent of " + i);
            assertEquals((int) (i % 11), table.actionInto(i));
        }
        assertThrows(IllegalArgumentException.class, () -> table.add(3_000, 1), "a state cannot be its own parent");
    }

    @Test
    void pagesOnDiskReadBackAsTheyWereWritten(@TempDir Path dir) throws IOException {
        try (ParentTable onDisk = ParentTable.onDisk(4, dir); ParentTable inHeap = new ParentTable()) {
            fill(onDisk, 1_000);
            fill(inHeap, 1_000);
            assertEquals(62, onDisk.spilledPages(), "the 62 full pages are on disk, the 63rd is being filled");
            try (Stream<Path> files = Files.list(dir)) {
                // opened to be deleted on close: Linux unlinks it at once, so a killed run leaves nothing
                assertTrue(files.count() <= 1);
            }
            for (long i : new long[] {0, 1, 15, 16, 17, 300, 511, 999}) {
                assertArrayEquals(expectedPath(i), onDisk.pathTo(i), "path to " + i);
                assertArrayEquals(inHeap.pathTo(i), onDisk.pathTo(i));
                assertEquals(inHeap.actionInto(i), onDisk.actionInto(i), "action into " + i);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "the file is deleted when the table is closed");
        }
    }

    @Test
    void aTableInTheHeapNeverWritesAFile() {
        try (ParentTable t = new ParentTable()) {
            fill(t, 3_000);
            assertEquals(0, t.spilledPages());
            assertArrayEquals(expectedPath(2_999), t.pathTo(2_999));
        }
    }

    @Test
    void aDirectoryThatCannotHoldTheFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
        try (ParentTable t = ParentTable.onDisk(4, notADirectory)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fill(t, 100));
            assertTrue(e.getMessage().startsWith("cannot write the parent table to " + notADirectory), e.getMessage());
        }
    }
}
