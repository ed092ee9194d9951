package irpcheck.lang.check;

import irpcheck.lang.compile.ModelLoader;
import irpcheck.source.Diagnostic;
import irpcheck.source.DiagnosticRenderer;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One dynamic test per {@code golden/check/NAME.irp} (files named {@code mod_*} are modules they
 * import): loading it through the whole front end must report exactly the diagnostics in
 * {@code NAME.expected}, and at least one. A first line {@code // -D NAME=VALUE} passes a constant
 * override. {@code UPDATE_GOLDEN=1} rewrites the expected files.
 */
class GoldenCheckTest {
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "check");
    private static final Pattern DEFINE = Pattern.compile("^// -D (\\w+)=(-?\\d+)");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".irp"))
                    .filter(p -> !p.getFileName().toString().startsWith("mod_")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        boolean update = "1".equals(System.getenv("UPDATE_GOLDEN"));
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, update)));
    }

    private static void check(Path input, boolean update) throws IOException {
        String name = input.getFileName().toString();
        String text = Files.readString(input);
        Map<String, Long> defines = new LinkedHashMap<>();
        Matcher m = DEFINE.matcher(text);
        if (m.find()) {
            defines.put(m.group(1), Long.parseLong(m.group(2)));
        }
        Diagnostics diagnostics = new Diagnostics();
        var model = new ModelLoader().load(new SourceFile("golden/check/" + name, text), DIR, defines, diagnostics);
        StringBuilder sb = new StringBuilder();
        DiagnosticRenderer renderer = new DiagnosticRenderer();
        for (Diagnostic d : diagnostics.all()) {
            sb.append(renderer.render(d).replace(DIR.toAbsolutePath().toString(), "golden/check")
                    .replace(DIR.toString(), "golden/check"));
        }
        String actual = sb.toString();
        Path expectedFile = input.resolveSibling(name.replaceFirst("\\.irp$", ".expected"));
        if (update) {
            Files.writeString(expectedFile, actual);
            return;
        }
        assertTrue(model == null && !actual.isEmpty(), name + " must be rejected with a diagnostic");
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile).replace("\r\n", "\n") : "<missing>";
        assertEquals(expected, actual, "diagnostics of " + name + " (regenerate with UPDATE_GOLDEN=1)");
    }
}
