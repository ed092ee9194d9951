/**
 * The engine's contract: {@link irpcheck.model.TransitionSystem} over packed int states, the state
 * layout, actions with their source, footprints for reduction, violations, liveness properties
 * ({@link irpcheck.model.LivenessProperty}) with per-process {@link irpcheck.model.Fairness}, and decoding a state back
 * into named values. Imports {@code source} only; never {@code lang.*}.
 */
package irpcheck.model;
