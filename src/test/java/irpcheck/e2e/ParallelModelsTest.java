package irpcheck.e2e;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.Expander;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.PackedStateStore;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.explore.parallel.WorkerPool;
import irpcheck.lang.compile.CompiledModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bundled model gives the same result with one worker and with three, with and without reduction (issue 5). */
class ParallelModelsTest {

    static Stream<Path> models() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("models")); Stream<Path> examples = Files.list(Path.of("examples"));
             Stream<Path> bench = Files.list(Path.of("bench"))) {
            return Stream.of(models, examples, bench).flatMap(s -> s.toList().stream())
                    .filter(p -> p.toString().endsWith(".irp")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void oneWorkerAndThreeGiveTheSameResult(Path file) {
        Map<String, Long> defines = file.endsWith("cancel.irp") ? Map.of("N", 2L) : Map.of();
        CompiledModel m = Checks.load(file, defines);
        for (int variant = 0; variant < 4; variant++) {
            boolean keepGoing = variant % 2 == 1;
            boolean reduce = variant >= 2;
            ExploreOptions options = new ExploreOptions(keepGoing, 200_000, 0, null, true, null);
            Result one = run(m, options, Expander.SEQUENTIAL, reduce);
            try (WorkerPool pool = new WorkerPool(3, 16)) {
                Result three = run(m, options, pool, reduce);
                assertEquals(one.verdict(), three.verdict());
                assertEquals(one.stopReason(), three.stopReason());
                var s = one.statistics();
                var t = three.statistics();
                assertEquals(List.of(s.generated(), s.distinct(), (long) s.depth(), s.queue()),
                        List.of(t.generated(), t.distinct(), (long) t.depth(), t.queue()));
                assertEquals(one.counterexamples().size(), three.counterexamples().size());
                for (int k = 0; k < one.counterexamples().size(); k++) {
                    var a = one.counterexamples().get(k);
                    var b = three.counterexamples().get(k);
                    assertEquals(a.violation(), b.violation());
                    assertEquals(a.steps().size(), b.steps().size());
                    for (int i = 0; i < a.steps().size(); i++) {
                        assertEquals(a.steps().get(i).actionId(), b.steps().get(i).actionId());
                        assertArrayEquals(a.steps().get(i).state(), b.steps().get(i).state());
                    }
                }
            }
        }
    }

    private static Result run(CompiledModel m, ExploreOptions options, Expander expander, boolean reduce) {
        return new BreadthFirstSearch(m.system(), options, new PackedStateStore(m.system().layout()),
                reduce ? new StubbornSetPolicy() : ReductionPolicy.NONE, SearchListener.NONE, expander).run();
    }
}
