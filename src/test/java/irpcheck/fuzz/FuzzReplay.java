package irpcheck.fuzz;

import java.nio.file.Files;

/**
 * {@code FuzzReplay N...}: prints fuzz inputs by number, to look at a failure's input in full (the
 * test shows the first 800 characters). Run from the project's root with the test class path.
 */
final class FuzzReplay {
    private FuzzReplay() {
    }

    public static void main(String[] args) throws Exception {
        FrontEndFuzzer f = new FrontEndFuzzer(Files.createTempDirectory("fuzz"));
        for (String a : args) {
            FrontEndFuzzer.Input in = f.make(Long.parseLong(a));
            System.out.println("=== input " + a + " (" + in.text().length() + " chars, imports from " + in.folder() + ", defines "
                    + in.defines() + (in.bytes() != null ? ", read from a file as " + Bytes.show(in.bytes()) : "") + ")");
            System.out.println(in.text());
        }
    }
}
