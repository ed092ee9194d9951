package irpcheck.report;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario of {@link FakeDriver} rendered in every format and compared with its golden file in
 * {@code src/test/resources/golden/report/}. Run with {@code UPDATE_GOLDEN=1} to rewrite the files
 * after an intended change, then review the diff.
 */
class GoldenReportTest {

    static final Path DIR = Path.of("src", "test", "resources", "golden", "report");

    static final Map<String, Function<RunInfo, String>> FORMATS = Map.of(
            "txt", TextReport::render, "json", JsonReport::render, "dot", DotReport::render);

    @TestFactory
    List<DynamicTest> goldenFiles() {
        boolean update = "1".equals(System.getenv("UPDATE_GOLDEN"));
        List<DynamicTest> tests = new ArrayList<>();
        new TreeMap<>(FakeDriver.scenarios()).forEach((name, run) ->
                new TreeMap<>(FORMATS).forEach((ext, renderer) -> {
                    Path file = DIR.resolve(name + "." + ext);
                    tests.add(DynamicTest.dynamicTest(file.getFileName().toString(),
                            () -> check(file, renderer.apply(run), update)));
                }));
        return tests;
    }

    private static void check(Path file, String actual, boolean update) throws IOException {
        if (update) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                file + " differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff");
    }
}
