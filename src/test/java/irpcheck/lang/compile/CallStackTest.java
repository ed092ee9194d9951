package irpcheck.lang.compile;

import irpcheck.model.Action;
import irpcheck.model.CallSite;
import irpcheck.model.TransitionSystem;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: every step knows, from its compilation, the calls that lead to it (routines are inlined per
 * call site), and whether it lies in a bundled library; statement texts keep no comment.
 */
class CallStackTest {

    private static TransitionSystem load(Path file) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(file, Map.of(), d);
        assertNotNull(m, () -> render(d));
        return m.system();
    }

    private static TransitionSystem load(String text) {
        Diagnostics d = new Diagnostics();
        CompiledModel m = new ModelLoader().load(new SourceFile("t.irp", text), null, Map.of(), d);
        assertNotNull(m, () -> render(d));
        return m.system();
    }

    private static String render(Diagnostics d) {
        StringBuilder sb = new StringBuilder();
        d.all().forEach(x -> sb.append(new irpcheck.source.DiagnosticRenderer().render(x)));
        return sb.toString();
    }

    private static String chain(Action a) {
        StringBuilder sb = new StringBuilder();
        for (CallSite c : a.stack()) {
            sb.append(c.caller()).append(' ').append(c.span().file().path()).append(':').append(c.span().line())
                    .append(c.library() ? " (lib)" : "").append(" -> ");
        }
        return sb.append(a.routine()).append(' ').append(a.span().file().path()).append(':').append(a.span().line())
                .append(a.library() ? " (lib)" : "").toString();
    }

    @Test
    void theCancelRoutineCompletingKnowsItsWholeChain() {
        TransitionSystem sys = load(Path.of("models/write5x.irp"));
        String canceller = sys.processes().stream().filter(p -> p.name().equals("Canceller")).findFirst().orElseThrow()
                .index() + "";
        List<String> chains = sys.actions().stream()
                .filter(a -> (a.process() + "").equals(canceller) && a.routine().equals("IoReleaseCancelSpinLock"))
                .map(CallStackTest::chain).distinct().toList();
        // The Canceller's thread cancels through IoCancelIrp, which calls the driver's cancel routine
        // through the reference it took; that routine releases the cancel spin lock.
        assertEquals(List.of("Canceller models/write5x.irp:267 -> IoCancelIrp <lib>/wdm.irp:91 (lib)"
                + " -> NdisProtCancelWrite models/write5x.irp:138 -> IoReleaseCancelSpinLock <lib>/wdm.irp:68 (lib)"), chains);
    }

    @Test
    void aThreadBodyStatementHasNoCalls() {
        TransitionSystem sys = load("""
                model m;
                var x: 0..3;
                routine Bump() { x = x + 1; }
                routine Twice() { Bump(); Bump(); }
                thread T { x = 1; Twice(); }
                """);
        List<String> chains = sys.actions().stream().map(CallStackTest::chain).toList();
        assertEquals(List.of("T t.irp:5", "T t.irp:5 -> Twice t.irp:4 -> Bump t.irp:3",
                "T t.irp:5 -> Twice t.irp:4 -> Bump t.irp:3"), chains);
        // two call sites, two stacks: the second Bump() is called from its own statement
        Action second = sys.actions().get(2);
        assertEquals("Bump();", second.stack().get(1).text());
        assertEquals(sys.actions().get(1).stack().get(1).span().start() + "Bump(); ".length(),
                second.stack().get(1).span().start());
        assertFalse(second.library());
    }

    @Test
    void aCommentInsideAMultiLineAtomicIsNotPartOfTheStatementsText() {
        TransitionSystem sys = load("""
                model m;
                var x: 0..3;
                var y: 0..3;
                thread T {
                    atomic {
                        x = 1;          // the first half
                        y = 2;          /* the second */
                    }
                }
                """);
        assertEquals("atomic { x = 1; y = 2; }", sys.actions().get(0).text());
        assertEquals("\"a // b\"", ProcessCompiler.withoutComments("\"a // b\""));
    }
}
