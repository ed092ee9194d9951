package irpcheck.fuzz;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.lang.compile.ModelLoader;
import irpcheck.source.Diagnostic;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fuzzing campaign against the front end. Input number {@code n} is made by a {@link Random}
 * seeded with {@code n}, so any failure is reproduced by its number alone. Each input goes through
 * {@link ModelLoader} (one in 25 as bytes written to a file, which adds invalid UTF-8, binary and
 * empty files); an accepted model is explored for a few hundred states. A failure is an exception
 * (or error) escaping, a hang, or a rejection without an error diagnostic whose location lies in its
 * file. Workers run on their own threads; the campaign object is used from one thread.
 */
final class FrontEndFuzzer {

    /** One failing input. */
    record Failure(long seed, String what, String input) {
        @Override
        public String toString() {
            String shown = input.length() > 800 ? input.substring(0, 800) + "\n... (" + input.length() + " chars)" : input;
            return "fuzz input " + seed + ": " + what + "\n--- input ---\n" + shown + "\n--- end ---";
        }
    }

    /** What a campaign did. */
    record Summary(long inputs, long accepted, long rejected, List<Failure> failures, Duration cpu) { }

    /**
     * An input hangs when its worker spent this much processor time on it: processor time, not the clock,
     * so that a machine busy with other work does not make a slow answer look like a hang.
     */
    private static final Duration HANG = Duration.ofSeconds(10);
    /** An input also hangs when it has no answer after this long on the clock (a worker that blocks). */
    private static final Duration HANG_CLOCK = Duration.ofSeconds(120);
    private static final int MAX_FAILURES = 20;
    private static final Duration SLOW = Duration.ofMillis(200);

    /** Inputs that took longer than {@link #SLOW}, for the campaign's log. */
    final List<String> slow = Collections.synchronizedList(new ArrayList<>());

    private final Seeds seeds = Seeds.load();
    private final List<String> texts = seeds.all().stream().map(Seeds.Seed::text).toList();
    private final Path scratch;

    FrontEndFuzzer(Path scratch) {
        this.scratch = scratch;
    }

    /** Runs inputs {@code first, first+1, ...} on {@code threads} workers until {@code count} are done or {@code budget} is spent. */
    Summary run(long first, long count, Duration budget, int threads) throws InterruptedException {
        AtomicLong next = new AtomicLong(first);
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicLongArray startedAt = new AtomicLongArray(threads);
        AtomicLongArray startedCpu = new AtomicLongArray(threads);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        AtomicLongArray current = new AtomicLongArray(threads);
        List<Thread> workers = new ArrayList<>();
        AtomicLong cpuNanos = new AtomicLong();
        for (int w = 0; w < threads; w++) {
            int me = w;
            Thread t = new Thread(null, () -> {
                long n;
                while ((n = next.getAndIncrement()) < first + count && System.nanoTime() < deadline
                        && failures.size() < MAX_FAILURES) {
                    current.set(me, n);
                    startedCpu.set(me, cpu.getCurrentThreadCpuTime());
                    startedAt.set(me, System.nanoTime());
                    Failure f = one(n, accepted, rejected);
                    long took = System.nanoTime() - startedAt.get(me);
                    if (took > SLOW.toNanos()) {
                        slow.add(n + " (" + took / 1_000_000 + " ms)");
                    }
                    startedAt.set(me, 0);
                    if (f != null) {
                        failures.add(f);
                    }
                }
                cpuNanos.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, "fuzz-" + w, 0);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            while (t.isAlive()) {
                t.join(200);
                for (int w = 0; w < threads; w++) {
                    long s = startedAt.get(w);
                    long used = cpu.getThreadCpuTime(workers.get(w).threadId()) - startedCpu.get(w);
                    if (s != 0 && (used > HANG.toNanos() || System.nanoTime() - s > HANG_CLOCK.toNanos())) {
                        long seed = current.get(w);
                        String what = used > HANG.toNanos() ? HANG.toSeconds() + " s of processor time"
                                : HANG_CLOCK.toSeconds() + " s";
                        failures.add(new Failure(seed, "no answer after " + what + " (hang)", make(seed).text));
                        return new Summary(next.get() - first, accepted.get(), rejected.get(), List.copyOf(failures),
                                Duration.ofNanos(cpuNanos.get()));
                    }
                }
            }
        }
        long done = Math.min(next.get(), first + count) - first;
        return new Summary(done, accepted.get(), rejected.get(), List.copyOf(failures), Duration.ofNanos(cpuNanos.get()));
    }

    /** An input: text, the folder for its imports, constant overrides, and whether it goes through a file as bytes. */
    record Input(String text, Path folder, Map<String, Long> defines, byte[] bytes) { }

    Input make(long n) {
        Random random = new Random(n);
        Seeds.Seed seed = seeds.all().get(random.nextInt(seeds.all().size()));
        String text = random.nextInt(50) == 0 ? seed.text() : Mutator.mutate(seed.text(), random, texts);
        Map<String, Long> defines = new LinkedHashMap<>();
        if (random.nextInt(10) == 0) {
            defines.put(random.nextBoolean() ? "N" : "M", new long[] {0, 1, -1, 7, 1 << 20, Long.MAX_VALUE, Long.MIN_VALUE}[random.nextInt(7)]);
        }
        byte[] bytes = random.nextInt(25) == 0 ? Bytes.damage(text.getBytes(StandardCharsets.UTF_8), random) : null;
        return new Input(text, seed.folder(), defines, bytes);
    }

    private Failure one(long n, AtomicLong accepted, AtomicLong rejected) {
        Input input = make(n);
        Diagnostics diagnostics = new Diagnostics();
        String shown = input.bytes == null ? input.text : "(bytes, as a file) " + Bytes.show(input.bytes);
        try {
            CompiledModel model = input.bytes == null
                    ? new ModelLoader().load(new SourceFile("fuzz.irp", input.text), input.folder, input.defines, diagnostics)
                    : new ModelLoader().load(write(n, input.bytes), input.defines, diagnostics);
            String problem = model == null ? rejection(diagnostics) : acceptance(diagnostics, model);
            (model == null ? rejected : accepted).incrementAndGet();
            return problem == null ? null : new Failure(n, problem, shown);
        } catch (Throwable e) {
            return new Failure(n, "uncaught " + stackTrace(e), shown);
        }
    }

    private Path write(long n, byte[] bytes) {
        try {
            Path file = scratch.resolve("fuzz-" + n + ".irp");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the rejection is well formed: errors, each with a location inside its file, each renderable. */
    private static String rejection(Diagnostics diagnostics) {
        if (!diagnostics.hasErrors()) {
            return "rejected without an error diagnostic";
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer();
        for (Diagnostic d : diagnostics.all()) {
            if (d.span() == null || d.span().file() == null || d.span().end() > d.span().file().text().length()) {
                return "diagnostic without a location in its file: " + d;
            }
            String shown = renderer.render(d);
            if (!shown.contains(d.span().location()) || d.message() == null || d.message().isBlank()) {
                return "diagnostic renders without its location or message: " + shown;
            }
        }
        return null;
    }

    /** Null when an accepted model has no errors and explores a few hundred states without throwing. */
    private static String acceptance(Diagnostics diagnostics, CompiledModel model) {
        if (diagnostics.hasErrors()) {
            return "accepted although errors were reported";
        }
        ExploreOptions options = new ExploreOptions(false, 300, 0, Duration.ofSeconds(5), true, Duration.ofHours(1));
        new BreadthFirstSearch(model.system(), options, new ExactStateStore(model.system().layout().size()),
                ReductionPolicy.NONE, SearchListener.NONE).run();
        return null;
    }

    static String stackTrace(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        String[] lines = sw.toString().split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 25)));
    }
}
