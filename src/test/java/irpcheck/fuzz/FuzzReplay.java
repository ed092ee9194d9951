package irpcheck.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code FuzzReplay N...}: prints fuzz inputs by number (for investigating a failure). */
final class FuzzReplay {
    private FuzzReplay() {
    }

    public static void main(String[] args) throws Exception {
        FrontEndFuzzer f = new FrontEndFuzzer(Files.createTempDirectory("fuzz"));
        if (args.length == 1 && args[0].equals("run")) {
            long t0 = System.nanoTime();
            var s = f.run(1, 20000, java.time.Duration.ofMinutes(5), 1);
            System.out.println(s.inputs() + " inputs in " + (System.nanoTime() - t0) / 1_000_000 + " ms, failures " + s.failures().size());
            return;
        }
        if (args.length == 1 && args[0].equals("time")) {
            long t0 = System.nanoTime();
            long chars = 0;
            for (int i = 1; i <= 20000; i++) {
                chars += f.make(i).text().length();
            }
            System.out.println("made 20000 inputs, " + chars + " chars, in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return;
        }
        for (String a : args) {
            FrontEndFuzzer.Input in = f.make(Long.parseLong(a));
            String t = in.text();
            System.out.println("=== " + a + " (" + t.length() + " chars, folder " + in.folder() + ", defines " + in.defines()
                    + (in.bytes() != null ? ", as bytes" : "") + ")");
            System.out.println(t.length() > 600 ? t.substring(0, 600) + " ..." : t);
        }
    }
}
