package irpcheck.explore;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

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
 * 6 bytes per state: how far back the parent lies (the state's index minus its parent's, an unsigned
 * 32-bit number, which in a breadth-first search spans at most two levels; a parent farther back is kept
 * in a side map) and the action + 1 in 16 bits (a model with 65,535 actions or more adds 16 more bits
 * per state from then on). The entries lie in pages of a power-of-two number of entries, so that growing
 * never copies what is stored (a copy of a 100-million-entry array would need the memory twice over).
 *
 * <p>A table made {@link #onDisk} writes each page to a temporary file once the next one starts and
 * drops it from the heap: a search past memory (fingerprints, about 10 bytes per state) would otherwise
 * spend more on its parents than on its states, and parents are read only to rebuild a counterexample.
 * The file is opened to be deleted when the table is {@link #close closed} (Linux removes its name at
 * once, so even a killed run leaves nothing behind). A failure to write or
 * read it is an {@link UncheckedIOException}. Not thread-safe.
 */
final class ParentTable implements AutoCloseable {

    /** Entries per page: 2^20, 6 MB a page. */
    static final int DEFAULT_SHIFT = 20;
    /** An entry on disk: the distance and the action + 1, 32 bits each. */
    private static final int ENTRY_BYTES = 2 * Integer.BYTES;
    /** The distance that says "see {@link #far}" (unsigned). */
    private static final int FAR = -1;
    private static final long MAX_DISTANCE = 0xFFFF_FFFFL;

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

    private int[][] distances = new int[16][];
    private char[][] actionsLow = new char[16][];
    /** The actions' high 16 bits, once an action needed them; null before. */
    private char[][] actionsHigh;
    /** Parents at least 2^32 - 1 states back, by the index of their child. */
    private final LongLongHashMap far = new LongLongHashMap();
    /** Distances from this one on go to {@link #far}. */
    private final long farFrom;
    private long size;

    /** A table that keeps every page in the heap. */
    ParentTable() {
        this(DEFAULT_SHIFT, false, null, MAX_DISTANCE);
    }

    /** A table (in the heap) that keeps parents at least {@code farFrom} states back in its side map: for tests. */
    static ParentTable withFarFrom(long farFrom) {
        return new ParentTable(DEFAULT_SHIFT, false, null, Math.min(farFrom, MAX_DISTANCE));
    }

    private ParentTable(int shift, boolean spills, Path spillDirectory, long farFrom) {
        this.farFrom = farFrom;
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
        return new ParentTable(shift, true, directory, MAX_DISTANCE);
    }

    /** Records the parent of the next state index: an earlier state, or -1 (with action -1) for the initial state. */
    void add(long parent, int actionId) {
        if (parent >= size || parent < -1) {
            throw new IllegalArgumentException("parent " + parent + " of state " + size);
        }
        int page = (int) (size >>> shift);
        int at = (int) (size & mask);
        if (at == 0) {
            startPage(page);
        }
        if (at >= distances[page].length) {
            int length = Math.min(pageSize, distances[page].length * 2);
            distances[page] = Arrays.copyOf(distances[page], length);
            actionsLow[page] = Arrays.copyOf(actionsLow[page], length);
            if (actionsHigh != null) {
                actionsHigh[page] = Arrays.copyOf(actionsHigh[page], length);
            }
        }
        long distance = parent < 0 ? 0 : size - parent;
        if (distance >= farFrom) {
            far.put(size, parent);
            distance = FAR & MAX_DISTANCE;
        }
        distances[page][at] = (int) distance;
        int action = actionId + 1;
        actionsLow[page][at] = (char) action;
        if (action >>> 16 != 0 && actionsHigh == null) {
            widen();
        }
        if (actionsHigh != null) {
            actionsHigh[page][at] = (char) (action >>> 16);
        }
        size++;
    }

    /** Makes room for the actions' high bits in the pages still in the heap. */
    private void widen() {
        actionsHigh = new char[distances.length][];
        for (int p = 0; p < distances.length; p++) {
            if (distances[p] != null) {
                actionsHigh[p] = new char[distances[p].length];
            }
        }
    }

    private void startPage(int page) {
        if (page == distances.length) {
            distances = Arrays.copyOf(distances, page * 2);
            actionsLow = Arrays.copyOf(actionsLow, page * 2);
            if (actionsHigh != null) {
                actionsHigh = Arrays.copyOf(actionsHigh, page * 2);
            }
        }
        if (spills && page > 0) {
            spill(page - 1);
        }
        // small models stay small: the first page starts at 1,024 entries and doubles
        int length = page == 0 ? Math.min(1024, pageSize) : pageSize;
        distances[page] = new int[length];
        actionsLow[page] = new char[length];
        if (actionsHigh != null) {
            actionsHigh[page] = new char[length];
        }
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
        int distance = distances[page] == null ? readEntry(index).getInt(0) : distances[page][(int) (index & mask)];
        if (distance == 0) {
            return -1;
        }
        return distance == FAR ? far.getOrThrow(index) : index - Integer.toUnsignedLong(distance);
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
        if (distances[page] == null) {
            return readEntry(index).getInt(Integer.BYTES) - 1;
        }
        int at = (int) (index & mask);
        int high = actionsHigh == null ? 0 : actionsHigh[page][at];
        return (high << 16 | actionsLow[page][at]) - 1;
    }

    /** Writes a full page to the file, in entry order, and drops it from the heap. */
    private void spill(int page) {
        try {
            if (file == null) {
                open();
            }
            int[] d = distances[page];
            char[] low = actionsLow[page];
            char[] high = actionsHigh == null ? null : actionsHigh[page];
            int at = 0;
            long position = (long) page * pageSize * ENTRY_BYTES;
            while (at < pageSize) {
                io.clear();
                for (; at < pageSize && io.remaining() >= ENTRY_BYTES; at++) {
                    io.putInt(d[at]).putInt((high == null ? 0 : high[at] << 16) | low[at]);
                }
                io.flip();
                while (io.hasRemaining()) {
                    position += file.write(io, position);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parent table to " + where() + ": " + e.getMessage(), e);
        }
        distances[page] = null;
        actionsLow[page] = null;
        if (actionsHigh != null) {
            actionsHigh[page] = null;
        }
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
