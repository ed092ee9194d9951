package irpcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make bench}: runs the built checker ({@code ./irpcheck}) and SPIN's compiled verifier (reduction
 * off) on the same models, one after the other, and prints one Markdown table. Each tool runs as its own
 * process under {@code /usr/bin/time}, which gives the peak resident memory and the CPU seconds (user +
 * system) of the whole process; "s" is each tool's own search time (irpcheck's "Time:", pan's "elapsed
 * time"). The ratio compares CPU seconds, which a busy machine disturbs less than wall-clock time.
 * irpcheck runs with one worker, and again with two on the models of 100,000 states or more: one run of
 * each, one after the other, {@value #REPEATS} times over where one worker takes under
 * {@value #REPEAT_UNDER} s, and the table gives the fastest of each (best of {@value #REPEATS}: on this
 * virtual machine two-thread runs have slow streaks of a minute or more that one-thread runs in the same
 * minutes do not have, and noise only ever adds time). A second table gives the same speed-up with partial-order reduction on (the checker's default)
 * on the {@link Case#large} models that SPIN also runs. Fails (exit 1)
 * when the two tools reach different state or transition counts: the models are twins, so a difference
 * is a bug in one of them. Run from the project's root; arguments: {@code --no-spin} to skip SPIN,
 * {@code --quick} to leave out the largest models, {@code --out FILE} to also write the table.
 * Not a test: speed lives in benchmarks. Not thread-safe (a main).
 */
public final class Bench {

    /** One benchmark row: a model, the -D values, and whether SPIN runs it too. */
    record Case(String label, String irp, String pml, List<String> defines, boolean deadlockOff, boolean spin,
                boolean large, List<String> extra) { }

    /** What one tool reported. */
    record Run(long states, long transitions, double seconds, double cpu, long peakKb, double bytesPerState) { }

    private static final Path WORK = Path.of("target", "bench");
    /** Rows whose one-worker search takes less than this many seconds are measured {@value #REPEATS} times. */
    private static final int REPEAT_UNDER = 30;
    private static final int REPEATS = 5;

    private Bench() { }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("peterson", "examples/peterson.irp", "bench/peterson.pml", List.of(), false, true, false, List.of()));
        cases.add(new Case("philosophers N=12", "examples/philosophers.irp", "bench/philosophers.pml", List.of("N=12"), true, true, false, List.of()));
        cases.add(new Case("counters N=4 M=32", "examples/counters.irp", "bench/counters.pml", List.of("N=4", "M=32"), false, true, false, List.of()));
        for (int n = 1; n <= 3; n++) {
            cases.add(new Case("cancel N=" + n, "bench/cancel.irp", "bench/cancel.pml", List.of("N=" + n), false, true, false, List.of()));
        }
        cases.add(new Case("cancel N=3 K=8", "bench/cancel.irp", "bench/cancel.pml", List.of("N=3", "K=8"), false, true, true, List.of()));
        cases.add(new Case("cancel N=4", "bench/cancel.irp", null, List.of("N=4"), false, false, true, List.of()));
        return cases;
    }

    public static void main(String[] args) throws Exception {
        boolean spin = !List.of(args).contains("--no-spin");
        boolean quick = List.of(args).contains("--quick");
        Path out = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            }
        }
        if (spin && !hasSpin()) {
            System.out.println("bench: spin or gcc not found; SPIN columns skipped (make bench installs them with apt-get)");
            spin = false;
        }
        Files.createDirectories(WORK);
        StringBuilder table = new StringBuilder();
        table.append("| model | states | transitions | irpcheck s | CPU s | states/s | peak MB | store B/state | 2 workers s | speed-up | SPIN s | CPU s | SPIN states/s | SPIN peak MB | ratio to SPIN (CPU) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        System.out.print(table);
        boolean mismatch = false;
        for (Case c : cases()) {
            if (quick && c.large()) {
                continue;
            }
            Run[] pair = workersPair(c, false);
            Run ours = pair[0];
            Run two = pair[1];
            Run theirs = spin && c.spin() ? spin(c) : null;
            String row = row(c, ours, two, theirs);
            table.append(row);
            System.out.print(row);
            if (theirs != null && (theirs.states() != ours.states() || theirs.transitions() != ours.transitions())) {
                System.out.println("MISMATCH on " + c.label() + ": irpcheck " + ours.states() + " states, " + ours.transitions()
                        + " transitions; SPIN " + theirs.states() + " states, " + theirs.transitions() + " transitions");
                mismatch = true;
            }
        }
        if (!quick) {
            table.append(reducedSpeedUps());
        }
        if (out != null) {
            Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
        }
        if (mismatch) {
            System.out.println("bench: FAILED, the twins reach different state spaces");
            System.exit(1);
        }
    }

    /**
     * One worker and two on a model (with reduction when {@code reduced}), as the class comment says:
     * the fastest run of each; no two-worker run for models under 100,000 states.
     */
    static Run[] workersPair(Case c, boolean reduced) throws IOException, InterruptedException {
        List<Run> ones = new ArrayList<>(List.of(irpcheck(c, 1, reduced)));
        if (ones.get(0).states() < 100_000) {
            return new Run[] {ones.get(0), null};
        }
        List<Run> twos = new ArrayList<>(List.of(irpcheck(c, 2, reduced)));
        int repeats = ones.get(0).seconds() < REPEAT_UNDER ? REPEATS : 1;
        for (int i = 1; i < repeats; i++) {
            ones.add(irpcheck(c, 1, reduced));
            twos.add(irpcheck(c, 2, reduced));
        }
        return new Run[] {fastest(ones), fastest(twos)};
    }

    private static Run fastest(List<Run> runs) {
        return runs.stream().min(java.util.Comparator.comparingDouble(Run::seconds)).orElseThrow();
    }

    /** The second table: one worker against two with reduction on, on the large models SPIN also runs. */
    private static String reducedSpeedUps() throws IOException, InterruptedException {
        StringBuilder t = new StringBuilder("\nWith partial-order reduction (the default):\n\n"
                + "| model | states | transitions | irpcheck s | 2 workers s | speed-up |\n|---|---:|---:|---:|---:|---:|\n");
        System.out.print(t);
        for (Case c : cases()) {
            if (!c.large() || !c.spin()) {
                continue;
            }
            Run[] pair = workersPair(c, true);
            String row = String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.2f |%n", c.label(), pair[0].states(),
                    pair[0].transitions(), pair[0].seconds(), pair[1].seconds(),
                    pair[0].seconds() / Math.max(pair[1].seconds(), 0.005));
            t.append(row);
            System.out.print(row);
        }
        return t.toString();
    }

    private static String row(Case c, Run ours, Run two, Run theirs) {
        String spinCols = theirs == null ? " - | - | - | - | - |"
                : String.format(Locale.ROOT, " %.2f | %.2f | %s | %d | %.2f |", theirs.seconds(), theirs.cpu(), rate(theirs),
                        theirs.peakKb() / 1024, ours.cpu() / Math.max(theirs.cpu(), 0.005));
        String twoCols = two == null ? " - | - |" : String.format(Locale.ROOT, " %.2f | %.2f |", two.seconds(),
                ours.seconds() / Math.max(two.seconds(), 0.005));
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %s | %d | %s |%s%s%n", c.label(), ours.states(),
                ours.transitions(), ours.seconds(), ours.cpu(), rate(ours), ours.peakKb() / 1024,
                ours.bytesPerState() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", ours.bytesPerState()), twoCols, spinCols);
    }

    private static String rate(Run r) {
        return r.seconds() <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", r.states() / r.seconds());
    }

    static Run irpcheck(Case c, int workers, boolean reduced) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %M %U %S", "./irpcheck", c.irp(), "--quiet",
                "--workers", Integer.toString(workers)));
        if (!reduced) {
            cmd.add("--no-por");
        }
        for (String d : c.defines()) {
            cmd.add("-D");
            cmd.add(d);
        }
        if (c.deadlockOff()) {
            cmd.add("--no-deadlock");
        }
        cmd.addAll(c.extra());
        String text = exec(cmd, Path.of("."));
        Matcher states = find(text, "States:\\s+([\\d,]+) distinct, ([\\d,]+) generated");
        Matcher time = find(text, "Time:\\s+([\\d.]+) s");
        Matcher bytes = Pattern.compile("([\\d.]+) bytes per state").matcher(text);
        double perState = bytes.find() ? Double.parseDouble(bytes.group(1)) : -1;
        Matcher t = find(text, "TIME ([\\d.]+) (\\d+) ([\\d.]+) ([\\d.]+)");
        return new Run(number(states.group(1)), number(states.group(2)), Double.parseDouble(time.group(1)),
                cpu(t), Long.parseLong(t.group(2)), perState);
    }

    static Run spin(Case c) throws IOException, InterruptedException {
        Path dir = WORK.resolve(c.label().replaceAll("[^A-Za-z0-9]+", "_"));
        Files.createDirectories(dir);
        List<String> gen = new ArrayList<>(List.of("spin"));
        for (String d : c.defines()) {
            gen.add("-D" + d);
        }
        gen.add("-a");
        gen.add(Path.of(c.pml()).toAbsolutePath().toString());
        exec(gen, dir);
        exec(List.of("gcc", "-O2", "-DSAFETY", "-DNOREDUCE", "-DMEMLIM=16000", "-o", "pan", "pan.c"), dir);
        List<String> pan = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %M %U %S", "./pan", "-m5000000", c.large() ? "-w25" : "-w22"));
        if (c.deadlockOff()) {
            pan.add("-E");
        }
        String text = exec(pan, dir);
        if (text.contains("max search depth too small")) {
            throw new IllegalStateException("bench: pan's -m is too small for " + c.label() + ":\n" + text);
        }
        Matcher stored = find(text, "([\\d]+) states, stored");
        Matcher transitions = find(text, "([\\d]+) transitions \\(= stored\\+matched\\)");
        Matcher elapsed = find(text, "elapsed time ([\\d.e+-]+) seconds");
        Matcher t = find(text, "TIME ([\\d.]+) (\\d+) ([\\d.]+) ([\\d.]+)");
        // SPIN counts storing the initial state as a transition
        return new Run(Long.parseLong(stored.group(1)), Long.parseLong(transitions.group(1)) - 1,
                Double.parseDouble(elapsed.group(1)), cpu(t), Long.parseLong(t.group(2)), -1);
    }

    /** User plus system seconds of the whole process (JIT and GC threads included for irpcheck). */
    private static double cpu(Matcher time) {
        return Double.parseDouble(time.group(3)) + Double.parseDouble(time.group(4));
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("bench: no /" + regex + "/ in the output:\n" + text);
        }
        return m;
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    private static boolean hasSpin() {
        try {
            return new ProcessBuilder("sh", "-c", "command -v spin && command -v gcc").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command, returns its standard output and error together. */
    private static String exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }
}
