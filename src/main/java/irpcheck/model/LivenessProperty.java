package irpcheck.model;

import irpcheck.source.Span;

/**
 * One instance of a liveness property {@code trigger ~> goal}: on every fair run, whenever
 * {@code trigger} holds, {@code goal} holds then or later. {@code always eventually goal} is the
 * instance whose trigger is always true. A property quantified over a pool ({@code forall irp: Irp})
 * has one instance per pool object, each with the object's name. Immutable.
 *
 * @param name    the property's name, as a rule name ({@code CancelledIrpCompleted})
 * @param object  the pool object this instance is about ({@code Irp#1}), or "" for an unquantified property
 * @param trigger when the obligation starts (P)
 * @param goal    what discharges it (Q)
 * @param text    the property as written, on one line, for reports
 * @param span    the property's declaration
 */
public record LivenessProperty(String name, String object, StatePredicate trigger, StatePredicate goal,
                               String text, Span span) {

    /** {@code Name} or {@code Name[Irp#1]}: how reports name this instance. */
    public String instanceName() {
        return object.isEmpty() ? name : name + "[" + object + "]";
    }
}
