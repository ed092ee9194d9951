package irpcheck.lang.compile;

import irpcheck.explore.BreadthFirstSearch;
import irpcheck.explore.ExactStateStore;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.ReductionPolicy;
import irpcheck.explore.Result;
import irpcheck.explore.SearchListener;
import irpcheck.explore.StubbornSetPolicy;
import irpcheck.model.Footprint;
import irpcheck.model.TransitionSystem;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 6: what a constant rules out costs the reduction nothing. An invariant made true by a
 * constant makes no step visible, and a branch a constant rules out puts nothing in the footprints.
 */
class ConstantFoldingTest {

    private static TransitionSystem load(String text, Map<String, Long> defines) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(new SourceFile("t.irp", text), null, defines, d);
        assertNotNull(m, () -> d.toString());
        return m.system();
    }

    private static int slot(TransitionSystem sys, String name) {
        for (int i = 0; i < sys.layout().size(); i++) {
            if (sys.layout().slots().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no slot " + name);
    }

    private static boolean touches(Footprint f, int slot) {
        return Arrays.stream(f.reads()).anyMatch(x -> x == slot) || Arrays.stream(f.writes()).anyMatch(x -> x == slot);
    }

    private static Result explore(TransitionSystem sys, ReductionPolicy policy) {
        ExploreOptions all = new ExploreOptions(true, 0, 0, null, true, null);
        return new BreadthFirstSearch(sys, all, new ExactStateStore(sys.layout().size()), policy, SearchListener.NONE).run();
    }

    private static final String CHECKED = """
            model t;
            const CHECK = 1;
            var a: 0..3;
            var b: 0..3;
            thread A { a = 1; a = 2; a = 3; }
            thread B { b = 1; b = 2; b = 3; }
            invariant Small: CHECK == 0 || a + b < 7;
            expect holds;
            """;

    @Test
    void anInvariantMadeTrueByAConstantMakesNoStepVisible() {
        TransitionSystem off = load(CHECKED, Map.of("CHECK", 0L));
        assertArrayEquals(new int[0], off.invariantReads(), "CHECK == 0 holds: the invariant reads nothing");
        TransitionSystem on = load(CHECKED, Map.of());
        assertTrue(Arrays.stream(on.invariantReads()).anyMatch(s -> s == slot(on, "a")));
        // every step of A and B writes what the checked invariant reads: no reduction; unchecked, one order
        assertEquals(16, explore(on, new StubbornSetPolicy()).statistics().distinct());
        assertEquals(16, explore(off, ReductionPolicy.NONE).statistics().distinct());
        assertEquals(7, explore(off, new StubbornSetPolicy()).statistics().distinct());
    }

    private static final String FIXED = """
            model t;
            const FIXED = 0;
            struct Obj { F: 0..3; }
            pool Obj[1];
            var g: Obj;
            var y: 0..3;
            var z: 0..3;
            var w: 0..3;
            system thread Setup { g = new Obj; }
            thread T {
                await g != null;
                if (y == 0 && FIXED == 0) { z = 1; }
                if (FIXED == 0 && y == 0) { w = 1; }
                if (g.F == 0 && FIXED == 0) { z = 2; }
                while (FIXED == 0 && y == 1) { w = 2; }
            }
            """;

    @Test
    void aBranchRuledOutByAConstantPutsNothingInTheFootprints() {
        TransitionSystem fixed = load(FIXED, Map.of("FIXED", 1L));
        int[] s = fixed.initialState();
        int thread = 1;
        Footprint future = fixed.futureFootprint(s, thread);
        assertFalse(touches(future, slot(fixed, "z")), "both branches writing z are ruled out: " + future);
        assertFalse(touches(future, slot(fixed, "w")), "so are the loop and the branch writing w: " + future);
        assertFalse(touches(future, slot(fixed, "y")), "y == 0 && false is false without reading y");
        assertTrue(touches(future, slot(fixed, "Obj#1.F")), "g.F is still read: it may halt on a null g");
        TransitionSystem open = load(FIXED, Map.of());
        Footprint all = open.futureFootprint(open.initialState(), thread);
        assertTrue(touches(all, slot(open, "z")) && touches(all, slot(open, "w")) && touches(all, slot(open, "y")));
    }

    @Test
    void aGuardThatIsFalseButMayHaltStillReportsTheHalt() {
        // g is null when T tests g.F: the step is never taken, but its guard still breaks the rule
        TransitionSystem sys = load("""
                model t;
                const FIXED = 1;
                struct Obj { F: 0..3; }
                pool Obj[1];
                var g: Obj;
                var z: 0..3;
                thread T { if (g.F == 0 && FIXED == 0) { z = 1; } }
                """, Map.of());
        Result r = explore(sys, new StubbornSetPolicy());
        assertEquals("NullDereference", r.counterexamples().get(0).violation().rule());
    }
}
