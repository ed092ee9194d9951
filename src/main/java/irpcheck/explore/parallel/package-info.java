/**
 * Worker threads: the only package that starts threads. {@link irpcheck.explore.parallel.WorkerPool}
 * computes the successors of a batch of states on several threads (packing and hashing them for a
 * sharded store) and then has every thread look them up in its own shards of the store; the
 * breadth-first search then takes them in state order, so the result is the same for any number of
 * workers. {@code Crew} is the hand-over: threads that spin briefly before they park. Imports
 * {@code model} and {@code explore}.
 */
package irpcheck.explore.parallel;
