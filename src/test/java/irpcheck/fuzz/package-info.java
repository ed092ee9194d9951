/**
 * Fuzzing of the front end: seed files (every bundled model, example, library and golden input),
 * mutators that damage them (random tokens, truncations, deletions, swaps, deep nesting, huge
 * literals), and a campaign that requires every rejected input to come back as diagnostics with a
 * location, never as an exception. {@code make fuzz} runs a longer campaign.
 */
package irpcheck.fuzz;
