package irpcheck.lang.compile;

import irpcheck.lang.syntax.Stmt;
import irpcheck.model.CallSite;

import java.util.ArrayList;
import java.util.List;

/**
 * One inlined routine instance (or a thread body) being compiled: its context, where a return goes,
 * what receives the result, and the local slots to zero on leaving. Not thread-safe.
 *
 * @param exit   the node a return jumps to (the continuation after the call, or the thread's end)
 * @param result receives a returned value, or null
 * @param stack  the calls that lead from the thread's body to this routine instance, outermost first
 */
record Frame(Context ctx, int exit, ResultSink result, SlotList locals, boolean isThread, List<CallSite> stack) {

    Frame {
        stack = List.copyOf(stack);
    }

    Frame withScope(Context inner) {
        return new Frame(inner, exit, result, locals, isThread, stack);
    }

    /** The calls leading to this frame and then the call {@code site} makes to {@code callee}. */
    List<CallSite> calling(Stmt site, String callee) {
        List<CallSite> out = new ArrayList<>(stack);
        out.add(new CallSite(ctx.where(), site.span(), ProcessCompiler.text(site), callee,
                ModelLoader.bundled(site.span().file())));
        return out;
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
