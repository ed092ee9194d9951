package irpcheck.lang.compile;

/**
 * One process's compiled control graph: per node, the steps it may take; which nodes are inside an
 * atomic block; where the process ends. Immutable after construction.
 *
 * @param where a description of each node for reports ({@code NdisProtWrite:14}, {@code done})
 */
record ProcessCode(String name, boolean system, int pcSlot, int entry, int end, Edge[][] edges, boolean[] atomic,
                   String[] where) {
}
