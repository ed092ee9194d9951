package irpcheck.e2e;

import irpcheck.explore.Counterexample;
import irpcheck.explore.Result;
import irpcheck.explore.TraceStep;
import irpcheck.lang.compile.CompiledModel;
import irpcheck.model.Action;
import irpcheck.model.TransitionSystem;
import irpcheck.report.Interleaving;
import irpcheck.report.RunInfo;
import irpcheck.report.TextReport;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fewest context switches among equivalent traces, and the racing pair. */
class InterleavingTest {

    private static String thread(TransitionSystem s, TraceStep step) {
        return s.processes().get(s.actions().get(step.actionId()).process()).name();
    }

    private static List<String> threads(TransitionSystem s, Counterexample cx) {
        return cx.steps().stream().skip(1).map(step -> thread(s, step)).toList();
    }

    /** B must set the flag before A can finish; the search interleaves, the equivalent trace runs B first. */
    @Test
    void switchesAreCut() {
        CompiledModel m = Checks.load(new SourceFile("sw.irp", """
                model sw;
                var a: 0..3;
                var b: 0..3;
                var flag: bool;
                thread A { a = 1; await flag; a = 2; a = 3; }
                thread B { b = 1; flag = true; b = 2; b = 3; }
                thread C { await a == 3 && b == 3; assert Never: false : "both done"; }
                expect violation Never;
                """));
        Counterexample found = Checks.explore(m, false).counterexamples().get(0);
        TransitionSystem s = m.system();
        assertEquals(4, Interleaving.switches(s, found), threads(s, found).toString());
        Counterexample better = Interleaving.fewestSwitches(s, found);
        assertEquals(2, Interleaving.switches(s, better));
        assertEquals(List.of("B", "B", "B", "B", "A", "A", "A", "A", "C", "C"), threads(s, better));
        assertEquals(found.violation(), better.violation());
        String text = TextReport.render(new RunInfo("sw", "sw.irp", s, new Result(Checks.explore(m, false).verdict(),
                Checks.explore(m, false).statistics(), List.of(better), null), "violation Never"));
        assertTrue(text.contains("Threads: B 1-4, A 5-8, C 9-10 (2 context switches)\n"), text);
    }

    /** write5x: send-complete's IoCompleteRequest races the cancel routine's read of DriverContext[0]. */
    @Test
    void write5xRace() {
        CompiledModel m = Checks.load(Path.of("models/write5x.irp"), Map.of());
        TransitionSystem s = m.system();
        Counterexample cx = Interleaving.fewestSwitches(s, Checks.explore(m, false).counterexamples().get(0));
        int[] race = Interleaving.race(s, cx);
        assertNotNull(race);
        Action first = s.actions().get(cx.steps().get(race[0]).actionId());
        Action second = s.actions().get(cx.steps().get(race[1]).actionId());
        assertEquals("IoCompleteRequest", first.routine());
        assertEquals("Miniport", s.processes().get(first.process()).name());
        assertEquals("NdisProtCancelWrite", second.routine());
        assertTrue(second.text().contains("irp.DriverContext[0]"), second.text());
        assertEquals(cx.steps().size() - 1, race[1]);
        String text = TextReport.render(new RunInfo(m.name(), "models/write5x.irp", s,
                Interleaving.fewestSwitches(s, Checks.explore(m, false)), m.expectation().describe()));
        assertTrue(text.contains("Threads: App 1-29, Canceller 30-36, Miniport 37-54, Canceller 55 (3 context switches)\n"), text);
        assertTrue(text.contains("Race:    step 54  Miniport   IoCompleteRequest    <lib>/wdm.irp:105 "), text);
        assertTrue(text.contains("         step 55  Canceller  NdisProtCancelWrite  models/write5x.irp:141  let open: Open = irp.DriverContext[0];\n"), text);
    }

    /** On every model, the simplified trace is a permutation of the found one, never has more switches, and ends the same. */
    @TestFactory
    List<DynamicTest> everyTraceStaysEquivalent() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : ReplayTest.models()) {
            tests.add(DynamicTest.dynamicTest(file.toString(), () -> {
                CompiledModel m = Checks.load(file, Map.of());
                for (Counterexample cx : Checks.explore(m, true).counterexamples()) {
                    Counterexample better = Interleaving.fewestSwitches(m.system(), cx);
                    assertTrue(Interleaving.switches(m.system(), better) <= Interleaving.switches(m.system(), cx));
                    assertEquals(cx.steps().size(), better.steps().size());
                    assertArrayEquals(sortedActions(cx), sortedActions(better));
                    assertArrayEquals(cx.steps().get(cx.steps().size() - 1).state(),
                            better.steps().get(better.steps().size() - 1).state());
                    assertEquals(cx.steps().get(cx.steps().size() - 1).actionId(),
                            better.steps().get(better.steps().size() - 1).actionId());
                }
            }));
        }
        return tests;
    }

    private static int[] sortedActions(Counterexample cx) {
        int[] ids = cx.steps().stream().mapToInt(TraceStep::actionId).toArray();
        Arrays.sort(ids);
        return ids;
    }
}
