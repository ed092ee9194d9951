package irpcheck.lang.compile;

/** A compiled enabling condition of a step. May throw {@link Halt}. */
@FunctionalInterface
interface Guard {
    boolean test(int[] s);

    Guard ALWAYS = s -> true;

    /**
     * A guard that never holds; testing it evaluates {@code evaluated} (null: nothing), which may halt. A
     * step it guards is never taken: the reduction's footprints do not follow it (FootprintTable).
     */
    record Never(Ev evaluated) implements Guard {
        @Override
        public boolean test(int[] s) {
            if (evaluated != null) {
                evaluated.eval(s);
            }
            return false;
        }
    }

    /** Holds when {@code c} is not 0; folded when {@code c} is known at compile time. */
    static Guard when(Ev c) {
        return switch (c) {
            case Ev.Const k -> k.value() != 0 ? ALWAYS : new Never(null);
            case Ev.NeverTrue n -> new Never(n.evaluated());
            default -> s -> c.eval(s) != 0;
        };
    }

    /** Holds when {@code c} is 0; folded when {@code c} is known at compile time. */
    static Guard unless(Ev c) {
        return switch (c) {
            case Ev.Const k -> k.value() == 0 ? ALWAYS : new Never(null);
            default -> s -> c.eval(s) == 0;
        };
    }
}
