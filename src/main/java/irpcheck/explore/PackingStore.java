package irpcheck.explore;

/**
 * A state store whose states other threads can pack and hash ahead of time, so that the search's thread
 * adds them without doing it again. The threads that expand a {@link Batch} pack and hash each successor
 * ({@link #pack}, {@link #hash}: thread-safe) and read the batch's states through a {@link #reader};
 * the search's thread then takes the transitions in state order and adds each packed successor
 * ({@link #add(long[], int, long)}), exactly as a sequential search adds it, so that the result does not
 * depend on the number of threads.
 */
public interface PackingStore extends StateStore {

    /** The 64-bit words one packed state takes. */
    int wordsPerState();

    /** Packs a state into {@code into[off .. off+wordsPerState())}; false when it does not fit the layout. Thread-safe. */
    boolean pack(int[] state, long[] into, int off);

    /** The hash of a packed state. Thread-safe. */
    long hash(long[] words, int off);

    /**
     * {@link StateStore#add} of the state packed at {@code words[off .. off+wordsPerState())}, whose
     * {@link #hash} is {@code hash}.
     */
    long add(long[] words, int off, long hash);

    /**
     * A reader of the stored states {@code first .. first+n-1} for other threads: they may use it while
     * this thread adds states, once a hand-over orders their reads after this call.
     */
    Reader reader(long first, int n);

    /** Reads some stored states; thread-safe. */
    interface Reader {
        /** Copies state {@code index} into {@code into} and returns it. */
        int[] read(long index, int[] into);
    }
}
