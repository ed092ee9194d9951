package irpcheck.lang.compile;

/** A compiled state change, applied in place to a copy of the state. May throw {@link Halt}. */
@FunctionalInterface
interface Effect {
    void apply(int[] s);

    Effect NONE = s -> { };

    /** This effect, then another. */
    default Effect then(Effect next) {
        if (this == NONE) {
            return next;
        }
        if (next == NONE) {
            return this;
        }
        return s -> {
            apply(s);
            next.apply(s);
        };
    }
}
