package irpcheck.report;

import irpcheck.model.Footprint;
import irpcheck.model.StateLayout;
import irpcheck.model.TransitionSystem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a counterexample's steps fall to threads, as the reports show it: runs of consecutive steps of
 * one thread ({@code App 1-29}), the number of context switches, and the racing pair with the state
 * both of its steps touch. Immutable.
 *
 * @param groups   the runs of one thread, in order
 * @param switches context switches (runs minus one)
 * @param race     the racing pair, or null
 */
public record Schedule(List<Group> groups, int switches, Race race) {

    public Schedule {
        groups = List.copyOf(groups);
    }

    /** Steps {@code first..last} all taken by {@code thread}. */
    public record Group(String thread, int first, int last) {
        @Override
        public String toString() {
            return thread + " " + (first == last ? Integer.toString(first) : first + "-" + last);
        }
    }

    /**
     * Two steps of different threads whose accesses conflict, the second being the violating one.
     *
     * @param shared the state slots both touch, one of them writing (as the layout names them)
     */
    public record Race(TraceView.Step first, TraceView.Step second, List<String> shared) { }

    /** The schedule of a decoded counterexample. */
    public static Schedule of(TransitionSystem system, TraceView trace) {
        List<Group> groups = new ArrayList<>();
        for (TraceView.Step s : trace.steps()) {
            if (s.action() == null) {
                continue;
            }
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.thread().equals(s.thread())) {
                groups.set(groups.size() - 1, new Group(last.thread(), last.first(), s.index()));
            } else {
                groups.add(new Group(s.thread(), s.index(), s.index()));
            }
        }
        int[] pair = Interleaving.race(system, trace.counterexample());
        Race race = null;
        if (pair != null) {
            race = new Race(trace.steps().get(pair[0]), trace.steps().get(pair[1]),
                    shared(system, trace, pair[0], pair[1]));
        }
        return new Schedule(groups, Math.max(0, groups.size() - 1), race);
    }

    private static List<String> shared(TransitionSystem system, TraceView trace, int i, int j) {
        var steps = trace.counterexample().steps();
        Footprint a = system.footprint(steps.get(i - 1).state(), steps.get(i).actionId());
        Footprint b = system.footprint(steps.get(j - 1).state(), steps.get(j).actionId());
        StateLayout layout = system.layout();
        Set<String> names = new LinkedHashSet<>();
        addCommon(a.writes(), b.reads(), layout, names);
        addCommon(a.writes(), b.writes(), layout, names);
        addCommon(a.reads(), b.writes(), layout, names);
        return List.copyOf(names);
    }

    /** Adds the names of the state slots both {@code x} and {@code y} hold (footprint-only slots have none). */
    static void addCommon(int[] x, int[] y, StateLayout layout, Set<String> into) {
        for (int s : x) {
            for (int t : y) {
                if (s == t && s >= 0 && s < layout.size()) {
                    into.add(layout.slots().get(s).name());
                }
            }
        }
    }

    /** {@code App 1-29, Canceller 30-36, ... (3 context switches)}. */
    public String threadsLine() {
        return String.join(", ", groups.stream().map(Group::toString).toList()) + " (" + switches
                + (switches == 1 ? " context switch)" : " context switches)");
    }

    /**
     * The racing pair as lines ({@code step 54  Miniport  IoCompleteRequest  <lib>/wdm.irp:105  atomic ...}),
     * columns aligned, then the state both touch when the footprints say; empty when there is no pair.
     */
    public List<String> raceLines() {
        if (race == null) {
            return List.of();
        }
        List<TraceView.Step> two = List.of(race.first(), race.second());
        int[] w = new int[4];
        for (TraceView.Step s : two) {
            String[] c = columns(s);
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (TraceView.Step s : two) {
            String[] c = columns(s);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                b.append(c[i]).append(" ".repeat(w[i] - c[i].length() + 2));
            }
            lines.add(b.append(s.action().text()).toString());
        }
        if (!race.shared().isEmpty()) {
            lines.add("both touch " + String.join(", ", race.shared()));
        }
        return lines;
    }

    private static String[] columns(TraceView.Step s) {
        return new String[] {"step " + s.index(), s.thread(), s.action().routine(), Figures.place(s.span())};
    }
}
