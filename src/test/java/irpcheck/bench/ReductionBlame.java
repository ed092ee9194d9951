package irpcheck.bench;

import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.model.Action;
import irpcheck.model.Footprint;
import irpcheck.model.TransitionSystem;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Why the reduction keeps what it keeps ({@code make por-blame MODEL=... DEFINES="N=2"}): explores a
 * model with reduction and, for every state where the chosen set has more than one enabled action,
 * counts the conflicting pairs "a process's next step, another process that may later touch the same
 * slots, and those slots". Prints how often each selection size occurred and the most frequent pairs:
 * the places where a finer footprint or a different model would save states. A main for development;
 * not thread-safe.
 */
public final class ReductionBlame {

    private ReductionBlame() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ReductionBlame MODEL.irp [CONST=VALUE...]");
            System.exit(2);
        }
        Map<String, Long> defines = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            defines.put(kv[0], Long.parseLong(kv[1]));
        }
        CompiledModel m = ReductionTable.load(new ReductionTable.Row(args[0], Path.of(args[0]), defines));
        if (m == null) {
            System.err.println(args[0] + ": the model does not load (run irpcheck on it for the errors)");
            System.exit(4);
        }
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, Integer> sizes = new TreeMap<>();
        StubbornSetPolicy inner = new StubbornSetPolicy();
        ReductionPolicy spy = (system, state, enabled, count) -> {
            int[] before = enabled.clone();
            int chosen = inner.select(system, state, enabled, count);
            sizes.merge(chosen + " of " + count, 1, Integer::sum);
            if (chosen > 1) {
                blame(system, state, before, count, pairs);
            }
            return chosen;
        };
        ReductionTable.Figures f = ReductionTable.explore(m, spy);
        System.out.printf("%s: %,d states, %,d transitions with reduction%n", args[0], f.states(), f.transitions());
        System.out.println("actions chosen in a state (chosen of enabled): states");
        sizes.forEach((k, v) -> System.out.printf("  %s: %,d%n", k, v));
        System.out.println("most frequent conflicts in states not reduced to one action (states, next step <- process: slots):");
        pairs.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.printf("  %,8d  %s%n", e.getValue(), e.getKey()));
    }

    private static void blame(TransitionSystem sys, int[] state, int[] enabled, int count, Map<String, Integer> pairs) {
        int processes = sys.processes().size();
        Action[] first = new Action[processes];
        for (int i = 0; i < count; i++) {
            Action a = sys.actions().get(enabled[i]);
            if (first[a.process()] == null) {
                first[a.process()] = a;
            }
        }
        for (int p = 0; p < processes; p++) {
            if (first[p] == null) {
                continue;
            }
            Footprint next = sys.currentFootprint(state, p);
            for (int q = 0; q < processes; q++) {
                Footprint later = sys.futureFootprint(state, q);
                if (q != p && next.conflictsWith(later)) {
                    String why = next.unknown() || later.unknown() ? "(unknown footprint)" : shared(sys, next, later);
                    String text = first[p].text();
                    String key = sys.processes().get(p).name() + " [" + (text.length() > 60 ? text.substring(0, 57) + "..." : text)
                            + "] <- " + sys.processes().get(q).name() + ": " + why;
                    pairs.merge(key, 1, Integer::sum);
                }
            }
        }
    }

    private static String shared(TransitionSystem sys, Footprint a, Footprint b) {
        Set<Integer> common = new TreeSet<>();
        for (int w : a.writes()) {
            if (has(b.reads(), w) || has(b.writes(), w)) {
                common.add(w);
            }
        }
        for (int r : a.reads()) {
            if (has(b.writes(), r)) {
                common.add(r);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int slot : common) {
            out.append(out.length() == 0 ? "" : " ").append(slot < sys.layout().size()
                    ? sys.layout().slots().get(slot).name() : "(retired aspect " + (slot - sys.layout().size()) + ")");
        }
        return out.toString();
    }

    private static boolean has(int[] sorted, int x) {
        return Arrays.binarySearch(sorted, x) >= 0;
    }
}
