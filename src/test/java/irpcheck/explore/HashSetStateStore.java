package irpcheck.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plainest possible {@link StateStore}, a {@code HashMap} over boxed keys: the oracle the exact
 * store is checked against. Test only. Not thread-safe.
 */
final class HashSetStateStore implements StateStore {

    /** An int[] compared by content. */
    private record IntArrayKey(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntArrayKey k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    private final Map<IntArrayKey, Long> indices = new HashMap<>();
    private final List<int[]> states = new ArrayList<>();

    @Override
    public long add(int[] state) {
        IntArrayKey key = new IntArrayKey(state.clone());
        Long known = indices.get(key);
        if (known != null) {
            return -known - 1;
        }
        long index = states.size();
        indices.put(key, index);
        states.add(key.values());
        return index;
    }

    @Override
    public int[] get(long index, int[] into) {
        int[] s = states.get(Math.toIntExact(index));
        System.arraycopy(s, 0, into, 0, s.length);
        return into;
    }

    @Override
    public long size() {
        return states.size();
    }

    @Override
    public long bytes() {
        return 0;
    }
}
