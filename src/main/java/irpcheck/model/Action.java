package irpcheck.model;

import irpcheck.source.Span;

/**
 * One edge of a process's control graph: the statement it executes. Immutable.
 *
 * @param id      index in {@link TransitionSystem#actions()}
 * @param process the process that takes it
 * @param routine the routine whose statement this is (the thread's name for thread bodies)
 * @param span    the statement in the source
 * @param text    the statement's text, as written, on one line
 * @param label   a short description of the branch taken ({@code "true"}, {@code "either 2"}, {@code "x = 3"}), or ""
 */
public record Action(int id, int process, String routine, Span span, String text, String label) {

    /** The statement's text with the branch label, as reports show it. */
    public String describe() {
        return label.isEmpty() ? text : text + "  [" + label + "]";
    }
}
