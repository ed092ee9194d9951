package irpcheck.spin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SPIN on one Promela file in its own folder: {@code spin -a}, {@code gcc -O0} (compiling is
 * most of the cost; optimising would cost more than it saves on models this small), then {@code pan}
 * three times: without properties for the counts, then for assertions, then for invalid end states
 * (deadlocks). Stateless; safe to use from several threads on different folders.
 */
final class Spin {

    /** SPIN's figures and findings for one model. */
    record Outcome(long states, long transitions, boolean assertion, boolean deadlock, String log) {
        String verdict() {
            return assertion ? "assertion" : deadlock ? "deadlock" : "none";
        }
    }

    private static final Pattern STORED = Pattern.compile("(\\d+) states, stored");
    private static final Pattern ERRORS = Pattern.compile("errors: (\\d+)");
    private static final Pattern TRANSITIONS = Pattern.compile("(\\d+) transitions \\(= stored\\+matched\\)");

    private Spin() {
    }

    /** Null when spin and gcc both run; otherwise why not. */
    static String missing() {
        for (List<String> probe : List.of(List.of("spin", "-V"), List.of("gcc", "--version"))) {
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return "`" + String.join(" ", probe) + "` failed";
                }
            } catch (IOException | InterruptedException e) {
                return probe.get(0) + " is not installed";
            }
        }
        return null;
    }

    static Outcome run(Path folder, String promela) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("twin.pml"), promela);
        StringBuilder log = new StringBuilder();
        // -o2 keeps variables that are written and never read (irpcheck keeps them in the state too);
        // -o3 turns off statement merging, which makes a run of local statements (skip; skip) one step.
        exec(folder, log, "spin", "-o2", "-o3", "-a", "twin.pml");
        exec(folder, log, "gcc", "-O0", "-w", "-DSAFETY", "-DNOREDUCE", "-o", "pan", "pan.c");
        // A small hash table (-w16) and depth bound keep pan's start-up cheap; the models are small.
        String counts = exec(folder, log, "./pan", "-A", "-E", "-m200000", "-w16");
        String asserts = exec(folder, log, "./pan", "-E", "-m200000", "-w16");
        String ends = exec(folder, log, "./pan", "-A", "-m200000", "-w16");
        for (String out : List.of(counts, asserts, ends)) {
            if (out.contains("max search depth too small")) {
                throw new IOException("pan's depth limit was reached:\n" + out);
            }
        }
        return new Outcome(number(STORED, counts), number(TRANSITIONS, counts), number(ERRORS, asserts) > 0,
                number(ERRORS, ends) > 0, log.toString());
    }

    private static long number(Pattern p, String text) throws IOException {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IOException("no `" + p.pattern() + "` in pan's output:\n" + text);
        }
        return Long.parseLong(m.group(1));
    }

    private static String exec(Path folder, StringBuilder log, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " did not finish");
        }
        log.append("$ ").append(String.join(" ", cmd)).append('\n').append(out);
        // pan exits non-zero when it finds an error; spin and gcc must succeed.
        if (p.exitValue() != 0 && !command[0].equals("./pan")) {
            throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }
}
