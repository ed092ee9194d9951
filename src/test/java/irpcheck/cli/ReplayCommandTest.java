package irpcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code irpcheck replay}: a trace from {@code --json} replays; an edit diverges; bad files give their codes. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] rest = args[0].equals("replay") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        return cl.execute(rest);
    }

    @Test
    void aSavedTraceReplaysAndAnEditDiverges() throws Exception {
        Path json = dir.resolve("trace.json");
        assertEquals(1, run("models/write5x.irp", "--quiet", "--json", json.toString()));
        assertEquals(0, run("replay", "models/write5x.irp", json.toString()), out + "\n" + err);
        assertTrue(out.toString().contains("trace 1 of 1 (UseAfterComplete, 55 steps): reproduced"), out.toString());
        Path edited = dir.resolve("write5x.irp");
        Files.writeString(edited, Files.readString(Path.of("models/write5x.irp")).replace("pkt.RefCount = 1;", "pkt.RefCount = 2;"));
        assertEquals(1, run("replay", edited.toString(), json.toString()));
        assertTrue(out.toString().contains("DIVERGES after 17 of 55 steps"), out.toString());
    }

    @Test
    void badFiles() throws Exception {
        Path json = dir.resolve("x.json");
        Files.writeString(json, "[1, 2]");
        assertEquals(5, run("replay", "models/write5x.irp", json.toString()));
        assertTrue(err.toString().contains("not an irpcheck JSON report"), err.toString());
        assertEquals(5, run("replay", "models/write5x.irp", dir.resolve("missing.json").toString()));
        Files.writeString(json, "{\"version\": 1, \"counterexamples\": []}");
        assertEquals(4, run("replay", dir.resolve("missing.irp").toString(), json.toString()));
        assertEquals(0, run("replay", "models/write5x.irp", json.toString()));
        assertTrue(out.toString().contains("nothing to replay"), out.toString());
        assertEquals(5, run("replay", "models/write5x.irp"));
    }
}
