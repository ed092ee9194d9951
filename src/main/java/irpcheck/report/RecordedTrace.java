package irpcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample as a {@code --json} report recorded it, read back for {@code irpcheck replay} and
 * {@code irpcheck view}: the broken rule and, per step, the thread, the statement and where it stands,
 * and the full state. Immutable.
 *
 * @param rule            the broken rule
 * @param kind            its kind as JSON writes it ({@code use_after_retire}, {@code deadlock}, ...)
 * @param violatingAction whether the last step's statement broke the rule (else its state does)
 * @param steps           step 0 is the initial state
 */
public record RecordedTrace(String rule, String kind, boolean violatingAction, List<Step> steps) {

    public RecordedTrace {
        steps = List.copyOf(steps);
    }

    /**
     * One recorded step; the statement fields are null for step 0.
     *
     * @param values every variable's value, in the report's order
     */
    public record Step(int index, String thread, String routine, String file, Integer line, String statement,
                       Map<String, String> values) {
        public Step {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** {@code file:line} of the statement, or "" for step 0. */
        public String place() {
            return file == null ? "" : file + ":" + line;
        }
    }

    /**
     * Every counterexample of a JSON report's text.
     *
     * @throws IllegalArgumentException when the text is not a version-1 irpcheck report, saying what is wrong
     */
    public static List<RecordedTrace> parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("counterexamples").isArray()) {
            throw new IllegalArgumentException("not an irpcheck JSON report (no \"counterexamples\" array)");
        }
        if (root.path("version").asInt() != JsonReport.VERSION) {
            throw new IllegalArgumentException("report version " + root.path("version") + ", this irpcheck reads version "
                    + JsonReport.VERSION);
        }
        List<RecordedTrace> traces = new ArrayList<>();
        for (JsonNode cx : root.get("counterexamples")) {
            List<Step> steps = new ArrayList<>();
            for (JsonNode s : cx.path("steps")) {
                Map<String, String> values = new LinkedHashMap<>();
                s.path("state").path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
                steps.add(new Step(s.path("index").asInt(), text(s, "thread"), text(s, "routine"), text(s, "file"),
                        s.path("line").isInt() ? s.get("line").asInt() : null, text(s, "statement"), values));
            }
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("counterexample " + (traces.size() + 1) + " has no steps");
            }
            traces.add(new RecordedTrace(text(cx, "rule"), text(cx, "kind"), cx.path("violatingAction").asBoolean(), steps));
        }
        return traces;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
