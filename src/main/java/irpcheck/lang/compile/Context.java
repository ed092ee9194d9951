package irpcheck.lang.compile;

/**
 * Where code is being compiled: which process runs it, in which routine, whether it is system code,
 * and the variables in scope. Immutable apart from the scope it points to.
 *
 * @param process the process index (lock owner id is process + 1), or -1 for invariants and labels
 * @param self    the thread's index within its thread array
 * @param where   the routine (or thread) name, for messages
 */
record Context(int process, int self, String where, boolean system, Scope scope) {

    Context inner() {
        return new Context(process, self, where, system, new Scope(scope));
    }
}
