package irpcheck.lang.compile;

/** A compiled enabling condition of a step. May throw {@link Halt}. */
@FunctionalInterface
interface Guard {
    boolean test(int[] s);

    Guard ALWAYS = s -> true;
}
