package irpcheck.e2e;

import irpcheck.model.NamedValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code thread var}: one slot per thread, which the routines running on a thread read and write by
 * the variable's name, and other code reads as {@code Thread[i].x}. Each test lists a small model's
 * reachable behaviours exactly.
 */
class ThreadVarTest {

    private static final String HEADER = """
            model irql;
            enum KIRQL { PASSIVE_LEVEL, APC_LEVEL, DISPATCH_LEVEL }
            thread var Irql: KIRQL = PASSIVE_LEVEL;
            """;

    @Test
    void aRoutineWritesTheSlotOfTheThreadItRunsOn() {
        Reachable r = Reachable.of(HEADER + """
                var seen: KIRQL[2];
                routine Raise() { Irql = DISPATCH_LEVEL; }
                thread T[2] {
                    if (self == 0) { Raise(); }
                    seen[self] = Irql;
                }
                """, "seen[0]", "seen[1]", "T[0].Irql", "T[1].Irql");
        // with a global instead, T[1] could see DISPATCH_LEVEL when T[0] raised first
        assertEquals(Set.of("seen[0]=DISPATCH_LEVEL, seen[1]=PASSIVE_LEVEL, T[0].Irql=DISPATCH_LEVEL,"
                + " T[1].Irql=PASSIVE_LEVEL"), r.finals());
    }

    @Test
    void everyThreadStartsWithTheInitialValue() {
        Reachable r = Reachable.of("""
                model start;
                thread var Depth: 1..3 = 2;
                thread A { Depth -= 1; }
                system thread B { Depth += 1; }
                """, "A.Depth", "B.Depth");
        assertEquals(Set.of("A.Depth=1, B.Depth=3"), r.finals());
        assertEquals(4, r.states(), "two independent one-step threads: 2 x 2 states");
    }

    @Test
    void invariantsReadEachThreadsSlotByName() {
        Reachable r = Reachable.of(HEADER + """
                routine Raise() { Irql = DISPATCH_LEVEL; }
                routine Lower() { Irql = PASSIVE_LEVEL; }
                thread T[2] { Raise(); Lower(); }
                invariant NotBoth: !(T[0].Irql == DISPATCH_LEVEL && T[1].Irql == DISPATCH_LEVEL);
                """, "T[0].Irql", "T[1].Irql");
        assertEquals(Set.of("T[0].Irql=PASSIVE_LEVEL, T[1].Irql=PASSIVE_LEVEL"), r.finals());
        assertEquals(Set.of("NotBoth: invariant NotBoth is false"), r.violations());
        assertEquals(9, r.states());
    }

    @Test
    void aThreadIndexOutOfRangeIsABoundsViolation() {
        Reachable r = Reachable.of(HEADER + """
                var k: 0..2;
                thread T[2] { k = self + 1; }
                invariant Low: T[k].Irql == PASSIVE_LEVEL;
                """);
        assertEquals(Set.of("Low: invariant Low cannot be evaluated: thread index 2 out of bounds for T"), r.violations());
    }

    @Test
    void theReportNamesTheSlotAfterItsThread() {
        var model = Checks.load(new irpcheck.source.SourceFile("m.irp", HEADER + """
                routine Raise() { Irql = DISPATCH_LEVEL; assert Irql == PASSIVE_LEVEL : "raised"; }
                thread Dpc { Raise(); }
                """));
        var cx = Checks.explore(model, false).counterexamples().get(0);
        assertEquals("raised", cx.violation().message());
        var values = model.system().decoder().values(cx.steps().get(1).state());
        assertEquals(List.of(new NamedValue("Dpc.Irql", "DISPATCH_LEVEL")), values);
    }
}
