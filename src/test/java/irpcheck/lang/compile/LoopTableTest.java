package irpcheck.lang.compile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The control-graph components behind the cycle proviso's "this step closes no cycle". */
class LoopTableTest {

    private static Edge to(int target) {
        return new Edge(0, null, null, null, target);
    }

    @Test
    void stepsInsideALoopMayCloseACycleAndStepsLeavingItMayNot() {
        // 0 -> 1 -> 2 -> 1 (a loop of 1 and 2), 2 -> 3 (leaving it), 3 -> 4, and 4 -> 4 (spinning in place)
        Edge[][] edges = {{to(1)}, {to(2)}, {to(1), to(3)}, {to(4)}, {to(4)}};
        ProcessCode code = new ProcessCode("T", false, 0, 0, 4, edges, new boolean[5], new String[5], new boolean[5]);
        LoopTable loops = new LoopTable(List.of(code));
        assertTrue(loops.sameComponent(0, 1, 2));
        assertTrue(loops.sameComponent(0, 2, 1));
        assertTrue(loops.sameComponent(0, 4, 4));
        assertFalse(loops.sameComponent(0, 0, 1));
        assertFalse(loops.sameComponent(0, 2, 3));
        assertFalse(loops.sameComponent(0, 3, 4));
    }

    @Test
    void aLongRingIsOneComponentWithoutOverflowingTheStack() {
        int n = 200_000;
        Edge[][] edges = new Edge[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new Edge[] {to((i + 1) % n)};
        }
        int[] comp = LoopTable.components(edges);
        for (int i = 1; i < n; i++) {
            assertTrue(comp[i] == comp[0], "one ring, one component");
        }
    }
}
