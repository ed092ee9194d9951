/**
 * Worker threads: the only package that starts threads. {@link irpcheck.explore.parallel.WorkerPool}
 * computes the successors of a batch of states on several threads (packing and hashing them for the
 * store) while the search's thread takes the batch before; the breadth-first search takes them in
 * state order, looking each up in the store, so the result is the same for any number of workers. {@code Crew} is the hand-over: threads that spin briefly before they park. Imports
 * {@code model} and {@code explore}.
 */
package irpcheck.explore.parallel;
