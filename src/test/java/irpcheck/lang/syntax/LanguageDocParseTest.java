package irpcheck.lang.syntax;

import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fenced {@code irp} example of docs/language.md parses without a syntax error. */
class LanguageDocParseTest {
    private static final Pattern FENCE = Pattern.compile("```irp\\n(.*?)```", Pattern.DOTALL);

    @Test
    void examplesInTheLanguageReferenceParse() throws Exception {
        String doc = Files.readString(Path.of("docs/language.md"));
        Matcher m = FENCE.matcher(doc);
        int examples = 0;
        while (m.find()) {
            examples++;
            Diagnostics d = new Diagnostics();
            new Parser().parse(new SourceFile("docs/language.md#example" + examples, m.group(1)), d);
            int n = examples;
            assertEquals(0, d.count(), () -> "example " + n + ": " + d.all());
        }
        assertTrue(examples > 0, "no ```irp examples found");
    }
}
