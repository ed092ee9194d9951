package irpcheck.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sink that collects diagnostics from every stage. Not thread-safe.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void report(Diagnostic d) {
        items.add(d);
    }

    public void error(String code, Span span, String message, String... hints) {
        report(Diagnostic.error(code, span, message, hints));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** All diagnostics, sorted by file, then position, then order of report. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.span().file().path())
                .thenComparingInt(d -> d.span().start()));
        return sorted;
    }

    public int count() {
        return items.size();
    }
}
