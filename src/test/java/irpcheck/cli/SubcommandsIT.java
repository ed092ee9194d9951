package irpcheck.cli;

import irpcheck.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code irpcheck test}, {@code replay} and {@code view} as the built jar runs them, with their exit codes. */
class SubcommandsIT {

    @TempDir
    Path dir;

    @Test
    void testGatesEveryModel() throws Exception {
        Path junit = dir.resolve("junit.xml");
        Path sarif = dir.resolve("irpcheck.sarif");
        Path base = dir.resolve("baseline");
        JarIT.Run r = JarIT.irpcheck("test", "models", "examples", "--junit", junit.toString(), "--sarif", sarif.toString(),
                "--baseline", base.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        long models = 0;
        for (String folder : java.util.List.of("models", "examples")) {
            try (java.util.stream.Stream<Path> files = Files.walk(Path.of(folder))) {
                models += files.filter(f -> f.toString().endsWith(".irp")).count();
            }
        }
        assertTrue(r.out().contains(models + " of " + models + " models as expected"), r.out());
        assertTrue(Files.readString(junit).contains("<testsuites name=\"irpcheck\" tests=\"" + models
                + "\" failures=\"0\" errors=\"0\""));
        SarifSchema.validSarif(Files.readString(sarif));
        assertTrue(Files.readString(base).contains("models/write5x.irp "));
        // Same models, same counts: the baseline holds.
        assertEquals(0, JarIT.irpcheck("test", "models", "--baseline", base.toString()).code());

        Path wrong = dir.resolve("wrong.irp");
        Files.writeString(wrong, Files.readString(Path.of("examples/counters.irp")).replace("expect holds;", "expect deadlock;"));
        JarIT.Run mismatch = JarIT.irpcheck("test", wrong.toString());
        assertEquals(1, mismatch.code(), mismatch.out() + mismatch.err());
        assertEquals(5, JarIT.irpcheck("test", dir.resolve("nothing-here").toString()).code());
        JarIT.Run help = JarIT.irpcheck("test", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--sarif"), help.out());
    }

    @Test
    void replayAndView() throws Exception {
        Path json = dir.resolve("trace.json");
        assertEquals(1, JarIT.irpcheck("models/write60.irp", "--quiet", "--json", json.toString()).code());
        JarIT.Run replay = JarIT.irpcheck("replay", "models/write60.irp", json.toString());
        assertEquals(0, replay.code(), replay.out() + replay.err());
        assertTrue(replay.out().contains("reproduced"), replay.out());
        JarIT.Run view = JarIT.irpcheck("view", json.toString());
        assertEquals(0, view.code(), view.err());
        Path page = dir.resolve("trace.html");
        assertTrue(view.out().contains("wrote " + page), view.out());
        assertTrue(Files.readString(page).contains("\"model\": \"write60\""));
        assertEquals(5, JarIT.irpcheck("view", dir.resolve("missing.json").toString()).code());
    }
}
