package irpcheck.e2e;

import irpcheck.model.NamedValue;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;
import irpcheck.source.SourceFile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test helper: every reachable state of a small model, found by a plain search over the transition
 * system (no reduction, no store of the checker's), and what can be seen at its ends: the values of
 * chosen variables in each final state (every thread finished) and the rules broken on the way. A
 * semantics test lists a construct's reachable behaviours exactly with it. Not thread-safe.
 *
 * @param states     distinct reachable states
 * @param finals     each final state's chosen variables, as {@code name=value} joined by {@code ", "}
 * @param violations each broken rule with its message, as {@code Rule: message}
 */
record Reachable(int states, Set<String> finals, Set<String> violations) {

    /** Explores {@code model} to the end; {@code shown} names the variables each final state is described by. */
    static Reachable of(String model, String... shown) {
        TransitionSystem system = Checks.load(new SourceFile("m.irp", model)).system();
        Set<List<Integer>> seen = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        Set<String> finals = new TreeSet<>();
        Set<String> violations = new TreeSet<>();
        int[] initial = system.initialState();
        seen.add(key(initial));
        queue.add(initial);
        while (!queue.isEmpty()) {
            int[] state = queue.poll();
            if (system.isFinal(state)) {
                finals.add(describe(system, state, List.of(shown)));
            }
            Violation broken = system.checkInvariants(state);
            if (broken != null) {
                violations.add(broken.rule() + ": " + broken.message());
            }
            system.successors(state, new SuccessorSink() {
                @Override
                public void successor(int actionId, int[] next) {
                    if (seen.add(key(next))) {
                        queue.add(next.clone());
                    }
                }

                @Override
                public void violation(int actionId, Violation v) {
                    violations.add(v.rule() + ": " + v.message());
                }
            });
        }
        return new Reachable(seen.size(), finals, violations);
    }

    private static List<Integer> key(int[] state) {
        return Arrays.stream(state).boxed().toList();
    }

    private static String describe(TransitionSystem system, int[] state, List<String> shown) {
        StringBuilder sb = new StringBuilder();
        for (NamedValue v : system.decoder().values(state)) {
            if (shown.contains(v.name())) {
                sb.append(sb.isEmpty() ? "" : ", ").append(v.name()).append('=').append(v.value());
            }
        }
        return sb.toString();
    }
}
