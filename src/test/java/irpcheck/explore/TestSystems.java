package irpcheck.explore;

import java.util.List;
import java.util.Random;

/** Hand-built transition systems for the explorer's tests. Test only. */
final class TestSystems {

    private TestSystems() { }

    /** Peterson's mutual exclusion for two processes; shared flag0, flag1, turn at slots 2, 3, 4. */
    static ProgramSystem peterson() {
        List<ProgramSystem.Instr> program = List.of(
                (s, p) -> { s[2 + p] = 1; return 1; },
                (s, p) -> { s[4] = 1 - p; return 2; },
                (s, p) -> s[2 + (1 - p)] == 0 || s[4] == p ? 3 : -1,
                (s, p) -> { s[2 + p] = 0; return 0; });
        return new ProgramSystem("peterson", 2, new int[3], program, s -> s[0] == 3 && s[1] == 3, "Mutex");
    }

    /** Test-then-set: each process waits for the other's flag to drop, then raises its own (too late). */
    static ProgramSystem brokenMutex() {
        List<ProgramSystem.Instr> program = List.of(
                (s, p) -> s[2 + (1 - p)] == 0 ? 1 : -1,
                (s, p) -> { s[2 + p] = 1; return 2; },
                (s, p) -> { s[2 + p] = 0; return 0; });
        return new ProgramSystem("broken", 2, new int[2], program, s -> s[0] == 2 && s[1] == 2, "Mutex");
    }

    /**
     * Two processes take two locks (shared slots 2 and 3) and release them, then finish. With
     * {@code inverted}, process 1 takes them in the other order and the two can deadlock.
     */
    static ProgramSystem locks(boolean inverted) {
        List<ProgramSystem.Instr> program = List.of(
                (s, p) -> acquire(s, first(p, inverted), 1),
                (s, p) -> acquire(s, second(p, inverted), 2),
                (s, p) -> { s[second(p, inverted)] = 0; return 3; },
                (s, p) -> { s[first(p, inverted)] = 0; return 4; });
        return new ProgramSystem(inverted ? "locks-inverted" : "locks", 2, new int[2], program, s -> false, "None");
    }

    private static int acquire(int[] s, int slot, int next) {
        if (s[slot] != 0) {
            return -1;
        }
        s[slot] = 1;
        return next;
    }

    private static int first(int p, boolean inverted) {
        return inverted && p == 1 ? 3 : 2;
    }

    private static int second(int p, boolean inverted) {
        return inverted && p == 1 ? 2 : 3;
    }

    /** A random graph: {@code nodes} nodes, up to {@code maxOut} edges each, a few bad and final nodes. */
    static GraphSystem randomGraph(long seed, int nodes, int maxOut, boolean withViolations) {
        Random random = new Random(seed);
        GraphSystem.Builder b = GraphSystem.builder(nodes);
        for (int n = 0; n < nodes; n++) {
            int out = random.nextInt(maxOut + 1);
            for (int k = 0; k < out; k++) {
                b.edge(n, random.nextInt(8), random.nextInt(nodes));
            }
            if (random.nextInt(4) == 0) {
                b.finalNode(n);
            }
            if (withViolations && n > 0 && random.nextInt(40) == 0) {
                b.bad(n, "Bad" + random.nextInt(3));
            }
            if (withViolations && random.nextInt(60) == 0) {
                b.actionViolation(n, 8 + random.nextInt(2), "Assert" + random.nextInt(2));
            }
        }
        return b.build();
    }
}
