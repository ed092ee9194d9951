package irpcheck.explore;

/**
 * One state of a counterexample and the action that led into it ({@code -1} for the initial state).
 * The state array is owned by the step and must not be modified.
 */
public record TraceStep(int actionId, int[] state) { }
