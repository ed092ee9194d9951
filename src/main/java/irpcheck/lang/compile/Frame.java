package irpcheck.lang.compile;

/**
 * One inlined routine instance (or a thread body) being compiled: its context, where a return goes,
 * what receives the result, and the local slots to zero on leaving. Not thread-safe.
 *
 * @param exit   the node a return jumps to (the continuation after the call, or the thread's end)
 * @param result receives a returned value, or null
 */
record Frame(Context ctx, int exit, ResultSink result, SlotList locals, boolean isThread) {

    Frame withScope(Context inner) {
        return new Frame(inner, exit, result, locals, isThread);
    }

    /**
     * An effect that zeroes every local slot of this frame, dead variables being equal in every state.
     * It reads the slot list when it runs, so locals declared after the point of use count too; the
     * list is frozen into an array before any state is explored.
     */
    Effect zeroLocals() {
        SlotList slots = locals;
        return s -> {
            for (int slot : slots.array()) {
                s[slot] = 0;
            }
        };
    }

    /** Stores a routine's result into the caller's destination. */
    interface ResultSink {
        /**
         * The effect storing {@code value}, recorded in {@code log}; {@code sourceSlot} is the callee's
         * variable the value is read from (a {@code return x;} of a variable), or -1.
         */
        Effect store(Ev value, AccessLog log, int sourceSlot);
    }
}
