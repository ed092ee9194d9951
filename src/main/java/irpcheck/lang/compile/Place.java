package irpcheck.lang.compile;

/**
 * A compiled storage place: resolves to the index of its first slot in a given state (following
 * references, checking null, stale and retired objects, array bounds). May throw {@link Halt}.
 */
@FunctionalInterface
interface Place {
    int slot(int[] s);
}
