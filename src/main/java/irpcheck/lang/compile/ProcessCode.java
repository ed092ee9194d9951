package irpcheck.lang.compile;

/**
 * One process's compiled control graph: per node, the steps it may take; which nodes are inside an
 * atomic block; where the process ends. Immutable after construction.
 *
 * @param where    a description of each node for reports ({@code NdisProtWrite:14}, {@code done})
 * @param validEnd the nodes where the process may stay for good without a deadlock: its end, and the statements
 *                 labelled {@code end...} (a service thread idling at its {@code await})
 */
record ProcessCode(String name, boolean system, int pcSlot, int entry, int end, Edge[][] edges, boolean[] atomic,
                   String[] where, boolean[] validEnd) {

    /** Whether a label marks a valid end state, as Promela's {@code end} labels do. */
    static boolean isEndLabel(String label) {
        return label.startsWith("end");
    }
}
