package irpcheck.e2e;

import irpcheck.explore.ActionCoverage;
import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.report.RunInfo;
import irpcheck.report.Unexercised;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver statements no explored state executed, listed after a run. */
class UnexercisedTest {

    private static Unexercised run(CompiledModel m, boolean cont) {
        ExploreOptions options = new ExploreOptions(cont, 0, 0, null, true, null);
        ActionCoverage coverage = new ActionCoverage(m.system().actions().size(), SearchListener.NONE);
        Result result = new BreadthFirstSearch(m.system(), options, new ExactStateStore(m.system().layout().size()),
                ReductionPolicy.NONE, coverage).run();
        RunInfo run = new RunInfo(m.name(), m.file().path(), m.system(), result, m.expectation().describe(), options);
        return Unexercised.of(run, coverage::taken);
    }

    /** write5x never unbinds the adapter nor drops the open's last reference: those lines never run. */
    @Test
    void write5xNeverTakesTheUnboundPathNorFreesTheOpen() {
        Unexercised u = run(Checks.load(Path.of("models/write5x.irp"), Map.of()), true);
        assertFalse(u.searchStopped());
        List<String> never = u.never().stream().map(s -> s.span().line() + " " + s.text()).toList();
        assertEquals(List.of("95 release open.Lock;", "96 status = STATUS_INVALID_HANDLE;", "127 irp.IoStatus = status;",
                "213 free open;"), never);
        assertEquals(51, u.total());
        String text = u.render();
        assertTrue(text.startsWith("\nCoverage: 47 of 51 driver statements executed; never executed:\n"), text);
        assertTrue(text.contains("  models/write5x.irp:213  ndisprotDerefOpen  free open;\n"), text);
    }

    @Test
    void aBranchNeverTakenAndAnAtomicBlock() {
        CompiledModel m = Checks.load(new SourceFile("t.irp", """
                model t;
                var x: 0..3;
                thread T {
                    atomic { x = 1; x = x + 1; }
                    if (x == 3) {
                        x = 0;
                    }
                }
                expect holds;
                """));
        Unexercised u = run(m, false);
        assertEquals(List.of("x = 0;"), u.never().stream().map(Unexercised.Statement::text).toList());
        assertFalse(u.searchStopped());
        assertEquals("""

                Coverage: 3 of 4 driver statements executed; never executed:
                  t.irp:6  T  x = 0;
                """, u.render());
    }

    @Test
    void everythingRun() {
        Unexercised u = run(Checks.load(Path.of("examples/peterson.irp"), Map.of()), false);
        assertTrue(u.never().isEmpty());
        assertTrue(u.render().matches("\\nCoverage: (\\d+) of \\1 driver statements executed\\n"), u.render());
    }
}
