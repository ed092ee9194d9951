package irpcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Degrade, never die: the jar run as a process on a model too big to finish ({@code counters} with
 * N=6: 32^6 states) is stopped by SIGINT (Ctrl-C) or SIGTERM, or runs out of a small heap, and still
 * prints the figures it reached, writes its JSON and exits with the "incomplete" code; a report file
 * that cannot be written is named on standard error and the verdict still sets the exit code.
 */
class DegradeIT {

    private static final Path JAR = Path.of("target", "irpcheck.jar");
    private static final Path BIG = Path.of("examples", "counters.irp");
    private static final Pattern STATES = Pattern.compile("States:\\s+([\\d,]+) distinct, ([\\d,]+) generated");

    @TempDir
    Path dir;

    /** What a run printed and answered. */
    record Run(int code, String out, String err) { }

    @Test
    void ctrlCPrintsTheFiguresAndExitsIncomplete() throws Exception {
        Run r = stopped("INT");
        assertIncomplete(r, "stopped by request");
    }

    @Test
    void sigtermDoesTheSame() throws Exception {
        Run r = stopped("TERM");
        assertIncomplete(r, "stopped by request");
    }

    @Test
    void aFullHeapPrintsTheFiguresAndExitsIncomplete() throws Exception {
        Path json = dir.resolve("oom.json");
        Run r = run(List.of("-Xmx48m"), "--json", json.toString(), "-D", "N=6", BIG.toString());
        assertIncomplete(r, "out of memory");
        assertTrue(Files.readString(json).contains("\"verdict\": \"incomplete\""), Files.readString(json));
    }

    @Test
    void aJsonFileUnderARegularFileIsReportedAndTheVerdictStands() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path json = notAFolder.resolve("out.json");
        Run r = run(List.of(), "--quiet", "--json", json.toString(), "models/write5x.irp");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Verdict:  VIOLATION"), r.out());
        assertTrue(r.err().contains("cannot write the JSON report to " + json), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aFullDiskIsReportedAndTheVerdictStands() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "skipped: no /dev/full on this system to stand for a full disk");
        Run r = run(List.of(), "--quiet", "--dot", full.toString(), "--json", dir.resolve("ok.json").toString(), "examples/peterson.irp");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Verdict:  HOLDS"), r.out());
        assertTrue(r.err().contains("cannot write the DOT report to /dev/full"), r.err());
        assertTrue(Files.readString(dir.resolve("ok.json")).contains("\"verdict\": \"holds\""), "the other file is still written");
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheVerdictStands() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assumeTrue(ro.toFile().setWritable(false, false), "skipped: cannot make a folder read-only here");
        try {
            assumeTrue(!Files.isWritable(ro), "skipped: running as root, who may write into read-only folders");
            Path json = ro.resolve("r.json");
            Run r = run(List.of(), "--quiet", "--json", json.toString(), "examples/peterson.irp");
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("cannot write the JSON report to " + json), r.err());
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    private static void assertIncomplete(Run r, String why) {
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Verdict:  INCOMPLETE: " + why), r.out() + r.err());
        Matcher m = STATES.matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 1000, "the figures reached: " + m.group());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    /** Starts the big model, waits for its first progress line (the search is running), then sends the signal. */
    private Run stopped(String signal) throws Exception {
        Path json = dir.resolve("stopped.json");
        Process p = start(List.of("-Xmx1g"), "--json", json.toString(), "-D", "N=6", BIG.toString());
        if (signal.equals("INT")) {
            // A shell starting a job in the background ignores SIGINT for it, and the JVM keeps it ignored.
            assumeTrue(!ignoresSigint(p.pid()), "skipped: SIGINT is ignored in this process tree (started in the background)");
        }
        StringBuilder err = new StringBuilder();
        CompletableFuture<Void> running = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    err.append(line).append('\n');
                    if (line.startsWith("progress:")) {
                        running.complete(null);
                    }
                }
            } catch (IOException e) {
                running.completeExceptionally(e);
            }
            running.complete(null);
        });
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        running.get(2, TimeUnit.MINUTES);
        assertTrue(p.isAlive(), "the search ended before the signal:\n" + err);
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "irpcheck did not stop after SIG" + signal);
        reader.join();
        Run r = new Run(p.exitValue(), out.get(), err.toString());
        assertTrue(Files.readString(json).contains("\"verdict\": \"incomplete\""), "the JSON is written too");
        return r;
    }

    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    private static Process start(List<String> jvm, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        return p;
    }

    private static Run run(List<String> jvm, String... args) throws Exception {
        Process p = start(jvm, args);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "irpcheck did not finish");
        return new Run(p.exitValue(), out, err.get());
    }
}
