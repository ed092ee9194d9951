package irpcheck.e2e;

import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Valid end states: a thread blocked for good at a statement labelled {@code end...} counts as finished,
 * so a service thread waiting for work is no deadlock; blocked anywhere else, it still is.
 */
class EndLabelTest {

    private static String service(String label, String clients) {
        return """
                model service;
                var queued: 0..2;
                var served: 0..2;
                routine Serve() {
                    while (true) {
                        %s: await queued > 0;
                        queued -= 1;
                        served += 1;
                    }
                }
                system thread Worker { Serve(); }
                thread Client[2] { %s }
                """.formatted(label, clients);
    }

    private static String outcome(String text) {
        return Checks.outcome(Checks.explore(Checks.load(new SourceFile("service.irp", text)), false));
    }

    @Test
    void aServiceIdlingAtAnEndLabelInARoutineIsNoDeadlock() {
        assertEquals("holds", outcome(service("end", "queued += 1;")));
        assertEquals("holds", outcome(service("end_idle", "queued += 1;")));
    }

    @Test
    void anyOtherLabelLeavesTheDeadlock() {
        assertEquals("deadlock", outcome(service("idle", "queued += 1;")));
    }

    @Test
    void aClientBlockedElsewhereIsStillADeadlock() {
        assertEquals("deadlock", outcome(service("end", "queued += 1; await served == 3;")));
    }
}
