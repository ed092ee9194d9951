package irpcheck.e2e;

import irpcheck.explore.Result;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every fenced {@code irp} example of docs/language.md loads without a diagnostic, and checking it
 * gives what its {@code expect} line says: the reference's examples are tested models.
 */
class LanguageDocTest {
    private static final Pattern FENCE = Pattern.compile("```irp\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        String doc = Files.readString(Path.of("docs/language.md"));
        Matcher m = FENCE.matcher(doc);
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String text = m.group(1);
            int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 2;
            String name = "docs/language.md(example at line " + line + ")";
            tests.add(DynamicTest.dynamicTest(name, () -> check(new SourceFile(name, text))));
        }
        assertFalse(tests.isEmpty(), "no ```irp examples in docs/language.md");
        return tests.stream();
    }

    private static void check(SourceFile file) {
        CompiledModel model = Checks.load(file);
        Result result = Checks.explore(model, false);
        if (result.verdict() == irpcheck.explore.Verdict.HOLDS && !model.system().livenessProperties().isEmpty()) {
            result = new irpcheck.explore.LivenessSearch(model.system(), irpcheck.explore.ExploreOptions.defaults()).run();
        }
        assertEquals(model.expectation().describe(), Checks.outcome(result), file.path());
    }
}
