package irpcheck.lang.compile;

import java.util.function.Supplier;

/**
 * A place with a state-independent over-approximation of the slots it may resolve to (every object of
 * its struct's pool, every element of an array), for the reduction's view of what a process may touch
 * in the future. The region is asked for only after compilation, when pools, labels and processes are
 * complete. Immutable and thread-safe.
 *
 * @param dynamic   the place itself
 * @param region    every slot the place may denote, or null when that cannot be bounded
 * @param localDeps the slots its resolution reads when they are all the process's own variables (so
 *                  that it resolves alike later unless the process writes one of them), else null
 */
record StaticPlace(Place dynamic, Supplier<int[]> region, int[] localDeps) implements Place {

    /** A place whose resolution reads shared slots. */
    StaticPlace(Place dynamic, Supplier<int[]> region) {
        this(dynamic, region, null);
    }

    @Override
    public int slot(int[] s) {
        return dynamic.slot(s);
    }

    /** The region of any place: null (anything) for a place compiled without one. */
    static int[] depsOf(Place p) {
        return p instanceof StaticPlace sp ? sp.localDeps() : null;
    }

    static int[] regionOf(Place p) {
        return p instanceof StaticPlace sp && sp.region() != null ? sp.region().get() : null;
    }
}
