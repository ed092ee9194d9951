package irpcheck.explore;

/**
 * How the {@link ShardedStore}s split their index: {@value #COUNT} shards chosen by a state's 64-bit hash
 * (or fingerprint), top {@value #BITS} bits, and a probe in {@code parts} parts giving each part a run of
 * consecutive shards. One place for the rule, since both stores and their probes must agree on it.
 * Stateless.
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

    /**
     * The part of a probe in {@code parts} that owns shard {@code s}: consecutive shards, so that the
     * per-shard counters two threads update lie in different cache lines.
     */
    static int partOf(int s, int parts) {
        return s * parts / COUNT;
    }

    /** The first shard part {@code part} owns (the end of the parts' range when {@code part == parts}). */
    static int first(int part, int parts) {
        return (part * COUNT + parts - 1) / parts;
    }
}
