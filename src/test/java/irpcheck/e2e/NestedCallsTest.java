package irpcheck.e2e;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Calls inside expressions: each call is its own steps, into a temporary, before the step of the
 * statement that uses its result, in C's order (operands left to right, arguments before the call);
 * {@code &&} and {@code ||} in a condition run their right side only when the left does not decide.
 * Each test lists a small model's reachable behaviours exactly.
 */
class NestedCallsTest {

    private static final String LOG = """
            model order;
            var log: list<1..3>[3];
            routine One() -> 0..1 { append(log, 1); return 1; }
            routine Two() -> 0..1 { append(log, 2); return 1; }
            routine Sum(a: 0..1, b: 0..1) -> 0..2 { append(log, 3); return a + b; }
            """;

    @Test
    void operandsRunLeftToRightAndArgumentsBeforeTheirCall() {
        Reachable r = Reachable.of(LOG + """
                var n: 0..3;
                thread T { n = Sum(One(), Two()) + 1; }
                """, "log", "n");
        assertEquals(Set.of("log=[1, 2, 3], n=3"), r.finals());
    }

    @Test
    void theRightOfAndRunsOnlyWhenTheLeftIsTrue() {
        Reachable r = Reachable.of(LOG + """
                var flag: bool;
                var took: 0..2;
                thread T {
                    if (flag && One() == 1) { took = 1; }
                    if (!flag || Two() == 1) { took += 1; }
                }
                """, "log", "took");
        assertEquals(Set.of("log=[], took=1"), r.finals());
    }

    @Test
    void aCallIsItsOwnStepsBeforeTheTest() {
        // Get's return reads c, the test reads c again: the writer can run in between
        Reachable r = Reachable.of("""
                model steps;
                var c: 0..1;
                var same: 0..2;
                routine Get() -> 0..1 { return c; }
                thread Reader { if (Get() == c) { same = 1; } else { same = 2; } }
                thread Writer { c = 1; }
                """, "same");
        assertEquals(Set.of("same=1", "same=2"), r.finals());
    }

    @Test
    void aLoopConditionCallsAgainOnEveryTest() {
        Reachable r = Reachable.of("""
                model loop;
                var k: 0..3;
                var n: 0..3;
                routine Next() -> 0..3 { k += 1; return k; }
                thread T { while (Next() < 3) { n += 1; } }
                """, "k", "n");
        assertEquals(Set.of("k=3, n=2"), r.finals());
    }

    @Test
    void anInterlockedExchangeInAConditionLetsOneThreadIn() {
        Reachable r = Reachable.of("""
                model testandset;
                var locked: bool;
                var inside: 0..2;
                thread T[2] { if (exchange(locked, true) == false) { inside += 1; } }
                """, "inside", "locked");
        assertEquals(Set.of("locked=true, inside=1"), r.finals());
    }

    @Test
    void aTemporaryIsZeroedOnceItsStatementHasReadIt() {
        // the coin's two results meet again after the if: 1 initial state, 2 before the test, 2 after it
        // (different branches), 1 once both branches set x; a temporary kept alive would make that 2
        Reachable r = Reachable.of("""
                model merge;
                var x: 0..1;
                routine Coin() -> 0..1 { either { return 0; } or { return 1; } }
                thread T { if (Coin() == 1) { x = 1; } else { x = 1; } }
                """, "x");
        assertEquals(Set.of("x=1"), r.finals());
        assertEquals(6, r.states());
    }

    @Test
    void aNestedCallsResultIsPassedOnAsAnArgument() {
        Reachable r = Reachable.of("""
                model args;
                struct Obj { Flag: bool; }
                pool Obj[1];
                routine Make() -> Obj { let o = new Obj; return o; }
                routine Mark(o: Obj) { o.Flag = true; }
                thread T { Mark(Make()); }
                """, "Obj#1.Flag");
        assertEquals(Set.of("Obj#1.Flag=true"), r.finals());
        assertEquals(4, r.states(), "the initial state, new, return, and the mark (which ends the thread)");
    }
}
