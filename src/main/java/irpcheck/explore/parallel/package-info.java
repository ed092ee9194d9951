/**
 * Worker threads: the only package that starts threads. {@link irpcheck.explore.parallel.WorkerPool}
 * computes the successors of a batch of states on several threads (and marks the successors already
 * stored); the breadth-first search then takes them in state order, so the result is the same for any
 * number of workers. Imports {@code model} and {@code explore}.
 */
package irpcheck.explore.parallel;
