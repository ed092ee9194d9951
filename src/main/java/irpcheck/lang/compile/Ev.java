package irpcheck.lang.compile;

/** A compiled expression: reads the packed state, returns the encoded value. May throw {@link Halt}. */
@FunctionalInterface
interface Ev {
    int eval(int[] s);

    /**
     * A value known when the model is compiled (a literal, a constant, possibly set with {@code -D}, or an
     * expression of them): it reads nothing, so it puts nothing in a footprint.
     */
    record Const(int value) implements Ev {
        @Override
        public int eval(int[] s) {
            return value;
        }
    }

    /**
     * An expression that is false whenever it has a value, though evaluating it may halt
     * ({@code irp.Cancel && FIXED == 0} with {@code FIXED} 1): a step it guards is never taken.
     */
    record NeverTrue(Ev evaluated) implements Ev {
        @Override
        public int eval(int[] s) {
            evaluated.eval(s);
            return 0;
        }
    }
}
