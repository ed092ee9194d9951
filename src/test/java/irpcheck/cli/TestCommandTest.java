package irpcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import irpcheck.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code irpcheck test}: the real models and examples, exit codes, JUnit XML, SARIF and the baseline. */
class TestCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "test";
        System.arraycopy(args, 0, all, 1, args.length);
        var cl = Main.commandLine(all);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void everyModelAndExampleIsAsExpected() {
        int code = run("models", "examples");
        assertEquals(0, code, out + "\n" + err);
        String table = out.toString();
        assertTrue(table.startsWith("model "), table);
        assertTrue(table.contains("models/write5x.irp"), table);
        assertTrue(java.util.regex.Pattern.compile("violation UseAfterComplete +violation UseAfterComplete ").matcher(table).find(),
                table);
        assertTrue(table.contains("examples/philosophers.irp"), table);
        long models = bundledModels();
        assertTrue(table.contains(models + " of " + models + " models as expected"), table);
    }

    @Test
    void aMismatchFailsTheRunAndSaysWhy() throws Exception {
        Path model = dir.resolve("peterson_wrong.irp");
        Files.writeString(model, Files.readString(Path.of("examples/peterson.irp")).replace("expect holds;", "expect deadlock;"));
        Path junit = dir.resolve("out/junit.xml");
        Path sarif = dir.resolve("out/result.sarif");
        int code = run(model.toString(), "examples/peterson.irp", "--junit", junit.toString(), "--sarif", sarif.toString());
        assertEquals(1, code, out.toString());
        assertTrue(out.toString().contains("MISMATCH"), out.toString());
        assertTrue(out.toString().contains(": expected deadlock, got holds"), out.toString());
        assertTrue(out.toString().contains("1 of 2 models as expected, 1 failed"), out.toString());
        Document doc = xml(junit);
        assertEquals("2", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        assertEquals("expected deadlock, got holds", ((Element) failures.item(0)).getAttribute("message"));
        JsonNode log = SarifSchema.validSarif(Files.readString(sarif));
        JsonNode result = log.at("/runs/0/results/0");
        assertEquals("irpcheck/expectation", result.get("ruleId").asText());
    }

    @Test
    void aModelErrorExitsWithFour() throws Exception {
        Path model = dir.resolve("broken.irp");
        Files.writeString(model, "model broken;\nthread T { x = ; }\n");
        Path junit = dir.resolve("junit.xml");
        assertEquals(4, run(model.toString(), "--junit", junit.toString()), out + "\n" + err);
        assertTrue(out.toString().contains("ERROR"), out.toString());
        assertTrue(err.toString().contains("error["), err.toString());
        assertEquals(1, xml(junit).getElementsByTagName("error").getLength());
    }

    @Test
    void usageErrors() {
        assertEquals(5, run(dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("no such file or directory"), err.toString());
        assertEquals(5, run(dir.toString()));
        assertTrue(err.toString().contains("no .irp model found"), err.toString());
        assertEquals(5, run("models", "--update-baseline"));
    }

    @Test
    void theBaselineIsRecordedThenCheckedForDrift() throws Exception {
        Path base = dir.resolve("baseline.txt");
        assertEquals(0, run("examples/peterson.irp", "examples/lost_update.irp", "--baseline", base.toString()));
        assertEquals("# irpcheck baseline: distinct states per model (irpcheck test --baseline FILE)\n"
                + "examples/lost_update.irp 30\nexamples/peterson.irp 20\n", Files.readString(base));
        assertEquals(0, run("examples/peterson.irp", "--baseline", base.toString()));
        Files.writeString(base, "examples/peterson.irp 21\n");
        Path junit = dir.resolve("junit.xml");
        assertEquals(1, run("examples/peterson.irp", "--baseline", base.toString(), "--junit", junit.toString()));
        assertTrue(out.toString().contains("DRIFT"), out.toString());
        assertTrue(out.toString().contains("distinct states drifted from the baseline's 21 to 20"), out.toString());
        Document doc = xml(junit);
        assertEquals("2", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(0, run("examples/peterson.irp", "--baseline", base.toString(), "--update-baseline"));
        assertTrue(Files.readString(base).contains("examples/peterson.irp 20\n"));
        Files.writeString(base, "examples/peterson.irp twenty\n");
        assertEquals(5, run("examples/peterson.irp", "--baseline", base.toString()));
        assertTrue(err.toString().contains("line 1: expected 'MODEL-PATH DISTINCT-STATES'"), err.toString());
    }

    /** SARIF over every model and example: schema-valid, and write5x's result where the bug is. */
    @Test
    void sarifOverTheModels() throws Exception {
        Path junit = dir.resolve("junit.xml");
        Path sarif = dir.resolve("result.sarif");
        assertEquals(0, run("models", "examples", "--junit", junit.toString(), "--sarif", sarif.toString()));
        JsonNode log = SarifSchema.validSarif(Files.readString(sarif));
        JsonNode write5x = null;
        for (JsonNode r : log.at("/runs/0/results")) {
            if (r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals("models/write5x.irp")) {
                write5x = r;
            }
        }
        assertTrue(write5x != null, "no result for write5x");
        assertEquals("UseAfterComplete", write5x.get("ruleId").asText());
        assertEquals(141, write5x.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(write5x.at("/codeFlows/0/threadFlows/0/locations").size() > 10);
        assertEquals("inSource", write5x.at("/suppressions/0/kind").asText());
        assertEquals(bundledModels(), xml(junit).getElementsByTagName("testcase").getLength());
    }

    private static Document xml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(1, suites.getLength());
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertTrue(!c.getAttribute("classname").isEmpty() && !c.getAttribute("name").isEmpty());
        }
        assertEquals(root.getAttribute("tests"), Integer.toString(cases.getLength()));
        return doc;
    }

    /** The example workflow's command line is one this version accepts. */
    @Test
    void theExampleWorkflowUsesRealOptions() throws Exception {
        String yml = Files.readString(Path.of("examples/ci/irpcheck.yml"));
        int at = yml.indexOf("irpcheck test ");
        assertTrue(at > 0, "no irpcheck test command in the workflow");
        StringBuilder command = new StringBuilder();
        for (String line : yml.substring(at + "irpcheck test ".length()).split("\n")) {
            command.append(line.replace("\\", " ")).append(' ');
            if (!line.strip().endsWith("\\")) {
                break;
            }
        }
        String[] args = command.toString().strip().split("\\s+");
        var parsed = new picocli.CommandLine(new TestCommand()).parseArgs(args);
        assertTrue(parsed.hasMatchedOption("--sarif") && parsed.hasMatchedOption("--junit"), command.toString());
    }

    /** The .irp files under models/ and examples/, which `irpcheck test models examples` runs. */
    private static long bundledModels() {
        long n = 0;
        for (String folder : java.util.List.of("models", "examples")) {
            try (java.util.stream.Stream<Path> files = Files.walk(Path.of(folder))) {
                n += files.filter(f -> f.toString().endsWith(".irp")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return n;
    }
}
