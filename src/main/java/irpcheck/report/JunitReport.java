package irpcheck.report;

import java.time.Duration;
import java.util.List;

/**
 * {@code irpcheck test --junit FILE}: JUnit XML (the Ant/Surefire dialect CI systems read), one
 * {@code testsuite} per run, one {@code testcase} per model and property: the model's {@code expect}
 * line, and its state count when a baseline is in use. A mismatch is a {@code failure} carrying the
 * text report; a model that does not load is an {@code error}. Stateless; thread-safe.
 */
public final class JunitReport {

    private JunitReport() { }

    /** One test case: a model and one property of it. */
    private record Case(SuiteEntry entry, String name, String failure, String error, String body) { }

    /** The XML document, lines ending in {@code \n}. */
    public static String render(List<SuiteEntry> entries) {
        List<Case> cases = new java.util.ArrayList<>();
        for (SuiteEntry e : entries) {
            cases.addAll(cases(e));
        }
        long failures = cases.stream().filter(c -> c.failure() != null).count();
        long errors = cases.stream().filter(c -> c.error() != null).count();
        Duration total = entries.stream().map(SuiteEntry::time).reduce(Duration.ZERO, Duration::plus);
        String counts = " tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\" skipped=\"0\" time=\"" + Figures.seconds(total) + "\"";
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"irpcheck\"").append(counts).append(">\n");
        out.append("  <testsuite name=\"irpcheck\"").append(counts).append(">\n");
        for (Case c : cases) {
            testcase(c, out);
        }
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    private static List<Case> cases(SuiteEntry e) {
        if (e.run() == null) {
            return List.of(new Case(e, "load", null, "the model does not load", e.error()));
        }
        String report = TextReport.render(e.run());
        Case expect = new Case(e, "expect " + (e.expected().equals("(none)") ? "holds" : e.expected()),
                e.expectationMet() ? null : mismatch(e), null, report);
        if (e.baseline() == null) {
            return List.of(expect);
        }
        String drift = e.drifted() ? "distinct states drifted from the baseline's " + e.baseline() + " to " + e.distinct() : null;
        return List.of(expect, new Case(e, "baseline states " + e.baseline(), drift, null,
                Figures.count(e.distinct()) + " distinct states\n"));
    }

    private static String mismatch(SuiteEntry e) {
        return "expected " + (e.expected().equals("(none)") ? "holds" : e.expected()) + ", got " + e.got();
    }

    private static void testcase(Case c, StringBuilder out) {
        SuiteEntry e = c.entry();
        String classname = e.file().replaceAll("\\.irp$", "").replace('/', '.');
        out.append("    <testcase classname=\"").append(escape(classname)).append("\" name=\"").append(escape(c.name()))
                .append("\" file=\"").append(escape(e.file())).append("\" time=\"").append(Figures.seconds(e.time()))
                .append("\">\n");
        if (c.failure() != null) {
            out.append("      <failure type=\"mismatch\" message=\"").append(escape(c.failure())).append("\">")
                    .append(escape(c.body())).append("</failure>\n");
        } else if (c.error() != null) {
            out.append("      <error type=\"model error\" message=\"").append(escape(c.error())).append("\">")
                    .append(escape(c.body())).append("</error>\n");
        } else {
            out.append("      <system-out>").append(escape(c.body())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    /** Escapes for text and attribute values; characters XML 1.0 cannot carry become {@code ?}. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n', '\t' -> b.append(ch);
                case '\r' -> b.append("&#13;");
                default -> b.append(ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF ? '?' : ch);
            }
        }
        return b.toString();
    }
}
