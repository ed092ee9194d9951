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

    /**
     * Per node, the steps that may be taken: {@link #edges} without those whose guard never holds (a
     * branch that a constant rules out), which never move the process, though their guard is still tested.
     */
    Edge[][] takenEdges() {
        Edge[][] out = new Edge[edges.length][];
        for (int node = 0; node < edges.length; node++) {
            out[node] = java.util.Arrays.stream(edges[node]).filter(e -> !(e.guard() instanceof Guard.Never))
                    .toArray(Edge[]::new);
        }
        return out;
    }
}
