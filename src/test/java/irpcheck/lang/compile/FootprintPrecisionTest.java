package irpcheck.lang.compile;

import irpcheck.model.Footprint;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reduction's footprints know about object lifetimes, on small compiled models. */
class FootprintPrecisionTest {

    private static TransitionSystem load(String text) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(new SourceFile("t.irp", text), null, Map.of(), d);
        assertNotNull(m, () -> d.toString());
        return m.system();
    }

    /** The state reached by taking, in order, the first enabled action of each listed process. */
    private static int[] run(TransitionSystem sys, int[] state, int... processes) {
        int[] s = state;
        for (int p : processes) {
            List<int[]> next = new ArrayList<>();
            int want = p;
            sys.successors(s, new SuccessorSink() {
                @Override
                public void successor(int actionId, int[] st) {
                    if (next.isEmpty() && sys.actions().get(actionId).process() == want) {
                        next.add(st.clone());
                    }
                }

                @Override
                public void violation(int actionId, Violation v) {
                    throw new AssertionError(v.message());
                }
            });
            s = next.get(0);
        }
        return s;
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

    @Test
    void aThreadThatHasNotAllocatedYetTouchesOnlyObjectsFreeNow() {
        TransitionSystem sys = load("""
                model t;
                struct Obj { F: 0..3; }
                pool Obj[2];
                system routine Alloc() -> Obj {
                    let o: Obj = new Obj;
                    return o;
                }
                thread A { let x: Obj = Alloc(); x.F = 1; }
                thread B { let y: Obj = Alloc(); y.F = 2; }
                """);
        int f1 = slot(sys, "Obj#1.F");
        int f2 = slot(sys, "Obj#2.F");
        int[] start = sys.initialState();
        assertTrue(touches(sys.futureFootprint(start, 1), f1), "both objects are free: B may get either");
        assertTrue(touches(sys.futureFootprint(start, 1), f2));
        int[] s = run(sys, start, 0, 0);
        assertEquals(1, s[slot(sys, "Obj#1.status")], "A allocated Obj#1");
        assertFalse(touches(sys.futureFootprint(s, 1), f1), "Obj#1 is live: B can only get Obj#2");
        assertTrue(touches(sys.futureFootprint(s, 1), f2));
        assertFalse(touches(sys.futureFootprint(s, 0), f2), "A writes the object it holds");
    }

    @Test
    void retiringCommutesWithSystemCodeButNotWithDriverCode() {
        TransitionSystem sys = load("""
                model t;
                struct Obj { F: 0..3; }
                pool Obj[1];
                var G: Obj;
                var X: 0..3;
                system routine Peek(o: Obj) { X = o.F; }
                routine Touch(o: Obj) { X = o.F; }
                system thread Setup { G = new Obj; }
                system thread Completer { await G != null; retire G as Done; }
                system thread Sys { await G != null; Peek(G); }
                thread Driver { await G != null; Touch(G); }
                """);
        int[] s = run(sys, sys.initialState(), 0);
        Footprint retire = sys.futureFootprint(s, 1);
        assertFalse(retire.conflictsWith(sys.futureFootprint(s, 2)), "system code may read a retired object");
        assertTrue(retire.conflictsWith(sys.futureFootprint(s, 3)), "driver code may not");
    }

    @Test
    void theNextStepResolvesThroughSharedReferencesInTheStateItIsTakenIn() {
        TransitionSystem sys = load("""
                model t;
                struct Obj { F: 0..3; }
                pool Obj[2];
                var G: Obj;
                system thread Setup { let a: Obj = new Obj; let b: Obj = new Obj; G = b; }
                thread T { await G != null; G.F = 1; }
                """);
        int[] s = run(sys, sys.initialState(), 0, 0, 0, 1);
        Footprint next = sys.currentFootprint(s, 1);
        assertTrue(touches(next, slot(sys, "Obj#2.F")));
        assertFalse(touches(next, slot(sys, "Obj#1.F")), "G holds Obj#2 now: G.F is Obj#2's field");
    }
}
