package irpcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Statistics;
import irpcheck.model.NamedValue;
import irpcheck.source.Span;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The report for tools: one JSON document (version 1, described by {@code docs/output.schema.json}
 * and {@code docs/output.md}). Fields come out in a fixed order, pretty-printed with {@code \n} line
 * endings. Stateless; thread-safe.
 */
public final class JsonReport {

    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() { }

    /** The whole document, ending in a newline. */
    public static String render(RunInfo run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("model", run.model());
        root.put("file", run.file());
        root.put("verdict", run.outcome().jsonName());
        root.put("headline", Outcome.headline(run.result()));
        root.put("expected", run.expected());
        root.put("matchesExpectation", run.matchesExpectation());
        root.set("options", options(run.options()));
        root.set("statistics", statistics(run.result().statistics()));
        root.put("stopReason", run.result().stopReason());
        if (run.liveness() != null) {
            root.set("liveness", liveness(run.liveness()));
        }
        ArrayNode cxs = root.putArray("counterexamples");
        TextReport.traces(run).forEach(t -> cxs.add(counterexample(t, run.system())));
        return write(root);
    }

    static String write(ObjectNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        ObjectWriter writer = MAPPER.writer(printer);
        try {
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode options(ExploreOptions o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("continue", o.continueAfterViolation());
        n.put("maxStates", o.maxStates());
        n.put("maxDepth", o.maxDepth());
        n.put("timeLimitSeconds", o.timeLimit() == null ? null : Figures.secondsValue(o.timeLimit()));
        n.put("checkDeadlock", o.checkDeadlock());
        return n;
    }

    private static ObjectNode statistics(Statistics s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("distinctStates", s.distinct());
        n.put("generatedTransitions", s.generated());
        n.put("depth", s.depth());
        n.put("queueLeft", s.queue());
        return n;
    }

    private static ObjectNode counterexample(TraceView t, irpcheck.model.TransitionSystem system) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", t.violation().rule());
        n.put("kind", t.violation().kind().name().toLowerCase(Locale.ROOT));
        n.put("message", t.message());
        Span span = t.violation().span();
        if (span == null) {
            n.putNull("location");
        } else {
            ObjectNode loc = n.putObject("location");
            loc.put("file", span.file().path());
            loc.put("line", span.begin().line());
            loc.put("column", span.begin().column());
        }
        n.put("violatingAction", t.counterexample().violatingAction());
        irpcheck.explore.Lasso lasso = t.counterexample().lasso();
        if (lasso != null) {
            n.put("loop", lasso.loop());
            n.set("lasso", lasso(lasso));
        }
        schedule(n, Schedule.of(system, t));
        ArrayNode steps = n.putArray("steps");
        t.steps().forEach(s -> steps.add(step(s)));
        return n;
    }

    /** The cycle's meaning: loop index, kind (deadlock, terminated, stopped, starvation), who runs, fairness. */
    private static ObjectNode lasso(irpcheck.explore.Lasso l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("loop", l.loop());
        n.put("kind", l.kind().name().toLowerCase(Locale.ROOT));
        n.put("trigger", l.trigger());
        n.put("shortestPrefix", l.shortestPrefix());
        ArrayNode running = n.putArray("running");
        l.running().forEach(running::add);
        ArrayNode stalled = n.putArray("stalled");
        l.stalled().forEach(stalled::add);
        ArrayNode fairness = n.putArray("fairness");
        l.fairness().forEach(fairness::add);
        return n;
    }

    private static ObjectNode liveness(RunInfo.Liveness l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("checked", l.checked());
        n.put("note", l.note());
        ArrayNode properties = n.putArray("properties");
        l.properties().forEach(properties::add);
        ArrayNode fairness = n.putArray("fairness");
        l.fairness().forEach(fairness::add);
        n.put("distinctStates", l.statistics() == null ? null : l.statistics().distinct());
        n.put("generatedTransitions", l.statistics() == null ? null : l.statistics().generated());
        return n;
    }

    /** The context switches and the racing pair (step indices and the state both touch), or null. */
    private static void schedule(ObjectNode n, Schedule schedule) {
        n.put("contextSwitches", schedule.switches());
        if (schedule.race() == null) {
            n.putNull("race");
            return;
        }
        ObjectNode race = n.putObject("race");
        race.put("first", schedule.race().first().index());
        race.put("second", schedule.race().second().index());
        ArrayNode shared = race.putArray("shared");
        schedule.race().shared().forEach(shared::add);
    }

    private static ObjectNode step(TraceView.Step s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("index", s.index());
        Span span = s.span();
        n.put("thread", s.thread());
        n.put("routine", s.action() == null ? null : s.action().routine());
        n.put("file", span == null ? null : span.file().path());
        n.put("line", span == null ? null : span.begin().line());
        n.put("column", span == null ? null : span.begin().column());
        n.put("statement", s.action() == null ? null : s.action().describe());
        n.put("mark", s.mark());
        ArrayNode changes = n.putArray("changes");
        for (TraceView.Change c : s.changes()) {
            changes.addObject().put("name", c.name()).put("from", c.from()).put("to", c.to());
        }
        ArrayNode objects = n.putArray("objects");
        s.objects().forEach(o -> objects.add(object(o)));
        ObjectNode state = n.putObject("state");
        putAll(state.putObject("values"), s.values());
        putAll(state.putObject("threads"), s.locations());
        return n;
    }

    private static ObjectNode object(TraceView.ObjectLife o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", o.name());
        n.put("status", o.view().status().name().toLowerCase(Locale.ROOT));
        String retiredBy = o.view().retiredBy();
        n.put("retiredBy", retiredBy == null || retiredBy.isEmpty() ? null : retiredBy);
        ArrayNode labels = n.putArray("labels");
        o.view().labels().forEach(labels::add);
        n.put("life", o.after());
        n.put("changed", o.changed());
        return n;
    }

    private static void putAll(ObjectNode into, List<NamedValue> values) {
        for (NamedValue v : values) {
            into.put(v.name(), v.value());
        }
    }
}
