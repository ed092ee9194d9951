package irpcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The counterexample viewer: one self-contained HTML file (inline style and script, no network
 * access, works from disk) built from a JSON report. One lane per thread and one per object (IRPs
 * first) showing its life; each step's changed values highlighted; the violated rule and the racing
 * pair marked; click and keyboard stepping with the full state shown. The page is the template
 * {@code irpcheck/viewer.html} with the JSON document embedded. Stateless; thread-safe.
 */
public final class HtmlReport {

    static final String TEMPLATE = "/irpcheck/viewer.html";
    private static final String PLACEHOLDER = "/*IRPCHECK_DATA*/";

    private HtmlReport() { }

    /** The page for a run. */
    public static String render(RunInfo run) {
        return fromJson(JsonReport.render(run));
    }

    /**
     * The page for a JSON report's text (as {@code --json} writes it; {@link RecordedTrace#parse} has
     * checked it). Inside the script element, {@code </} and {@code <!--} are escaped so that no value
     * can end the element; the JSON means the same.
     */
    public static String fromJson(String json) {
        String safe = json.replace("</", "<\\/").replace("<!--", "<\\u0021--");
        return template().replace(PLACEHOLDER, safe.strip());
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the viewer template " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
