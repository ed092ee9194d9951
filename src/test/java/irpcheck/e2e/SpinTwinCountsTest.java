package irpcheck.e2e;

import irpcheck.explore.Result;
import irpcheck.explore.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The examples written as twins of the Promela models in ../shared/peers reach exactly SPIN's state
 * counts, and SPIN's transition count minus one (SPIN counts storing the initial state as a
 * transition). The figures are SPIN's, from the peers' README; the test also checks that README still
 * says them when the shared folder is beside the project.
 */
class SpinTwinCountsTest {
    private static final Path PEERS = Path.of("..", "shared", "peers", "README.md");

    @ParameterizedTest(name = "{0} {1}={2}: {3} states, {4} SPIN transitions")
    @CsvSource({
        "peterson,     -, 0, 20, 35",
        "philosophers, N, 3, 26, 52",
        "philosophers, N, 4, 80, 213",
        "philosophers, N, 5, 242, 806",
        "philosophers, N, 6, 728, 2911",
        "philosophers, N, 7, 2186, 10200",
        "philosophers, N, 12, 531440, 4251517",
    })
    void reachesSpinsCounts(String example, String constant, long value, long states, long spinTransitions) {
        Map<String, Long> defines = constant.equals("-") ? Map.of() : Map.of(constant, value);
        var model = Checks.load(Path.of("examples", example + ".irp"), defines);
        Result result = Checks.explore(model, true);
        assertEquals(states, result.statistics().distinct(), "distinct states");
        assertEquals(spinTransitions - 1, result.statistics().generated(), "transitions");
        assertEquals(result.statistics().queue(), 0);
        assertEquals(example.equals("peterson") ? Verdict.HOLDS : Verdict.VIOLATION, result.verdict());
    }

    @ParameterizedTest(name = "counters N={0} M={1}")
    @CsvSource({"2, 4", "3, 5", "4, 8"})
    void countersReachMToTheN(long n, long m) {
        var model = Checks.load(Path.of("examples", "counters.irp"), Map.of("N", n, "M", m));
        Result result = Checks.explore(model, false);
        long states = (long) Math.pow(m, n);
        assertEquals(states, result.statistics().distinct());
        assertEquals(n * states, result.statistics().generated());
    }

    @Test
    void thePeersReadmeSaysTheseFigures() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(PEERS),
                "skipped: " + PEERS.toAbsolutePath().normalize() + " is not there (the shared folder is not beside the project)");
        String readme = Files.readString(PEERS).replace(",", "");
        assertEquals(List.of("20", "35"), row(readme, "peterson.pml"));
        assertEquals(List.of("26 / 80 / 242 / 728 / 2186 / 531440", "52 / 213 / 806 / 2911 / 10200 / 4251517"),
                row(readme, "philosophers.pml"));
    }

    private static List<String> row(String readme, String model) {
        Matcher m = Pattern.compile("^\\| " + Pattern.quote(model) + " \\|[^|]*\\| ([^|]*) \\| ([^|]*) \\|", Pattern.MULTILINE)
                .matcher(readme);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            out.add(m.group(1).trim());
            out.add(m.group(2).trim());
        }
        return out;
    }
}
