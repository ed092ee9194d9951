package irpcheck.fuzz;

import irpcheck.lang.compile.ModelLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fuzzer's starting points: every bundled model and example, both bundled libraries (also
 * rewritten as models, so that the checker and compiler see their bodies), and every golden parse and
 * check input. Immutable once built.
 */
record Seeds(List<Seed> all) {

    /** One seed file and the folder its imports are looked up in. */
    record Seed(String name, String text, Path folder) { }

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Seeds load() {
        List<Seed> seeds = new ArrayList<>();
        for (Path folder : List.of(Path.of("models"), Path.of("examples"), GOLDEN.resolve("parse"), GOLDEN.resolve("check"))) {
            addFolder(seeds, folder);
        }
        for (String lib : ModelLoader.BUNDLED) {
            String text = library(lib);
            seeds.add(new Seed("<lib>/" + lib + ".irp", text, null));
            seeds.add(new Seed("<lib>/" + lib + ".irp as a model", text.replaceFirst("\\bmodule\\s+" + lib + "\\s*;",
                    "model " + lib + "_as_model;"), null));
        }
        if (seeds.size() < 10) {
            throw new IllegalStateException("too few fuzz seeds (run from the project's root): " + seeds.size());
        }
        return new Seeds(List.copyOf(seeds));
    }

    private static void addFolder(List<Seed> seeds, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".irp")).sorted().toList()) {
                seeds.add(new Seed(f.toString(), Files.readString(f), folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String library(String name) {
        try (InputStream in = ModelLoader.class.getResourceAsStream("/irpcheck/lib/" + name + ".irp")) {
            if (in == null) {
                throw new IllegalStateException("bundled library " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
