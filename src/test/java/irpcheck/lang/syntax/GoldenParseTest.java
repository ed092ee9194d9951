package irpcheck.lang.syntax;

import irpcheck.source.Diagnostic;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One dynamic test per {@code golden/parse/NAME.irp}: parsing it must report exactly the diagnostics
 * rendered in {@code NAME.expected}. With the environment variable {@code UPDATE_GOLDEN=1} the
 * expected files are rewritten instead (review the diff before committing it).
 */
class GoldenParseTest {
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "parse");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".irp")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        boolean update = "1".equals(System.getenv("UPDATE_GOLDEN"));
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, update)));
    }

    private static void check(Path input, boolean update) throws IOException {
        String name = input.getFileName().toString();
        String actual = render(new SourceFile("golden/parse/" + name, Files.readString(input)));
        Path expectedFile = input.resolveSibling(name.replaceFirst("\\.irp$", ".expected"));
        if (update) {
            Files.writeString(expectedFile, actual);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile).replace("\r\n", "\n") : "<missing>";
        assertEquals(expected, actual, "diagnostics of " + name + " (regenerate with UPDATE_GOLDEN=1)");
    }

    /** Every diagnostic of parsing {@code file}, rendered in report order. */
    static String render(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics();
        new Parser().parse(file, diagnostics);
        DiagnosticRenderer renderer = new DiagnosticRenderer();
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            sb.append(renderer.render(d));
        }
        return sb.toString();
    }
}
