package irpcheck.lang.compile;

/** A compiled expression: reads the packed state, returns the encoded value. May throw {@link Halt}. */
@FunctionalInterface
interface Ev {
    int eval(int[] s);
}
