package irpcheck.model;

import irpcheck.source.Span;

import java.util.List;

/**
 * One edge of a process's control graph: the statement it executes. Immutable.
 *
 * @param id      index in {@link TransitionSystem#actions()}
 * @param process the process that takes it
 * @param routine the routine whose statement this is (the thread's name for thread bodies)
 * @param span    the statement in the source
 * @param text    the statement's text, as written, on one line
 * @param label   a short description of the branch taken ({@code "true"}, {@code "either 2"}, {@code "x = 3"}), or ""
 * @param stack   the calls that lead from the thread's body to {@code routine}, outermost first; empty for a
 *                statement of the thread's body
 * @param library whether the statement lies in a bundled library (the kernel's or NDIS's code, not the driver's)
 */
public record Action(int id, int process, String routine, Span span, String text, String label, List<CallSite> stack,
                     boolean library) {

    public Action {
        stack = List.copyOf(stack);
    }

    /** An action of a thread's body, outside any library (for hand-written systems). */
    public Action(int id, int process, String routine, Span span, String text, String label) {
        this(id, process, routine, span, text, label, List.of(), false);
    }

    /** The statement's text with the branch label, as reports show it. */
    public String describe() {
        return label.isEmpty() ? text : text + "  [" + label + "]";
    }
}
