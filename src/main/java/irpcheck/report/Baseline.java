package irpcheck.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --baseline} file of {@code irpcheck test}: one line per model, {@code path distinct-states},
 * sorted by path; {@code #} starts a comment. A model change that shrinks or grows the state space
 * then shows as a drift. Immutable.
 */
public record Baseline(Map<String, Long> counts) {

    public Baseline {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** Parses the file's text; a malformed line is an error naming its number. */
    public static Baseline parse(String text) {
        Map<String, Long> counts = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                if (space <= 0) {
                    throw new NumberFormatException();
                }
                counts.put(line.substring(0, space).strip(), Long.parseLong(line.substring(space + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 'MODEL-PATH DISTINCT-STATES', got '"
                        + line + "'");
            }
        }
        return new Baseline(counts);
    }

    /** The baseline recording the entries that loaded (model errors have no count), plus this one's other entries. */
    public Baseline with(List<SuiteEntry> entries) {
        Map<String, Long> next = new TreeMap<>(counts);
        for (SuiteEntry e : entries) {
            if (e.run() != null) {
                next.put(e.file(), e.distinct());
            }
        }
        return new Baseline(next);
    }

    /** The count recorded for a model, or null. */
    public Long get(String file) {
        return counts.get(file);
    }

    /** The file's text. */
    public String render() {
        StringBuilder out = new StringBuilder("# irpcheck baseline: distinct states per model (irpcheck test --baseline FILE)\n");
        counts.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        return out.toString();
    }
}
