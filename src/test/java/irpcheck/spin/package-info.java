/**
 * The SPIN differential test: random models written twice, as {@code .irp} and as Promela, with one
 * atomic step per statement in both, so that irpcheck and SPIN must reach the same states, take the
 * same transitions and give the same verdict.
 */
package irpcheck.spin;
