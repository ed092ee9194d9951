package irpcheck.explore;

import java.util.Arrays;

/**
 * The fingerprints a batch probe of a {@link FingerprintStore} found new in one shard, each with the
 * reference {@code state << 32 | successor} of its first occurrence in the batch: a small open-addressing
 * map, cleared for every batch. Not thread-safe: one thread owns a shard during a probe, and the search's
 * thread reads it afterwards.
 */
final class NewFingerprints {

    private long[] keys = new long[64];
    private long[] refs = new long[64];
    private int count;

    void clear() {
        if (count > 0) {
            Arrays.fill(keys, 0L);
            count = 0;
        }
    }

    /** The reference stored with fingerprint {@code fp} (never 0), or -1. */
    long get(long fp) {
        int mask = keys.length - 1;
        for (int pos = (int) fp & mask; keys[pos] != 0; pos = (pos + 1) & mask) {
            if (keys[pos] == fp) {
                return refs[pos];
            }
        }
        return -1;
    }

    /** Stores {@code ref} with fingerprint {@code fp} (never 0), which must not be in the map. */
    void put(long fp, long ref) {
        if (2 * (count + 1) > keys.length) {
            long[] oldKeys = keys;
            long[] oldRefs = refs;
            keys = new long[2 * oldKeys.length];
            refs = new long[2 * oldKeys.length];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != 0) {
                    insert(oldKeys[k], oldRefs[k]);
                }
            }
        }
        insert(fp, ref);
        count++;
    }

    private void insert(long fp, long ref) {
        int mask = keys.length - 1;
        int pos = (int) fp & mask;
        while (keys[pos] != 0) {
            pos = (pos + 1) & mask;
        }
        keys[pos] = fp;
        refs[pos] = ref;
    }
}
