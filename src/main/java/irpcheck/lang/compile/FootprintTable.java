package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * State-independent footprints for the reduction, computed once after compilation: per action (with its
 * program counter and the rest of its atomic block), per process location (every step that may leave
 * it) and per process location's future (every step reachable from it in the control graph). They
 * over-approximate what any state can resolve to: references may point at any object of their pool.
 * Immutable and thread-safe.
 */
final class FootprintTable {
    private final Footprint[] actions;
    private final Footprint[][] current;
    private final Footprint[][] future;

    FootprintTable(List<ProcessCode> processes, AccessLog[] logs) {
        Footprint[] own = new Footprint[logs.length];
        for (int a = 0; a < logs.length; a++) {
            own[a] = logs[a].staticFootprint();
        }
        actions = new Footprint[logs.length];
        current = new Footprint[processes.size()][];
        future = new Footprint[processes.size()][];
        for (int p = 0; p < processes.size(); p++) {
            ProcessCode code = processes.get(p);
            for (Edge[] edges : code.edges()) {
                for (Edge e : edges) {
                    actions[e.action()] = union(actions[e.action()], withPc(atomicRun(code, e, own), code.pcSlot()));
                }
            }
            current[p] = new Footprint[code.edges().length];
            for (int node = 0; node < code.edges().length; node++) {
                Footprint f = Footprint.EMPTY;
                for (Edge e : code.edges()[node]) {
                    f = union(f, actions[e.action()]);
                }
                current[p][node] = f;
            }
            future[p] = futures(code, current[p]);
        }
        for (int a = 0; a < actions.length; a++) {
            if (actions[a] == null) {
                actions[a] = Footprint.UNKNOWN;
            }
        }
    }

    Footprint action(int action) {
        return actions[action];
    }

    Footprint current(int process, int node) {
        return current[process][node];
    }

    Footprint future(int process, int node) {
        return future[process][node];
    }

    /** The edge's own footprint and, when it enters an atomic block, every step inside that block. */
    private static Footprint atomicRun(ProcessCode code, Edge first, Footprint[] own) {
        Footprint f = own[first.action()];
        BitSet seen = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (code.atomic()[first.target()]) {
            work.add(first.target());
        }
        while (!work.isEmpty()) {
            int node = work.pop();
            if (seen.get(node)) {
                continue;
            }
            seen.set(node);
            for (Edge e : code.edges()[node]) {
                f = union(f, own[e.action()]);
                if (code.atomic()[e.target()]) {
                    work.add(e.target());
                }
            }
        }
        return f;
    }

    /** For each node, the union of the current footprints of every node reachable from it. */
    private static Footprint[] futures(ProcessCode code, Footprint[] current) {
        int n = code.edges().length;
        Footprint[] out = new Footprint[n];
        for (int start = 0; start < n; start++) {
            BitSet seen = new BitSet(n);
            ArrayDeque<Integer> work = new ArrayDeque<>();
            work.add(start);
            Footprint f = Footprint.EMPTY;
            while (!work.isEmpty() && !f.unknown()) {
                int node = work.pop();
                if (seen.get(node)) {
                    continue;
                }
                seen.set(node);
                f = union(f, current[node]);
                for (Edge e : code.edges()[node]) {
                    work.add(e.target());
                }
            }
            out[start] = f;
        }
        return out;
    }

    private static Footprint withPc(Footprint f, int pcSlot) {
        return union(f, new Footprint(new int[] {pcSlot}, new int[] {pcSlot}, false));
    }

    static Footprint union(Footprint a, Footprint b) {
        if (a == null) {
            return b;
        }
        if (a.unknown() || b.unknown()) {
            return Footprint.UNKNOWN;
        }
        return new Footprint(concat(a.reads(), b.reads()), concat(a.writes(), b.writes()), false);
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
