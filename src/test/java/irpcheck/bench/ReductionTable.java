package irpcheck.bench;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.source.Diagnostics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints the states and transitions of the bundled models with and without partial-order reduction, as
 * a Markdown table ({@code make bench-por}; docs/performance.md). Arguments: {@code NAME=FILE[:CONST=V,...]}
 * rows; with none, the default rows. Each row explores the whole space ({@code --continue}), so the
 * counts do not depend on where the first violation lies. Not thread-safe; a main for benchmarks.
 */
public final class ReductionTable {

    /** One row: a label, a model file and constant overrides. */
    record Row(String label, Path file, Map<String, Long> defines) { }

    /** The figures of one model; {@code complete} is false when the state limit stopped the search. */
    public record Figures(long states, long transitions, String verdict, Duration elapsed, boolean complete) {
        String statesText() {
            return (complete ? "" : "> ") + String.format("%,d", states);
        }

        String transitionsText() {
            return (complete ? "" : "> ") + String.format("%,d", transitions);
        }
    }

    /** Rows stop at this many states (a search beyond it needs more memory than a laptop has). */
    static final long STATE_LIMIT = 3_000_000;

    static final List<Row> DEFAULT_ROWS = List.of(
            new Row("write5x_n N=1", Path.of("models/write5x_n.irp"), Map.of("N", 1L)),
            new Row("write5x_n N=2", Path.of("models/write5x_n.irp"), Map.of("N", 2L)),
            new Row("write5x_n N=3", Path.of("models/write5x_n.irp"), Map.of("N", 3L)),
            new Row("write5x", Path.of("models/write5x.irp"), Map.of()),
            new Row("write60", Path.of("models/write60.irp"), Map.of()),
            new Row("peterson", Path.of("examples/peterson.irp"), Map.of()),
            new Row("philosophers N=3", Path.of("examples/philosophers.irp"), Map.of("N", 3L)),
            new Row("philosophers N=5", Path.of("examples/philosophers.irp"), Map.of("N", 5L)),
            new Row("counters", Path.of("examples/counters.irp"), Map.of()),
            new Row("cancel N=1", Path.of("bench/cancel.irp"), Map.of("N", 1L)),
            new Row("cancel N=2", Path.of("bench/cancel.irp"), Map.of("N", 2L)),
            new Row("cancel N=3", Path.of("bench/cancel.irp"), Map.of("N", 3L)));

    private ReductionTable() {
    }

    public static void main(String[] args) {
        List<Row> rows = args.length == 0 ? DEFAULT_ROWS : parse(args);
        print(rows, System.out);
    }

    static void print(List<Row> rows, PrintStream out) {
        out.println("| model | states | transitions | states (POR) | transitions (POR) | states saved | verdict |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        for (Row row : rows) {
            CompiledModel m = load(row);
            if (m == null) {
                out.println("| " + row.label() + " | model does not load | | | | | |");
                continue;
            }
            Figures full = explore(m, ReductionPolicy.NONE, STATE_LIMIT);
            Figures por = explore(m, new StubbornSetPolicy(), STATE_LIMIT);
            String ratio = (full.complete() ? "" : "> ") + String.format("%.1fx", (double) full.states() / por.states());
            out.printf("| %s | %s | %s | %s | %s | %s | %s%s |%n", row.label(), full.statesText(), full.transitionsText(),
                    por.statesText(), por.transitionsText(), por.complete() ? ratio : "?", full.verdict(),
                    full.verdict().equals(por.verdict()) ? "" : " (POR: " + por.verdict() + ")");
            out.flush();
        }
    }

    static CompiledModel load(Row row) {
        return new ModelLoader().load(row.file(), row.defines(), new Diagnostics());
    }

    /** Explores the whole space (every rule, no stop at the first violation). */
    public static Figures explore(CompiledModel m, ReductionPolicy policy) {
        return explore(m, policy, 0);
    }

    /** Explores the whole space, or up to {@code limit} states (0 = no limit). */
    public static Figures explore(CompiledModel m, ReductionPolicy policy, long limit) {
        ExploreOptions options = new ExploreOptions(true, limit, 0, null, true, null);
        Result r = new BreadthFirstSearch(m.system(), options, new ExactStateStore(m.system().layout().size()),
                policy, SearchListener.NONE).run();
        List<String> rules = new ArrayList<>();
        r.counterexamples().forEach(c -> rules.add(c.violation().rule()));
        String verdict = rules.isEmpty() ? r.verdict().name().toLowerCase(java.util.Locale.ROOT)
                : String.join(", ", rules.stream().sorted().toList());
        return new Figures(r.statistics().distinct(), r.statistics().generated(), verdict, r.statistics().elapsed(),
                r.complete());
    }

    private static List<Row> parse(String[] args) {
        List<Row> rows = new ArrayList<>();
        for (String a : args) {
            String[] labelAndRest = a.split("=", 2);
            String[] fileAndDefs = labelAndRest[1].split(":", 2);
            Map<String, Long> defines = new java.util.LinkedHashMap<>();
            if (fileAndDefs.length > 1) {
                for (String d : fileAndDefs[1].split(",")) {
                    String[] kv = d.split("=");
                    defines.put(kv[0], Long.parseLong(kv[1]));
                }
            }
            rows.add(new Row(labelAndRest[0], Path.of(fileAndDefs[0]), defines));
        }
        return rows;
    }
}
