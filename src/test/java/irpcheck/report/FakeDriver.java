package irpcheck.report;

import irpcheck.explore.Counterexample;
import irpcheck.explore.ExploreOptions;
import irpcheck.explore.Result;
import irpcheck.explore.Statistics;
import irpcheck.explore.TraceStep;
import irpcheck.explore.Verdict;
import irpcheck.model.Action;
import irpcheck.model.Footprint;
import irpcheck.model.NamedValue;
import irpcheck.model.ObjectView;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;
import irpcheck.model.StateLayout;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-written transition system shaped like the NDISPROT write path, with hand-built results, so
 * that the reports can be tested without the parser or the explorer. Only the parts reports use are
 * real: successors are never asked for.
 */
public final class FakeDriver implements TransitionSystem {

    public static final String TEXT = """
            model write;
            routine NdisProtWrite(irp: ptr Irp) {
                IoMarkIrpPending(irp);
                IoSetCancelRoutine(irp, NdisProtCancelWrite);
                irp.Status = "sent";
            }
            routine NdisProtCancelWrite(irp: ptr Irp) {
                IoCompleteRequest(irp);
            }
            thread App { let irp = IoBuildWrite(); NdisProtWrite(irp); }
            thread Canceller { IoCancelIrp(App.irp); }
            system thread IoManager { IoFreeIrp(App.irp); let again = IoBuildWrite(); }
            """;
    public static final SourceFile FILE = new SourceFile("models/write.irp", TEXT);

    /** Slots: App pc, Canceller pc, IoManager pc, App.irp, Irp#1 status, Cancel, Pending, CancelRoutine. */
    static final int APP = 0, CANCELLER = 1, IOMGR = 2, IRP = 3, STATUS = 4, CANCEL = 5, PENDING = 6, ROUTINE = 7;

    static final int BUILD = 0, MARK = 1, SET_CANCEL = 2, CANCEL_IRP = 3, COMPLETE = 4, WRITE_STATUS = 5,
            FREE_IRP = 6, REALLOC = 7;

    private final List<Action> actions = List.of(
            action(BUILD, 0, "App", "let irp = IoBuildWrite();", ""),
            action(MARK, 0, "NdisProtWrite", "IoMarkIrpPending(irp);", ""),
            action(SET_CANCEL, 0, "NdisProtWrite", "IoSetCancelRoutine(irp, NdisProtCancelWrite);", ""),
            action(CANCEL_IRP, 1, "Canceller", "IoCancelIrp(App.irp);", ""),
            action(COMPLETE, 1, "NdisProtCancelWrite", "IoCompleteRequest(irp);", ""),
            action(WRITE_STATUS, 0, "NdisProtWrite", "irp.Status = \"sent\";", ""),
            action(FREE_IRP, 2, "IoManager", "IoFreeIrp(App.irp);", ""),
            action(REALLOC, 2, "IoManager", "let again = IoBuildWrite();", ""));

    private static Action action(int id, int process, String routine, String text, String label) {
        int start = TEXT.indexOf(text);
        return new Action(id, process, routine, new Span(FILE, start, start + text.length()), text, label);
    }

    static Span spanOf(String text) {
        int start = TEXT.indexOf(text);
        return new Span(FILE, start, start + text.length());
    }

    @Override
    public String name() {
        return "write";
    }

    @Override
    public StateLayout layout() {
        List<StateLayout.Slot> slots = new ArrayList<>();
        for (String s : List.of("App.pc", "Canceller.pc", "IoManager.pc", "App.irp", "Irp#1", "Cancel", "Pending", "Routine")) {
            slots.add(new StateLayout.Slot(s, 0, 7));
        }
        return new StateLayout(slots);
    }

    @Override
    public int[] initialState() {
        return new int[8];
    }

    @Override
    public List<Process> processes() {
        return List.of(new Process(0, "App", false), new Process(1, "Canceller", false), new Process(2, "IoManager", true));
    }

    @Override
    public List<Action> actions() {
        return actions;
    }

    @Override
    public void successors(int[] state, SuccessorSink sink) {
        throw new UnsupportedOperationException("reports never explore");
    }

    @Override
    public boolean isFinal(int[] state) {
        return false;
    }

    @Override
    public Violation checkInvariants(int[] state) {
        return null;
    }

    @Override
    public Footprint footprint(int[] state, int actionId) {
        return Footprint.UNKNOWN;
    }

    @Override
    public StateDecoder decoder() {
        return new StateDecoder() {
            @Override
            public List<NamedValue> values(int[] s) {
                return List.of(new NamedValue("App.irp", s[IRP] == 0 ? "null" : "Irp#1"),
                        new NamedValue("Irp#1.Cancel", s[CANCEL] == 1 ? "true" : "false"),
                        new NamedValue("Irp#1.Pending", s[PENDING] == 1 ? "true" : "false"),
                        new NamedValue("Irp#1.CancelRoutine", s[ROUTINE] == 1 ? "NdisProtCancelWrite" : "null"));
            }

            @Override
            public List<ObjectView> objects(int[] s) {
                List<String> labels = new ArrayList<>();
                if (s[PENDING] == 1) {
                    labels.add("pending");
                }
                if (s[ROUTINE] == 1) {
                    labels.add("cancel routine set");
                }
                if (s[CANCEL] == 1) {
                    labels.add("cancelled");
                }
                ObjectView.Status status = ObjectView.Status.values()[s[STATUS]];
                return List.of(new ObjectView("Irp#1", status,
                        status == ObjectView.Status.RETIRED ? "UseAfterComplete" : "", labels));
            }

            @Override
            public String location(int[] s, int process) {
                return switch (process) {
                    case 0 -> s[APP] >= 4 ? "done" : "NdisProtWrite:" + (3 + s[APP]);
                    case 1 -> s[CANCELLER] >= 2 ? "done" : "Canceller:" + (11 + s[CANCELLER]);
                    default -> s[IOMGR] >= 2 ? "done" : "IoManager:12";
                };
            }
        };
    }

    // ---- hand-built traces -------------------------------------------------------------------------

    /** Applies slot assignments to a copy of a state: {@code with(s, IRP, 1, STATUS, 1)}. */
    static int[] with(int[] state, int... slotValues) {
        int[] next = state.clone();
        for (int i = 0; i < slotValues.length; i += 2) {
            next[slotValues[i]] = slotValues[i + 1];
        }
        return next;
    }

    static Statistics stats(long distinct) {
        return new Statistics(distinct * 3 + 7, distinct, 6, 0, Duration.ofMillis(1250));
    }

    /** The write path: build, mark pending, set the cancel routine, cancel, complete, then write: the crash. */
    public static Counterexample useAfterComplete() {
        List<TraceStep> steps = new ArrayList<>();
        int[] s = new int[8];
        steps.add(new TraceStep(-1, s));
        s = with(s, APP, 1, IRP, 1, STATUS, 1);
        steps.add(new TraceStep(BUILD, s));
        s = with(s, APP, 2, PENDING, 1);
        steps.add(new TraceStep(MARK, s));
        s = with(s, APP, 3, ROUTINE, 1);
        steps.add(new TraceStep(SET_CANCEL, s));
        s = with(s, CANCELLER, 1, CANCEL, 1, ROUTINE, 0);
        steps.add(new TraceStep(CANCEL_IRP, s));
        s = with(s, CANCELLER, 2, STATUS, 2, PENDING, 0);
        steps.add(new TraceStep(COMPLETE, s));
        steps.add(new TraceStep(WRITE_STATUS, s));
        Violation v = new Violation(Violation.Kind.USE_AFTER_RETIRE, "UseAfterComplete",
                "Irp#1 written in NdisProtWrite after IoCompleteRequest", spanOf("irp.Status = \"sent\";"));
        return new Counterexample(v, steps, true);
    }

    /** Completed, freed, reallocated by the I/O manager, then touched through App's stale reference. */
    public static Counterexample staleReference() {
        List<TraceStep> steps = new ArrayList<>(useAfterComplete().steps().subList(0, 6));
        int[] s = steps.get(5).state();
        s = with(s, IOMGR, 1, STATUS, 0, CANCEL, 0);
        steps.add(new TraceStep(FREE_IRP, s));
        s = with(s, IOMGR, 2, STATUS, 1);
        steps.add(new TraceStep(REALLOC, s));
        steps.add(new TraceStep(WRITE_STATUS, s));
        Violation v = new Violation(Violation.Kind.STALE_REFERENCE, "UseAfterFree",
                "Irp#1 written in NdisProtWrite through a stale reference", spanOf("irp.Status = \"sent\";"));
        return new Counterexample(v, steps, true);
    }

    /** The canceller waits for a completion that never comes. */
    public static Counterexample deadlock() {
        List<TraceStep> steps = new ArrayList<>(useAfterComplete().steps().subList(0, 3));
        Violation v = new Violation(Violation.Kind.DEADLOCK, "Deadlock",
                "no thread can move: App at NdisProtWrite:5, Canceller at Canceller:11", null);
        return new Counterexample(v, steps, false);
    }

    /** An invariant broken by the state the trace reaches. */
    public static Counterexample invariant() {
        List<TraceStep> steps = new ArrayList<>(useAfterComplete().steps().subList(0, 5));
        Violation v = new Violation(Violation.Kind.INVARIANT, "CancelledNotPending",
                "invariant CancelledNotPending broken", spanOf("model write;"));
        return new Counterexample(v, steps, false);
    }

    /** The scenarios the golden files cover, by name. */
    public static Map<String, RunInfo> scenarios() {
        FakeDriver sys = new FakeDriver();
        ExploreOptions defaults = ExploreOptions.defaults();
        ExploreOptions continueOpts = new ExploreOptions(true, 0, 0, null, true, Duration.ofSeconds(3));
        ExploreOptions limited = new ExploreOptions(false, 1000, 40, Duration.ofMinutes(5), false, Duration.ofSeconds(3));
        return Map.of(
                "use_after_complete", new RunInfo("write", "models/write.irp", sys,
                        new Result(Verdict.VIOLATION, stats(1234), List.of(useAfterComplete()), null),
                        "violation UseAfterComplete", defaults),
                "holds", new RunInfo("write", "models/write.irp", sys,
                        new Result(Verdict.HOLDS, stats(1_234_567), List.of(), null), "holds", defaults),
                "incomplete", new RunInfo("write", "models/write.irp", sys,
                        new Result(Verdict.INCOMPLETE, stats(1000), List.of(), "--max-states 1000 reached"),
                        "holds", limited),
                "deadlock", new RunInfo("write", "models/write.irp", sys,
                        new Result(Verdict.VIOLATION, stats(42), List.of(deadlock()), null), "(none)", defaults),
                "continue", new RunInfo("write", "models/write.irp", sys,
                        new Result(Verdict.VIOLATION, stats(5000), List.of(invariant(), staleReference()),
                                null), "violation UseAfterFree", continueOpts));
    }
}
