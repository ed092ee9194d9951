package irpcheck.lang.compile;

/**
 * A runtime step of one process: bind (epsilon effects on the way, e.g. arguments), test the guard,
 * apply the effect, move to the target node. Immutable and thread-safe.
 */
record Edge(int action, Effect prefix, Guard guard, Effect effect, int target) {

    boolean hasPrefix() {
        return prefix != Effect.NONE;
    }
}
