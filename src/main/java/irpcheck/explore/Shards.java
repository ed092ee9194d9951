package irpcheck.explore;

/**
 * How the stores split their index: {@value #COUNT} shards chosen by a state's 64-bit hash (or
 * fingerprint), top {@value #BITS} bits, so that a table that grows is a 64th of the index (growing never
 * copies the whole index at once). One place for the rule, since both stores use it. Stateless.
 */
final class Shards {

    static final int BITS = 6;
    static final int COUNT = 1 << BITS;

    private Shards() {
    }

    /** The shard of a hash: its top {@value #BITS} bits. */
    static int of(long hash) {
        return (int) (hash >>> (64 - BITS));
    }
}
