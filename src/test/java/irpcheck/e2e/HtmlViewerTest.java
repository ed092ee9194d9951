package irpcheck.e2e;

import irpcheck.explore.Result;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.report.HtmlReport;
import irpcheck.report.Interleaving;
import irpcheck.report.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The counterexample viewer in headless Chromium: the page for write5x is loaded from disk, stepped
 * through with the keyboard (the page's {@code #press=} hook sends real key events to its handler),
 * and what it shows is read back from the DOM; a screenshot is kept in {@code target/viewer/}. Skips
 * when no Chromium is installed ({@code .ci/run} installs Debian's {@code chromium} on CI).
 */
class HtmlViewerTest {

    static final Path DIR = Path.of("target", "viewer");
    private static String chromium;
    private static Path page;

    @BeforeAll
    static void writePages() throws IOException {
        Files.createDirectories(DIR);
        CompiledModel m = Checks.load(Path.of("models/write5x.irp"), Map.of());
        Result result = Interleaving.fewestSwitches(m.system(), Checks.explore(m, false));
        page = DIR.resolve("write5x.html").toAbsolutePath();
        Files.writeString(page, HtmlReport.render(new RunInfo(m.name(), "models/write5x.irp", m.system(), result,
                m.expectation().describe())), StandardCharsets.UTF_8);
        CompiledModel p = Checks.load(Path.of("examples/peterson.irp"), Map.of());
        Files.writeString(DIR.resolve("peterson.html"), HtmlReport.render(new RunInfo(p.name(), "examples/peterson.irp",
                p.system(), Checks.explore(p, false), p.expectation().describe())), StandardCharsets.UTF_8);
        chromium = find();
    }

    private static String find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static void needChromium() {
        assumeTrue(chromium != null, "no chromium on PATH: the browser test needs Debian's chromium package "
                + "(apt-get install chromium; .ci/run installs it on CI)");
    }

    /** Runs headless Chromium on the page with a hash and one output flag; returns standard output. */
    private static String chromium(Path file, String hash, String... output) throws Exception {
        Path profile = Files.createTempDirectory("irpcheck-chromium");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--virtual-time-budget=5000"));
        cmd.addAll(List.of(output));
        cmd.add(file.toUri() + hash);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Chromium may still be removing its own files; a leftover temp directory is harmless.
        }
    }

    private static String dom(String hash) throws Exception {
        String dom = chromium(page, hash, "--dump-dom");
        assertTrue(dom.contains("data-ready=\"yes\""), "the page's script did not run:\n" + dom.substring(0, Math.min(500, dom.length())));
        return dom;
    }

    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no #" + id);
        return m.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void selfContained() throws IOException {
        String html = Files.readString(page);
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(html).find(), "the page loads something");
        assertFalse(html.contains("url(http"), "the page loads something");
        assertTrue(html.contains("Content-Security-Policy"));
        assertFalse(html.contains("/*IRPCHECK_DATA*/"));
    }

    @Test
    void stepsWithTheKeyboard() throws Exception {
        needChromium();
        String first = dom("#press=ArrowDown,ArrowDown,j,j,k");
        assertTrue(first.contains("data-step=\"3\""), text(first, "current"));
        assertTrue(text(first, "current").startsWith("Step 3 of 55: App in"), text(first, "current"));

        String end = dom("#press=End,ArrowUp");
        assertTrue(end.contains("data-step=\"54\""));
        assertEquals("Step 54 of 55: Miniport in IoCompleteRequest", text(end, "current"));
        // The value the step changed is highlighted, with its old value.
        Matcher completed = Pattern.compile("<tr class=\"changed\" data-name=\"Irp#1.Completed\"><td>Irp#1.Completed</td>"
                + "<td class=\"value\"><span class=\"old\">false</span>true</td></tr>").matcher(end);
        assertTrue(completed.find(), "Irp#1.Completed is not shown as changed");
    }

    @Test
    void marksTheRuleTheRaceAndTheLanes() throws Exception {
        needChromium();
        String html = dom("#step=55");
        assertTrue(text(html, "mark").startsWith("violates UseAfterComplete: Irp#1 read (DriverContext) in NdisProtCancelWrite"),
                text(html, "mark"));
        assertEquals("Race: step 54 (Miniport, IoCompleteRequest) and step 55 (Canceller, NdisProtCancelWrite)", text(html, "race"));
        assertTrue(html.contains("<tr id=\"step-54\" data-step=\"54\" class=\"racing\">"), "step 54 not marked as racing");
        assertTrue(html.contains("<tr id=\"step-55\" data-step=\"55\" class=\"racing violating selected\">"), "step 55 not marked");
        for (String lane : List.of("<th class=\"thread\">App</th>", "<th class=\"thread\">Canceller</th>",
                "<th class=\"thread\">Miniport</th>", "<th class=\"obj\">Irp#1</th>")) {
            assertTrue(html.contains(lane), lane);
        }
        // The IRP's lane shows its life: cancelled at step 32, completed at 54.
        assertTrue(html.contains("<td class=\"life changed\" data-object=\"Irp#1\">completed, pending, cancelled</td>"), "no completed IRP");
    }

    @Test
    void aModelThatHoldsHasNoTrace() throws Exception {
        needChromium();
        String html = chromium(DIR.resolve("peterson.html").toAbsolutePath(), "", "--dump-dom");
        assertTrue(html.contains("No counterexample: HOLDS"), html);
    }

    @Test
    void screenshot() throws Exception {
        needChromium();
        Path shot = DIR.resolve("write5x.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(page, "#step=54", "--screenshot=" + shot);
        assertTrue(Files.exists(shot), "no screenshot");
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG of a page");
    }
}
