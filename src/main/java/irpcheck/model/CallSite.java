package irpcheck.model;

import irpcheck.source.Span;

/**
 * One call on the way to a step: routines are inlined per call site, so every step knows, from its
 * compilation, the chain of calls that leads to it from its thread's body. Immutable.
 *
 * @param caller  the routine that makes the call (the thread's name for a thread body)
 * @param span    the statement that makes it
 * @param text    that statement's text, on one line
 * @param callee  the routine it calls
 * @param library whether the calling statement lies in a bundled library (rather than the model's own files)
 */
public record CallSite(String caller, Span span, String text, String callee, boolean library) { }
