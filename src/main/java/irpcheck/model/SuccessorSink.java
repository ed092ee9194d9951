package irpcheck.model;

/** Receives the transitions of one state, one call per enabled action. */
public interface SuccessorSink {

    /**
     * Action {@code actionId} leads to {@code next}. The array belongs to the caller and may be reused
     * after this call returns: copy it to keep it.
     */
    void successor(int actionId, int[] next);

    /** Taking action {@code actionId} breaks a rule (a failed assertion, a stale reference, a bound). */
    void violation(int actionId, Violation violation);
}
