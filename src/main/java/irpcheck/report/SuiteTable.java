package irpcheck.report;

import java.util.List;

/**
 * The summary table {@code irpcheck test} prints: one row per model with what it expects, what it got,
 * its distinct states and time, and a verdict column; then one line per failure saying why, and a
 * total. Stateless; thread-safe.
 */
public final class SuiteTable {

    private static final String[] HEAD = {"model", "expected", "got", "states", "time", "result"};

    private SuiteTable() { }

    /** The table, lines ending in {@code \n}. */
    public static String render(List<SuiteEntry> entries) {
        String[][] rows = new String[entries.size() + 1][];
        rows[0] = HEAD;
        for (int i = 0; i < entries.size(); i++) {
            rows[i + 1] = row(entries.get(i));
        }
        int[] widths = new int[HEAD.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            line(r, widths, out);
        }
        long failed = entries.stream().filter(e -> !e.passed()).count();
        if (failed > 0) {
            out.append('\n');
            for (SuiteEntry e : entries) {
                if (!e.passed()) {
                    out.append("FAIL ").append(e.file()).append(": ").append(e.problem()).append('\n');
                }
            }
        }
        out.append('\n').append(entries.size() - failed).append(" of ").append(entries.size())
                .append(entries.size() == 1 ? " model" : " models").append(" as expected")
                .append(failed == 0 ? "" : ", " + failed + " failed").append('\n');
        return out.toString();
    }

    private static String[] row(SuiteEntry e) {
        String result = e.passed() ? "ok" : e.run() == null ? "ERROR" : !e.expectationMet() ? "MISMATCH" : "DRIFT";
        return new String[] {e.file(), e.expected(), e.got(), e.run() == null ? "-" : Figures.count(e.distinct()),
                Figures.seconds(e.time()) + " s", result};
    }

    private static void line(String[] r, int[] widths, StringBuilder out) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
            boolean right = c == 3 || c == 4;
            String fill = " ".repeat(widths[c] - r[c].length());
            l.append(right ? fill + r[c] : r[c] + fill).append(c + 1 < r.length ? "  " : "");
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
