package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.TraceStep;
import irpcheck.model.Action;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.ObjectView.Status;
import irpcheck.model.StateDecoder;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decodes a counterexample into a {@link TraceView}: diffs consecutive states, follows each object's
 * life through the trace ("freed" and "reused" are facts about the trace, not about one state), and
 * finds the step where the object named by a stale-reference message was retired or freed.
 * Stateless; thread-safe.
 */
public final class TraceAnalyzer {

    /** The rule whose retirement reads as "completed": IoCompleteRequest hands the IRP back. */
    static final String COMPLETE_RULE = "UseAfterComplete";

    private final TransitionSystem system;

    public TraceAnalyzer(TransitionSystem system) {
        this.system = Objects.requireNonNull(system);
    }

    /** Decodes every step of the counterexample. */
    public TraceView analyze(Counterexample cx) {
        StateDecoder decoder = system.decoder();
        List<TraceView.Step> steps = new ArrayList<>();
        Set<String> everUsed = new HashSet<>();
        Set<String> everFreed = new HashSet<>();
        List<NamedValue> prevValues = null;
        List<ObjectView> prevObjects = null;
        int last = cx.steps().size() - 1;
        for (int i = 0; i <= last; i++) {
            TraceStep ts = cx.steps().get(i);
            List<NamedValue> values = decoder.values(ts.state());
            List<ObjectView> objects = decoder.objects(ts.state());
            Action action = ts.actionId() < 0 ? null : system.actions().get(ts.actionId());
            String thread = action == null ? null : system.processes().get(action.process()).name();
            List<TraceView.ObjectLife> lives = lives(prevObjects, objects, everUsed, everFreed);
            steps.add(new TraceView.Step(i, action, thread, changes(prevValues, values), lives, values,
                    locations(ts.state()), i == last ? mark(cx) : null));
            prevValues = values;
            prevObjects = objects;
        }
        return new TraceView(cx, annotate(cx.violation(), steps), steps);
    }

    private static List<TraceView.Change> changes(List<NamedValue> before, List<NamedValue> after) {
        List<TraceView.Change> changes = new ArrayList<>();
        Map<String, String> old = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(v -> old.put(v.name(), v.value()));
        }
        for (NamedValue v : after) {
            String from = old.get(v.name());
            if (before == null || !Objects.equals(from, v.value())) {
                changes.add(new TraceView.Change(v.name(), from, v.value()));
            }
        }
        return changes;
    }

    private static List<TraceView.ObjectLife> lives(List<ObjectView> before, List<ObjectView> after,
                                                    Set<String> everUsed, Set<String> everFreed) {
        Map<String, ObjectView> old = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(o -> old.put(o.name(), o));
        }
        List<TraceView.ObjectLife> lives = new ArrayList<>();
        for (ObjectView now : after) {
            ObjectView was = old.get(now.name());
            String beforeText = was == null ? null : describe(was, everUsed.contains(now.name()), false);
            boolean reused = was != null && was.status() == Status.FREE && now.status() != Status.FREE
                    && everFreed.contains(now.name());
            if (was != null && was.status() != Status.FREE && now.status() == Status.FREE) {
                everFreed.add(now.name());
            }
            if (now.status() != Status.FREE) {
                everUsed.add(now.name());
            }
            String afterText = describe(now, everUsed.contains(now.name()), reused);
            boolean changed = was == null ? now.status() != Status.FREE : !afterText.equals(beforeText);
            if (changed || now.status() != Status.FREE) {
                lives.add(new TraceView.ObjectLife(now.name(), now, was == null ? null : was.status(), beforeText, afterText, changed));
            }
        }
        return lives;
    }

    /** An object's life in words: {@code free}, {@code freed}, {@code reused, pending}, {@code completed}. */
    static String describe(ObjectView o, boolean usedBefore, boolean reused) {
        String base = switch (o.status()) {
            case FREE -> usedBefore ? "freed" : "free";
            case LIVE -> reused ? "reused" : (o.labels().isEmpty() ? "live" : "");
            case RETIRED -> COMPLETE_RULE.equals(o.retiredBy()) ? "completed" : "retired (" + o.retiredBy() + ")";
        };
        if (o.status() == Status.FREE || o.labels().isEmpty()) {
            return base;
        }
        String labels = String.join(", ", o.labels().stream().filter(l -> !l.equals(base)).toList());
        return base.isEmpty() || labels.isEmpty() ? base + labels : base + ", " + labels;
    }

    private List<NamedValue> locations(int[] state) {
        List<NamedValue> locations = new ArrayList<>();
        for (var p : system.processes()) {
            locations.add(new NamedValue(p.name(), system.decoder().location(state, p.index())));
        }
        return locations;
    }

    private static String mark(Counterexample cx) {
        Violation v = cx.violation();
        if (cx.violatingAction()) {
            return "violates " + v.rule();
        }
        if (cx.lasso() != null) {
            // the last state of a lasso is the loop state again: where the cycle closes, not where a rule broke
            return cx.loop() == cx.steps().size() - 1 ? "stays here for ever" : "back to step " + cx.loop();
        }
        return v.kind() == Violation.Kind.DEADLOCK ? "deadlock" : "breaks " + v.rule();
    }

    /**
     * Appends where the object a use-after-retire or stale-reference message names ({@code Irp#1 read
     * in ...}) was retired or freed, so the reader can jump to that step.
     */
    private static String annotate(Violation v, List<TraceView.Step> steps) {
        String message = v.message() == null ? "" : v.message();
        Status target = switch (v.kind()) {
            case USE_AFTER_RETIRE -> Status.RETIRED;
            case STALE_REFERENCE -> Status.FREE;
            default -> null;
        };
        if (target == null || message.contains(" at step ")) {
            return message;
        }
        String object = namedObject(message, steps);
        if (object == null) {
            return message;
        }
        int step = lastBecame(object, target, steps);
        Status found = target;
        if (step < 0) {
            found = target == Status.FREE ? Status.RETIRED : Status.FREE;
            step = lastBecame(object, found, steps);
        }
        if (step < 0) {
            return message;
        }
        return message + (found == Status.FREE ? " (freed at step " : " (retired at step ") + step + ")";
    }

    /** The object whose name starts the message, followed by a character that cannot continue a name. */
    private static String namedObject(String message, List<TraceView.Step> steps) {
        for (TraceView.Step step : steps) {
            for (TraceView.ObjectLife life : step.objects()) {
                String name = life.name();
                if (message.startsWith(name) && (message.length() == name.length()
                        || !Character.isLetterOrDigit(message.charAt(name.length())))) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The last step in which the object's status became {@code status}, or -1. */
    private static int lastBecame(String object, Status status, List<TraceView.Step> steps) {
        for (int i = steps.size() - 1; i >= 1; i--) {
            for (TraceView.ObjectLife life : steps.get(i).changedObjects()) {
                if (life.name().equals(object) && life.view().status() == status && life.was() != status) {
                    return i;
                }
            }
        }
        return -1;
    }
}
