package irpcheck.report;

import irpcheck.model.Action;
import irpcheck.model.NamedValue;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Re-executes a {@link RecordedTrace} on a transition system, step by step: each step must be a move
 * the recorded thread can make with the recorded statement, and must lead to the recorded state; the
 * last must break the recorded rule. A statement is found by its text and line first and by its
 * text alone next, so a trace survives edits that only move lines. Stateless; thread-safe.
 */
public final class Replayer {

    private final TransitionSystem system;

    public Replayer(TransitionSystem system) {
        this.system = Objects.requireNonNull(system);
    }

    /**
     * What a replay found.
     *
     * @param reproduced  true when every step and the broken rule matched
     * @param steps       the steps reproduced before the divergence (all of them when reproduced)
     * @param divergence  null when reproduced; else where and how the model departs from the trace
     */
    public record Replayed(boolean reproduced, int steps, String divergence) { }

    /** A move the state offers: an action and its successor, or the violation it raises. */
    private record Move(int actionId, int[] next, Violation violation) { }

    public Replayed replay(RecordedTrace trace) {
        List<RecordedTrace.Step> steps = trace.steps();
        int[] state = system.initialState();
        String diff = diff(state, steps.get(0).values());
        if (diff != null) {
            return new Replayed(false, 0, "step 0: the initial state differs: " + diff);
        }
        int last = steps.size() - 1;
        for (int i = 1; i <= last; i++) {
            RecordedTrace.Step step = steps.get(i);
            List<Move> candidates = candidates(moves(state), step);
            if (candidates.isEmpty()) {
                return new Replayed(false, i - 1, "step " + i + ": " + step.thread() + " cannot take '" + step.statement()
                        + "' (" + step.place() + ") here; it can take: " + offered(moves(state), step.thread()));
            }
            if (i == last && trace.violatingAction()) {
                for (Move m : candidates) {
                    if (m.violation() != null && m.violation().rule().equals(trace.rule())) {
                        return new Replayed(true, last, null);
                    }
                }
                return new Replayed(false, i - 1, "step " + i + ": '" + step.statement() + "' does not break "
                        + trace.rule() + " any more");
            }
            Move chosen = null;
            String firstDiff = null;
            for (Move m : candidates) {
                if (m.next() == null) {
                    continue;
                }
                String d = diff(m.next(), step.values());
                if (d == null) {
                    chosen = m;
                    break;
                }
                firstDiff = firstDiff == null ? d : firstDiff;
            }
            if (chosen == null) {
                return new Replayed(false, i - 1, "step " + i + ": " + step.thread() + " takes '" + step.statement()
                        + "' but " + (firstDiff == null ? "it now breaks a rule: " + violations(candidates) : firstDiff));
            }
            state = chosen.next();
        }
        return finalState(trace, state, last);
    }

    private Replayed finalState(RecordedTrace trace, int[] state, int last) {
        if (trace.violatingAction()) {
            return new Replayed(true, last, null);
        }
        if ("liveness".equals(trace.kind())) {
            // A lasso: every step matched its recorded state, so the cycle closes where it did. Whether the
            // property still fails under the model's fairness is for a new run to say.
            return new Replayed(true, last, null);
        }
        if ("deadlock".equals(trace.kind())) {
            boolean stuck = moves(state).isEmpty() && !system.isFinal(state);
            return stuck ? new Replayed(true, last, null)
                    : new Replayed(false, last, "step " + last + ": the state is no longer a deadlock");
        }
        Violation v = system.checkInvariants(state);
        if (v != null && v.rule().equals(trace.rule())) {
            return new Replayed(true, last, null);
        }
        return new Replayed(false, last, "step " + last + ": the state no longer breaks " + trace.rule()
                + (v == null ? "" : " (it breaks " + v.rule() + ")"));
    }

    private List<Move> moves(int[] state) {
        List<Move> moves = new ArrayList<>();
        system.successors(state, new SuccessorSink() {
            @Override
            public void successor(int actionId, int[] next) {
                moves.add(new Move(actionId, next.clone(), null));
            }

            @Override
            public void violation(int actionId, Violation violation) {
                moves.add(new Move(actionId, null, violation));
            }
        });
        return moves;
    }

    /** The moves of the step's thread with its statement: at its recorded line if any, else anywhere. */
    private List<Move> candidates(List<Move> moves, RecordedTrace.Step step) {
        List<Move> sameText = new ArrayList<>();
        List<Move> sameLine = new ArrayList<>();
        for (Move m : moves) {
            Action a = system.actions().get(m.actionId());
            if (!system.processes().get(a.process()).name().equals(step.thread()) || !a.describe().equals(step.statement())) {
                continue;
            }
            sameText.add(m);
            if (a.span().file().path().equals(step.file()) && Objects.equals(a.span().line(), step.line())) {
                sameLine.add(m);
            }
        }
        return sameLine.isEmpty() ? sameText : sameLine;
    }

    private String offered(List<Move> moves, String thread) {
        List<String> texts = new ArrayList<>();
        for (Move m : moves) {
            Action a = system.actions().get(m.actionId());
            if (system.processes().get(a.process()).name().equals(thread)) {
                texts.add("'" + a.describe() + "' (" + Figures.place(a.span()) + ")");
            }
        }
        return texts.isEmpty() ? "nothing (the thread is blocked or done)" : String.join(", ", texts);
    }

    private static String violations(List<Move> moves) {
        return String.join(", ", moves.stream().filter(m -> m.violation() != null).map(m -> m.violation().rule()).toList());
    }

    /** The first values (up to three) that differ from the recorded ones, in words; null when all agree. */
    private String diff(int[] state, Map<String, String> recorded) {
        Map<String, String> now = new LinkedHashMap<>();
        for (NamedValue v : system.decoder().values(state)) {
            now.put(v.name(), v.value());
        }
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String was = recorded.get(e.getKey());
            if (was == null) {
                diffs.add(e.getKey() + " is " + e.getValue() + ", the trace does not have it");
            } else if (!was.equals(e.getValue())) {
                diffs.add(e.getKey() + " is " + e.getValue() + ", the trace says " + was);
            }
        }
        for (String name : recorded.keySet()) {
            if (!now.containsKey(name)) {
                diffs.add(name + " is in the trace (" + recorded.get(name) + ") but not in the model");
            }
        }
        if (diffs.isEmpty()) {
            return null;
        }
        return String.join("; ", diffs.subList(0, Math.min(3, diffs.size())))
                + (diffs.size() > 3 ? " (and " + (diffs.size() - 3) + " more)" : "");
    }
}
