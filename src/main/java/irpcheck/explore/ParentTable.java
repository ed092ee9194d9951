package irpcheck.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * For each stored state, in index order, the index of the state it was first reached from and the
 * action that reached it ({@code -1} for both on the initial state). Breadth-first insertion makes the
 * chain of parents a shortest path, so counterexamples are rebuilt from it instead of being stored.
 * 12 bytes per state, in pages of a power-of-two number of entries, so that growing never copies what
 * is stored (a copy of a 100-million-entry array would need the memory twice over).
 *
 * <p>A table made {@link #onDisk} writes each page to a temporary file once the next one starts and
 * drops it from the heap: a search past memory (fingerprints, about 10 bytes per state) would otherwise
 * spend more on its parents than on its states, and parents are read only to rebuild a counterexample.
 * The file is opened to be deleted when the table is {@link #close closed} (Linux removes its name at
 * once, so even a killed run leaves nothing behind). A failure to write or
 * read it is an {@link UncheckedIOException}. Not thread-safe.
 */
final class ParentTable implements AutoCloseable {

    /** Entries per page: 2^20, 12 MB a page. */
    static final int DEFAULT_SHIFT = 20;
    private static final int ENTRY_BYTES = Long.BYTES + Integer.BYTES;

    private final int shift;
    private final int pageSize;
    private final long mask;
    /** Where full pages go, when they go to disk; null keeps every page in the heap. */
    private final Path spillDirectory;
    private final boolean spills;
    private FileChannel file;
    private Path fileName;
    private ByteBuffer io;
    private long spilledPages;

    private long[][] parents = new long[16][];
    private int[][] actions = new int[16][];
    private long size;

    /** A table that keeps every page in the heap. */
    ParentTable() {
        this(DEFAULT_SHIFT, false, null);
    }

    private ParentTable(int shift, boolean spills, Path spillDirectory) {
        this.shift = shift;
        this.pageSize = 1 << shift;
        this.mask = pageSize - 1;
        this.spills = spills;
        this.spillDirectory = spillDirectory;
    }

    /**
     * A table that writes full pages of {@code 2^shift} entries to a file in {@code directory} (null: the
     * system's temporary directory); the file is made when the first page is full.
     */
    static ParentTable onDisk(int shift, Path directory) {
        return new ParentTable(shift, true, directory);
    }

    /** Records the parent of the next state index. */
    void add(long parent, int actionId) {
        int page = (int) (size >>> shift);
        int at = (int) (size & mask);
        if (at == 0) {
            startPage(page);
        }
        if (at >= parents[page].length) {
            int length = Math.min(pageSize, parents[page].length * 2);
            parents[page] = Arrays.copyOf(parents[page], length);
            actions[page] = Arrays.copyOf(actions[page], length);
        }
        parents[page][at] = parent;
        actions[page][at] = actionId;
        size++;
    }

    private void startPage(int page) {
        if (page == parents.length) {
            parents = Arrays.copyOf(parents, page * 2);
            actions = Arrays.copyOf(actions, page * 2);
        }
        if (spills && page > 0) {
            spill(page - 1);
        }
        // small models stay small: the first page starts at 1,024 entries and doubles
        int length = page == 0 ? Math.min(1024, pageSize) : pageSize;
        parents[page] = new long[length];
        actions[page] = new int[length];
    }

    long size() {
        return size;
    }

    /** Pages written to disk so far (for tests). */
    long spilledPages() {
        return spilledPages;
    }

    private long parent(long index) {
        int page = (int) (index >>> shift);
        if (parents[page] == null) {
            return readEntry(index).getLong(0);
        }
        return parents[page][(int) (index & mask)];
    }

    /** The state indices from the initial state to {@code index}, both included. */
    long[] pathTo(long index) {
        int length = 0;
        for (long i = index; i >= 0; i = parent(i)) {
            length++;
        }
        long[] path = new long[length];
        long i = index;
        for (int k = length - 1; k >= 0; k--) {
            path[k] = i;
            i = parent(i);
        }
        return path;
    }

    /** The action that first reached {@code index}, {@code -1} for the initial state. */
    int actionInto(long index) {
        int page = (int) (index >>> shift);
        if (actions[page] == null) {
            return readEntry(index).getInt(Long.BYTES);
        }
        return actions[page][(int) (index & mask)];
    }

    /** Writes a full page to the file, in entry order, and drops it from the heap. */
    private void spill(int page) {
        try {
            if (file == null) {
                open();
            }
            long[] p = parents[page];
            int[] a = actions[page];
            int at = 0;
            long position = (long) page * pageSize * ENTRY_BYTES;
            while (at < pageSize) {
                io.clear();
                for (; at < pageSize && io.remaining() >= ENTRY_BYTES; at++) {
                    io.putLong(p[at]).putInt(a[at]);
                }
                io.flip();
                while (io.hasRemaining()) {
                    position += file.write(io, position);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parent table to " + where() + ": " + e.getMessage(), e);
        }
        parents[page] = null;
        actions[page] = null;
        spilledPages++;
    }

    private void open() throws IOException {
        fileName = spillDirectory == null ? Files.createTempFile("irpcheck-parents-", ".bin")
                : Files.createTempFile(spillDirectory, "irpcheck-parents-", ".bin");
        file = FileChannel.open(fileName, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        fileName.toFile().deleteOnExit();
        io = ByteBuffer.allocate(ENTRY_BYTES * 4096);
    }

    private ByteBuffer readEntry(long index) {
        ByteBuffer entry = ByteBuffer.allocate(ENTRY_BYTES);
        long position = index * ENTRY_BYTES;
        try {
            while (entry.hasRemaining()) {
                int n = file.read(entry, position + entry.position());
                if (n < 0) {
                    throw new IOException("the file ends before entry " + index);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parent table from " + where() + ": " + e.getMessage(), e);
        }
        return entry;
    }

    private String where() {
        return fileName != null ? fileName.toString()
                : spillDirectory != null ? spillDirectory.toString() : "the temporary directory";
    }

    /** Closes and deletes the file, if there is one; the table must not be used afterwards. */
    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // the file is deleted on close; a failure here leaves it to deleteOnExit
            }
            file = null;
        }
    }
}
