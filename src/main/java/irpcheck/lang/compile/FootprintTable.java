package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Footprints for the reduction, prepared once after compilation. For each process location: what the
 * steps leaving it may touch (with the rest of their atomic blocks), and what every step reachable from
 * it may touch. Each is a fixed part (slots bounded without a state: references may point at any object
 * of their pool) and a list of places resolved in the state asked about: those whose resolution reads
 * only the process's own variables that no step on the way writes (a step on {@code irp.DriverContext[0]}
 * with {@code irp} a parameter bound before, and not written since, touches that IRP only). Such a place
 * resolves later to the same slot, or fails (its reference became stale) and then touches nothing.
 * Immutable and thread-safe.
 */
final class FootprintTable {

    /** A fixed part and places resolved per state. Immutable. */
    private record Entry(Footprint fixed, Place[] reads, Place[] writes) {
        Footprint resolve(int[] state) {
            if (fixed.unknown() || (reads.length == 0 && writes.length == 0)) {
                return fixed;
            }
            List<Integer> extraReads = new ArrayList<>();
            List<Integer> extraWrites = new ArrayList<>();
            List<Place> unresolved = new ArrayList<>();
            resolveAll(reads, state, extraReads, unresolved);
            int readFallbacks = unresolved.size();
            resolveAll(writes, state, extraWrites, unresolved);
            Footprint f = new Footprint(concat(fixed.reads(), extraReads), concat(fixed.writes(), extraWrites), false);
            for (int i = 0; i < unresolved.size(); i++) {
                // resolution failed in this state: fall back to the place's bound
                int[] region = StaticPlace.regionOf(unresolved.get(i));
                if (region == null) {
                    return Footprint.UNKNOWN;
                }
                f = i < readFallbacks ? union(f, new Footprint(region, new int[0], false))
                        : union(f, new Footprint(new int[0], region, false));
            }
            return f;
        }

        private static void resolveAll(Place[] places, int[] state, List<Integer> out, List<Place> unresolved) {
            for (Place p : places) {
                try {
                    out.add(p.slot(state));
                } catch (Halt h) {
                    unresolved.add(p);
                }
            }
        }

        private static int[] concat(int[] a, List<Integer> b) {
            int[] out = java.util.Arrays.copyOf(a, a.length + b.size());
            for (int i = 0; i < b.size(); i++) {
                out[a.length + i] = b.get(i);
            }
            return out;
        }
    }

    private final Footprint[] actions;
    private final Entry[][] current;
    private final Entry[][] future;

    FootprintTable(List<ProcessCode> processes, AccessLog[] logs) {
        actions = new Footprint[logs.length];
        current = new Entry[processes.size()][];
        future = new Entry[processes.size()][];
        for (int p = 0; p < processes.size(); p++) {
            new ProcessTables(processes.get(p), logs).fill(p);
        }
        for (int a = 0; a < actions.length; a++) {
            if (actions[a] == null) {
                actions[a] = Footprint.UNKNOWN;
            }
        }
    }

    /** The state-independent footprint of an action, with its program counter and atomic continuation. */
    Footprint action(int action) {
        return actions[action];
    }

    Footprint current(int process, int node, int[] state) {
        return current[process][node].resolve(state);
    }

    Footprint future(int process, int node, int[] state) {
        return future[process][node].resolve(state);
    }

    /** The tables of one process. Not thread-safe; construction only. */
    private final class ProcessTables {
        private final ProcessCode code;
        private final AccessLog[] logs;
        private final int n;
        private final BitSet[] reach;
        private final Footprint[] statics;
        private final java.util.Map<Long, BitSet> afterWrite = new java.util.HashMap<>();

        ProcessTables(ProcessCode code, AccessLog[] logs) {
            this.code = code;
            this.logs = logs;
            this.n = code.edges().length;
            this.statics = new Footprint[logs.length];
            this.reach = new BitSet[n];
            for (int node = 0; node < n; node++) {
                reach[node] = reachable(List.of(node), false);
            }
        }

        void fill(int p) {
            current[p] = new Entry[n];
            future[p] = new Entry[n];
            for (int node = 0; node < n; node++) {
                BitSet here = new BitSet();
                here.set(node);
                BitSet run = new BitSet();
                for (Edge e : code.edges()[node]) {
                    if (code.atomic()[e.target()]) {
                        run.or(reachable(List.of(e.target()), true));
                    }
                }
                run.or(here);
                current[p][node] = entry(node, run);
                future[p][node] = entry(node, reach[node]);
            }
            for (int node = 0; node < n; node++) {
                for (Edge e : code.edges()[node]) {
                    Footprint f = FootprintTable.union(staticOf(e.action()), atomicStatic(e));
                    actions[e.action()] = FootprintTable.union(actions[e.action()], f);
                }
            }
        }

        /** The footprint of every step leaving one of {@code nodes}, seen from {@code from}. */
        private Entry entry(int from, BitSet nodes) {
            Footprint fixed = pcFootprint();
            List<Place> reads = new ArrayList<>();
            List<Place> writes = new ArrayList<>();
            for (int m = nodes.nextSetBit(0); m >= 0 && !fixed.unknown(); m = nodes.nextSetBit(m + 1)) {
                for (Edge e : code.edges()[m]) {
                    AccessLog log = logs[e.action()];
                    if (log.isUnknown()) {
                        return new Entry(Footprint.UNKNOWN, new Place[0], new Place[0]);
                    }
                    fixed = FootprintTable.union(fixed, log.boundsFootprint());
                    fixed = split(from, m, e, log.readPlaces(), true, fixed, reads);
                    fixed = split(from, m, e, log.writePlaces(), false, fixed, writes);
                }
            }
            return new Entry(fixed, reads.toArray(Place[]::new), writes.toArray(Place[]::new));
        }

        /** Places that resolve alike later go to {@code dynamic}; the others' bounds join the fixed part. */
        private Footprint split(int from, int m, Edge e, List<Place> places, boolean read, Footprint fixed,
                                List<Place> dynamic) {
            for (Place p : places) {
                int[] deps = StaticPlace.depsOf(p);
                if (deps != null && stable(from, m, e, deps)) {
                    dynamic.add(p);
                    continue;
                }
                int[] region = StaticPlace.regionOf(p);
                if (region == null) {
                    return Footprint.UNKNOWN;
                }
                fixed = FootprintTable.union(fixed, read ? new Footprint(region, new int[0], false)
                        : new Footprint(new int[0], region, false));
            }
            return fixed;
        }

        /**
         * True when no step on any path from {@code from} to edge {@code e} (leaving {@code m}), nor
         * {@code e} itself, may write one of {@code deps}.
         */
        private boolean stable(int from, int m, Edge e, int[] deps) {
            for (int slot : deps) {
                if (writes(e.action(), slot) || afterWrite(from, slot).get(m)) {
                    return false;
                }
            }
            return true;
        }

        /** The nodes reachable from {@code from} through a step that may write {@code slot}. */
        private BitSet afterWrite(int from, int slot) {
            return afterWrite.computeIfAbsent(((long) from << 32) | slot, k -> {
                BitSet out = new BitSet(n);
                BitSet r = reach[from];
                for (int u = r.nextSetBit(0); u >= 0; u = r.nextSetBit(u + 1)) {
                    for (Edge w : code.edges()[u]) {
                        if (writes(w.action(), slot)) {
                            out.or(reach[w.target()]);
                        }
                    }
                }
                return out;
            });
        }

        private boolean writes(int action, int slot) {
            Footprint f = staticOf(action);
            return f.unknown() || java.util.Arrays.binarySearch(f.writes(), slot) >= 0;
        }

        private Footprint staticOf(int action) {
            if (statics[action] == null) {
                statics[action] = logs[action].staticFootprint();
            }
            return statics[action];
        }

        private Footprint atomicStatic(Edge first) {
            Footprint f = pcFootprint();
            if (!code.atomic()[first.target()]) {
                return f;
            }
            BitSet run = reachable(List.of(first.target()), true);
            for (int m = run.nextSetBit(0); m >= 0; m = run.nextSetBit(m + 1)) {
                for (Edge e : code.edges()[m]) {
                    f = FootprintTable.union(f, staticOf(e.action()));
                }
            }
            return f;
        }

        private Footprint pcFootprint() {
            return new Footprint(new int[] {code.pcSlot()}, new int[] {code.pcSlot()}, false);
        }

        /** Nodes reachable from {@code starts} (included); with {@code atomicOnly}, through atomic nodes only. */
        private BitSet reachable(List<Integer> starts, boolean atomicOnly) {
            BitSet seen = new BitSet(n);
            ArrayDeque<Integer> work = new ArrayDeque<>(starts);
            while (!work.isEmpty()) {
                int node = work.pop();
                if (seen.get(node) || (atomicOnly && !code.atomic()[node])) {
                    continue;
                }
                seen.set(node);
                for (Edge e : code.edges()[node]) {
                    work.add(e.target());
                }
            }
            return seen;
        }
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
