package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.Arrays;

/**
 * Remembers resolved future footprints: a process's future footprint at a location depends on a state
 * only through a few slots (its own variables the places go through, the objects' status slots, the lock
 * slots), which recur across the millions of states a search expands. One direct-mapped table per
 * process; a line is replaced when another key maps to it, so memory stays fixed. Lines are immutable
 * records published by a plain array store: a racing reader sees either an old line or a whole new one
 * (final fields), so it is thread-safe without locks, and a lookup only ever returns a footprint
 * resolved for exactly the same key.
 */
final class FootprintCache {
    private static final int LINES = 1 << 13;

    private record Line(int node, int[] key, Footprint footprint) { }

    private final Line[][] lines;

    FootprintCache(int processes) {
        lines = new Line[processes][LINES];
    }

    /** The footprint for {@code node} and the values of {@code keySlots} in {@code state}, or null. */
    Footprint get(int process, int node, int[] keySlots, int[] state) {
        int h = hash(node, keySlots, state);
        Line line = lines[process][h & (LINES - 1)];
        if (line == null || line.node() != node) {
            return null;
        }
        int[] key = line.key();
        for (int i = 0; i < keySlots.length; i++) {
            if (key[i] != state[keySlots[i]]) {
                return null;
            }
        }
        return line.footprint();
    }

    void put(int process, int node, int[] keySlots, int[] state, Footprint footprint) {
        int[] key = new int[keySlots.length];
        for (int i = 0; i < keySlots.length; i++) {
            key[i] = state[keySlots[i]];
        }
        lines[process][hash(node, keySlots, state) & (LINES - 1)] = new Line(node, key, footprint);
    }

    private static int hash(int node, int[] keySlots, int[] state) {
        int h = node * 0x9E3779B9;
        for (int slot : keySlots) {
            h = (h ^ state[slot]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    /** The sorted union of slot lists, for keys. */
    static int[] union(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }
}
