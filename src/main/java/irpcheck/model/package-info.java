/**
 * The engine's contract: {@link irpcheck.model.TransitionSystem} over packed int states, the state
 * layout, actions with their source, footprints for reduction, violations, and decoding a state back
 * into named values. Imports {@code source} only; never {@code lang.*}.
 */
package irpcheck.model;
