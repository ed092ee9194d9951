package irpcheck.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files for the {@code irpcheck test} outputs (summary table, JUnit XML, SARIF, baseline) over
 * the {@link FakeDriver} scenarios, with one mismatch, one drift and one model error among them, so
 * that every branch of the formats shows. {@code UPDATE_GOLDEN=1} rewrites the files.
 */
class GoldenSuiteTest {

    static final Path DIR = Path.of("src", "test", "resources", "golden", "ci");

    static List<SuiteEntry> entries() {
        List<SuiteEntry> entries = new ArrayList<>();
        long ms = 10;
        for (Map.Entry<String, RunInfo> e : new TreeMap<>(FakeDriver.scenarios()).entrySet()) {
            RunInfo run = e.getValue();
            Long baseline = e.getKey().equals("holds") ? Long.valueOf(run.result().statistics().distinct() + 1)
                    : Long.valueOf(run.result().statistics().distinct());
            entries.add(new SuiteEntry("models/" + e.getKey() + ".irp", run, null, baseline, Duration.ofMillis(ms)));
            ms += 10;
        }
        RunInfo wrong = FakeDriver.scenarios().get("deadlock");
        entries.add(new SuiteEntry("models/wrong.irp", new RunInfo(wrong.model(), "models/wrong.irp", wrong.system(),
                wrong.result(), "holds"), null, null, Duration.ofMillis(5)));
        entries.add(new SuiteEntry("models/broken <1>.irp", null,
                "models/broken <1>.irp:2:14: error[E001]: expected an expression\n", null, Duration.ofMillis(1)));
        return entries;
    }

    @Test
    void table() throws Exception {
        check("suite.txt", SuiteTable.render(entries()));
    }

    @Test
    void junit() throws Exception {
        check("suite.junit.xml", JunitReport.render(entries()));
    }

    @Test
    void sarif() throws Exception {
        String text = SarifReport.render(entries(), "1.2.3");
        SarifSchema.validSarif(text);
        check("suite.sarif", text);
    }

    @Test
    void baseline() throws Exception {
        String text = new Baseline(Map.of("models/old.irp", 7L)).with(entries()).render();
        check("suite.baseline", text);
        assertEquals(text, Baseline.parse(text).render());
    }

    /** The lane view and the viewer page of each report scenario. */
    @Test
    void lanesAndHtml() throws Exception {
        for (Map.Entry<String, RunInfo> e : new TreeMap<>(FakeDriver.scenarios()).entrySet()) {
            check(e.getKey() + ".lanes.dot", LaneDotReport.render(e.getValue()));
            check(e.getKey() + ".html", HtmlReport.render(e.getValue()));
        }
    }

    private static void check(String name, String actual) throws Exception {
        Path file = DIR.resolve(name);
        if ("1".equals(System.getenv("UPDATE_GOLDEN"))) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                file + " differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff");
    }
}
