package irpcheck.lang.syntax;

import irpcheck.source.Diagnostic;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The parser never throws and never loops, whatever the input: every prefix of a sizeable valid
 * model, mutated copies of it, and random token sequences (fixed seeds, printed on failure). Each
 * diagnostic must point inside the file. The timeout only guards against a hang.
 */
class ParserRobustnessTest {
    private static final Path SAMPLE = Path.of("src/test/resources/golden/parse/ok_all_constructs.irp");
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @Test
    void everyTruncationOfAValidModel() throws Exception {
        String text = Files.readString(SAMPLE);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int end = 0; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                boolean errors = parseChecked(prefix, "prefix of length " + end);
                // A cut inside the model (after its header, before the last declaration ends) must be noticed.
                if (end > 40 && end < text.lastIndexOf("expect") && !prefix.endsWith("}") && !prefix.endsWith(";")
                        && !prefix.endsWith("\n") && !prefix.endsWith(" ") && !errors && !inComment(prefix)) {
                    fail("no error for a model cut at " + end + ":\n" + prefix);
                }
            }
        });
    }

    @Test
    void randomCharacterMutationsOfAValidModel() throws Exception {
        String text = Files.readString(SAMPLE);
        String alphabet = "{}()[];:,.=<>!&|+-*/%@\"\\ \nax0_";
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (long seed = 1; seed <= 2000; seed++) {
                Random random = new Random(seed);
                StringBuilder sb = new StringBuilder(text);
                for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                    int at = random.nextInt(sb.length());
                    if (random.nextBoolean()) {
                        sb.deleteCharAt(at);
                    } else {
                        sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                parseChecked(sb.toString(), "mutation seed " + seed);
            }
        });
    }

    @Test
    void randomTokenSequences() {
        TokenKind[] kinds = TokenKind.values();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (long seed = 1; seed <= 4000; seed++) {
                Random random = new Random(seed);
                StringBuilder sb = new StringBuilder(random.nextInt(3) == 0 ? "" : "model m;\n");
                int length = 1 + random.nextInt(80);
                for (int i = 0; i < length; i++) {
                    sb.append(sampleText(kinds[random.nextInt(kinds.length)], random)).append(random.nextInt(8) == 0 ? "\n" : " ");
                }
                parseChecked(sb.toString(), "token seed " + seed);
            }
        });
    }

    /** Parses and checks the diagnostics' spans; returns whether there were errors. */
    private static boolean parseChecked(String text, String what) {
        SourceFile file = new SourceFile("r.irp", text);
        Diagnostics diagnostics = new Diagnostics();
        try {
            new Parser().parse(file, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parser threw on " + what + ":\n" + text, e);
        }
        for (Diagnostic d : diagnostics.all()) {
            assertTrue(d.span().file().equals(file) && d.span().end() <= text.length(),
                    () -> "span outside the file for " + what + ": " + d + "\n" + text);
        }
        return diagnostics.hasErrors();
    }

    private static boolean inComment(String prefix) {
        int line = prefix.lastIndexOf('\n');
        return prefix.substring(line + 1).contains("//") || prefix.lastIndexOf("/*") > prefix.lastIndexOf("*/");
    }

    private static String sampleText(TokenKind kind, Random random) {
        return switch (kind) {
            case IDENT -> new String[] {"x", "Irp", "holds", "violation", "deadlock", "show", "when", "L"}[random.nextInt(8)];
            case INT -> random.nextBoolean() ? "0" : "0x1F";
            case STRING -> "\"s\"";
            case EOF -> "";
            default -> kind.spelling;
        };
    }
}
