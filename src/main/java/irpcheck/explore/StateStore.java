package irpcheck.explore;

/**
 * The set of visited states; each state gets a dense index from 0 in order of insertion. The seam
 * where exact and fingerprint stores plug in.
 */
public interface StateStore {

    /**
     * {@link #add}'s answer, from a store that forgets indices, for a state it has seen and that the search
     * has not {@link #expandedInPart expanded in part}: read as {@code -(index) - 1}, it names an index past
     * every other ({@code Long.MAX_VALUE}).
     */
    long SEEN_WHOLE = Long.MIN_VALUE;

    /**
     * Adds a state if absent. Returns its new index ({@code >= 0}) when it was absent, or
     * {@code -(index) - 1} of the stored copy when it was already present, in one probe. A store that
     * forgets indices (fingerprints of finished levels) answers {@code -1} for a state it knows only as
     * seen, so a caller must read {@code -1} as "stored at 0, or at an index no longer known"; once the
     * search tells it which states it expanded in part, it answers {@link #SEEN_WHOLE} for the others.
     */
    long add(int[] state);

    /**
     * The search expands this stored state with only some of its actions ({@code inPart}), or, after all,
     * with every action. A store that forgets indices keeps it, so that {@link #add} can tell the states
     * expanded in part from the others; a search that reduces must then tell it of every state it expands
     * in part. Exact stores need not keep it (the search keeps it by index).
     */
    default void expandedInPart(int[] state, boolean inPart) {
    }

    /** Copies the state with this index into {@code into} (length = state size) and returns it. */
    int[] get(long index, int[] into);

    /** States stored. */
    long size();

    /** Bytes held by the store, for reports. */
    long bytes();

    /**
     * True when {@link #get} can still give state {@code index}. A store that forgets states (see
     * {@link #forgetBelow}) answers false for them; the search then rebuilds them by replaying a path.
     */
    default boolean retains(long index) {
        return index >= 0 && index < size();
    }

    /**
     * The search will read no state below {@code index} again except to rebuild a counterexample; a
     * store may drop them. Exact stores keep everything.
     */
    default void forgetBelow(long index) {
    }

    /**
     * True for a store that drops states once they are expanded (it is for searches past memory); the
     * search then keeps its parent table's full pages on disk too.
     */
    default boolean forgetsStates() {
        return false;
    }

    /** False only when the state is surely not stored; a fingerprint store answers from fingerprints. */
    default boolean mayContain(int[] state) {
        return true;
    }
}
