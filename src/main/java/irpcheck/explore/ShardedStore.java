package irpcheck.explore;

/**
 * A state store whose index is split by hash into shards, so that the lookups of a whole {@link Batch}
 * can be made ahead of time by several threads at once, each on its own shards, and the search then
 * takes the answers in state order ({@link #commit}) with the result a sequential search would get.
 *
 * <p>A batch goes through three steps. While successors are computed (any thread), each is packed and
 * hashed ({@link #pack}, {@link #hash}: thread-safe). The search's thread calls {@link #prepare}, then
 * {@code parts} threads call {@link #probe} at once, one per part: each walks the batch's selected
 * successors in generation order and looks up those of its shards, noting "stored before the batch at
 * index i" or "new; the first occurrence in this batch is successor (s, j)". Nothing is stored then,
 * and which thread does what never changes an answer. Last the search's thread takes the transitions
 * in order: {@link #commit} gives a new state its index at its first occurrence the search takes, as
 * {@link StateStore#add} would, and {@code add} stays right for what the probe did not look at.
 * The new states of a batch enter the shards' indexes at the start of the next probe.
 */
public interface ShardedStore extends StateStore {

    /** The 64-bit words one packed state takes. */
    int wordsPerState();

    /** Packs a state into {@code into[off .. off+wordsPerState())}; false when it does not fit the layout. Thread-safe. */
    boolean pack(int[] state, long[] into, int off);

    /** The hash of a packed state. Thread-safe. */
    long hash(long[] words, int off);

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

    /**
     * Makes {@code batch} (packed and hashed) the one the next {@link #probe} calls, in {@code parts} parts,
     * and commits are about. {@code parts} must be the same for every batch of a search.
     */
    void prepare(Batch batch, int parts);

    /**
     * Looks up the selected successors of the batch's expandable states that fall in part {@code part}
     * of {@code parts}. Calls for distinct parts of the same {@code parts} may run at once; all of them
     * must be done before the first commit.
     */
    void probe(Batch batch, int part, int parts);

    /**
     * Successor {@code successor} of state {@code state} of the prepared batch is taken: the same answer
     * as {@link StateStore#add} on it, given from the probe's finding when there is one.
     */
    long commit(Batch batch, int state, int successor);
}
