package irpcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import irpcheck.source.Span;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code irpcheck test --sarif FILE}: SARIF 2.1.0 as GitHub code scanning takes it. One result per
 * counterexample, located at the violating statement (or, when that lies in a bundled library, at
 * the last step in the model's own files, with the library line as a related location), carrying the
 * trace as a code flow. A violation the model's {@code expect} line announces is reported as
 * suppressed in source, so that it documents the bug without raising an alert. A model whose result
 * does not match its expectation without a counterexample (it expected a violation and held) gets one
 * {@code irpcheck/expectation} result at its first line; a model that does not load, one
 * {@code irpcheck/model-error} result. Stateless; thread-safe.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Where the bundled libraries' paths ({@code <lib>/wdm.irp}) point. */
    static final String LIB_BASE = "IRPCHECK_LIB";
    private static final String LIB_PREFIX = "<lib>/";
    private static final String EXPECTATION_RULE = "irpcheck/expectation";
    private static final String MODEL_ERROR_RULE = "irpcheck/model-error";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SarifReport() { }

    /** The SARIF log, pretty-printed, ending in a newline. */
    public static String render(List<SuiteEntry> entries, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ArrayNode results = MAPPER.createArrayNode();
        Set<String> rules = new TreeSet<>();
        for (SuiteEntry e : entries) {
            results(e, results, rules);
        }
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "irpcheck");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://github.com/irpcheck/irpcheck");
        ArrayNode ruleArray = driver.putArray("rules");
        for (String r : rules) {
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", r);
            rule.putObject("shortDescription").put("text", describeRule(r));
        }
        ObjectNode bases = run.putObject("originalUriBaseIds");
        bases.putObject(LIB_BASE).put("uri", "file:///irpcheck/lib/")
                .putObject("description").put("text", "The wdm and ndis libraries bundled in the irpcheck jar.");
        run.set("results", results);
        return JsonReport.write(root);
    }

    private static String describeRule(String rule) {
        return switch (rule) {
            case EXPECTATION_RULE -> "The model's result differs from its expect line.";
            case MODEL_ERROR_RULE -> "The model does not load.";
            default -> "The driver model breaks " + rule + ".";
        };
    }

    private static void results(SuiteEntry e, ArrayNode results, Set<String> rules) {
        if (e.run() == null) {
            rules.add(MODEL_ERROR_RULE);
            ObjectNode r = result(results, MODEL_ERROR_RULE, "error", firstLine(e.error()));
            r.putArray("locations").addObject().set("physicalLocation", fileLocation(e.file()));
            return;
        }
        List<TraceView> traces = TextReport.traces(e.run());
        for (TraceView t : traces) {
            rules.add(t.violation().rule());
            String expected = e.run().expected();
            boolean announced = expected.equals("violation " + t.violation().rule())
                    || expected.equals("deadlock") && t.violation().kind() == irpcheck.model.Violation.Kind.DEADLOCK;
            ObjectNode r = result(results, t.violation().rule(), "error", e.file() + ": " + t.message());
            r.putArray("locations").add(location(primary(t, e.file()), e.file()));
            Span at = t.violation().span();
            if (at != null && at.file().path().startsWith(LIB_PREFIX)) {
                ObjectNode rel = r.putArray("relatedLocations").addObject();
                rel.put("id", 1);
                rel.set("physicalLocation", physical(at));
                rel.putObject("message").put("text", "the broken rule, in a bundled library");
            }
            if (t.steps().size() > 1) {
                // SARIF wants at least one location in a thread flow; a trace of the initial state alone has none.
                r.putArray("codeFlows").add(codeFlow(t));
            }
            if (announced) {
                r.putArray("suppressions").addObject().put("kind", "inSource")
                        .put("justification", e.file() + " expects " + expected);
            }
        }
        if (!e.expectationMet() && traces.isEmpty()) {
            rules.add(EXPECTATION_RULE);
            ObjectNode r = result(results, EXPECTATION_RULE, "error", e.file() + ": " + e.problem());
            r.putArray("locations").addObject().set("physicalLocation", fileLocation(e.file()));
        }
    }

    private static ObjectNode result(ArrayNode results, String rule, String level, String text) {
        ObjectNode r = results.addObject();
        r.put("ruleId", rule);
        r.put("level", level);
        r.putObject("message").put("text", text);
        return r;
    }

    /** The violating statement, or the last step in the model's own files when that lies in a library. */
    private static Span primary(TraceView t, String file) {
        Span at = t.violation().span();
        if (at != null && !at.file().path().startsWith(LIB_PREFIX)) {
            return at;
        }
        for (int i = t.steps().size() - 1; i >= 0; i--) {
            Span s = t.steps().get(i).span();
            if (s != null && !s.file().path().startsWith(LIB_PREFIX)) {
                return s;
            }
        }
        return at;
    }

    private static ObjectNode location(Span span, String file) {
        ObjectNode loc = MAPPER.createObjectNode();
        loc.set("physicalLocation", span == null ? fileLocation(file) : physical(span));
        return loc;
    }

    private static ObjectNode codeFlow(TraceView t) {
        ObjectNode flow = MAPPER.createObjectNode();
        flow.putObject("message").put("text", t.violation().rule() + " in " + (t.steps().size() - 1) + " steps");
        ArrayNode locations = flow.putArray("threadFlows").addObject().putArray("locations");
        for (TraceView.Step s : t.steps()) {
            if (s.action() == null) {
                continue;
            }
            ObjectNode tfl = locations.addObject();
            tfl.put("executionOrder", s.index());
            ObjectNode loc = tfl.putObject("location");
            loc.set("physicalLocation", physical(s.span()));
            loc.putObject("message").put("text", "step " + s.index() + " " + s.thread() + " in "
                    + s.action().routine() + ": " + s.action().describe() + (s.mark() == null ? "" : "  <-- " + s.mark()));
            if (s.mark() != null) {
                tfl.put("importance", "essential");
            }
        }
        return flow;
    }

    private static ObjectNode physical(Span span) {
        ObjectNode p = artifact(span.file().path());
        ObjectNode region = p.putObject("region");
        region.put("startLine", span.begin().line());
        region.put("startColumn", span.begin().column());
        return p;
    }

    private static ObjectNode fileLocation(String file) {
        ObjectNode p = artifact(file);
        p.putObject("region").put("startLine", 1);
        return p;
    }

    private static ObjectNode artifact(String path) {
        ObjectNode p = MAPPER.createObjectNode();
        ObjectNode a = p.putObject("artifactLocation");
        if (path.startsWith(LIB_PREFIX)) {
            a.put("uri", uri(path.substring(LIB_PREFIX.length())));
            a.put("uriBaseId", LIB_BASE);
        } else {
            a.put("uri", uri(path.replace('\\', '/')));
            a.put("uriBaseId", "%SRCROOT%");
        }
        return p;
    }

    /** A relative path as a URI reference: spaces and other reserved characters percent-encoded. */
    private static String uri(String path) {
        String p = path.startsWith("./") ? path.substring(2) : path;
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            return p;
        }
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "the model does not load";
        }
        return text.strip().lines().findFirst().orElse("");
    }
}
