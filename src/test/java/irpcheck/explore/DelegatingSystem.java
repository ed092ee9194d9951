package irpcheck.explore;

import irpcheck.model.Action;
import irpcheck.model.Footprint;
import irpcheck.model.Process;
import irpcheck.model.StateDecoder;
import irpcheck.model.StateLayout;
import irpcheck.model.SuccessorSink;
import irpcheck.model.TransitionSystem;
import irpcheck.model.Violation;

import java.util.List;

/** A system that forwards every call, for tests that override one method. Test only. */
class DelegatingSystem implements TransitionSystem {

    private final TransitionSystem inner;

    DelegatingSystem(TransitionSystem inner) {
        this.inner = inner;
    }

    @Override public String name() { return inner.name(); }
    @Override public StateLayout layout() { return inner.layout(); }
    @Override public int[] initialState() { return inner.initialState(); }
    @Override public List<Process> processes() { return inner.processes(); }
    @Override public List<Action> actions() { return inner.actions(); }
    @Override public void successors(int[] state, SuccessorSink sink) { inner.successors(state, sink); }
    @Override public boolean isFinal(int[] state) { return inner.isFinal(state); }
    @Override public Violation checkInvariants(int[] state) { return inner.checkInvariants(state); }
    @Override public Footprint footprint(int[] state, int actionId) { return inner.footprint(state, actionId); }
    @Override public StateDecoder decoder() { return inner.decoder(); }
}
