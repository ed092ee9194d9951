package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.model.Action;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.Violation;
import irpcheck.source.Span;

import java.util.List;

/**
 * A counterexample as every report shows it: each step decoded into its thread, routine, source line,
 * statement, the variables it changed and the life of the objects it touched, plus the violation's
 * message completed with where the object involved was retired or freed. Built by
 * {@link TraceAnalyzer}; the reports only format it. Immutable.
 *
 * @param counterexample the trace as the explorer found it
 * @param message        the violation's message, with {@code (retired at step N)} / {@code (freed at step N)} when known
 * @param steps          step 0 is the initial state
 */
public record TraceView(Counterexample counterexample, String message, List<Step> steps) {

    public TraceView {
        steps = List.copyOf(steps);
    }

    public Violation violation() {
        return counterexample.violation();
    }

    /**
     * One state of the trace and the action that led into it.
     *
     * @param index     the step number (0 = initial state)
     * @param action    the action taken, or null for the initial state
     * @param thread    the thread that took it, or null for the initial state
     * @param changes   the variables the step changed, in the decoder's order; for step 0 every variable (from = null)
     * @param objects   every object that is not free in this state or whose life changed in this step
     * @param values    the full decoded state, in the decoder's order
     * @param locations where each thread stands, as {@code thread -> location}
     * @param mark      {@code violates Rule}, {@code breaks Rule} or {@code deadlock} on the last step; else null
     */
    public record Step(int index, Action action, String thread, List<Change> changes, List<ObjectLife> objects,
                       List<NamedValue> values, List<NamedValue> locations, String mark) {
        public Step {
            changes = List.copyOf(changes);
            objects = List.copyOf(objects);
            values = List.copyOf(values);
            locations = List.copyOf(locations);
        }

        /** The statement's span, or null for the initial state. */
        public Span span() {
            return action == null ? null : action.span();
        }

        /** The objects whose life changed in this step. */
        public List<ObjectLife> changedObjects() {
            return objects.stream().filter(ObjectLife::changed).toList();
        }
    }

    /** A variable that changed: {@code from} is null in the initial state. */
    public record Change(String name, String from, String to) { }

    /**
     * An object's life at one step.
     *
     * @param view    the object as the decoder shows it
     * @param was     its status before the step, or null in step 0
     * @param before  its life in words before the step ({@code pending, cancel routine set}), or null in step 0
     * @param after   its life in words after the step ({@code completed}, {@code freed}, {@code reused, pending})
     * @param changed whether the step changed it
     */
    public record ObjectLife(String name, ObjectView view, ObjectView.Status was, String before, String after, boolean changed) { }
}
