package irpcheck.lang.compile;

import irpcheck.model.Footprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Footprints for the reduction, prepared once after compilation. For each process location: what the
 * steps leaving it may touch (with the rest of their atomic blocks and the program counter), and what
 * every step reachable from it may touch, as {@link FootprintEntry}s. The steps leaving the location
 * resolve every place in the state asked about (they run in it); later steps resolve a place there when
 * its resolution reads only the process's own variables and no step on the way writes them other than
 * by copying another variable or storing a new object (a step on {@code irp.DriverContext[0]} with
 * {@code irp} a parameter bound before touches that IRP only), and take the place's bound otherwise.
 * Resolutions are remembered per location and key slots ({@link FootprintCache}). Immutable and
 * thread-safe.
 */
final class FootprintTable {


    private final FootprintEntry[][] current;
    private final FootprintEntry[][] future;
    /** Status and lock slots: what a place's resolution may read beyond its own variables. */
    private final int[] volatileSlots;
    private final FootprintCache cache;
    private final FootprintCache currentCache;
    /** The allocations whose references places may be resolved with (construction only). */
    private final List<FootprintEntry.Fresh> freshSources = new ArrayList<>();

    FootprintTable(List<ProcessCode> processes, AccessLog[] logs, int[] volatileSlots) {
        this.volatileSlots = volatileSlots.clone();
        this.cache = new FootprintCache(processes.size());
        this.currentCache = new FootprintCache(processes.size());
        current = new FootprintEntry[processes.size()][];
        future = new FootprintEntry[processes.size()][];
        for (int p = 0; p < processes.size(); p++) {
            new ProcessTables(processes.get(p), logs).fill(p);
        }
    }

    private int freshIndex(java.util.function.Function<int[], int[]> candidates) {
        for (int i = 0; i < freshSources.size(); i++) {
            if (freshSources.get(i).candidates() == candidates) {
                return i;
            }
        }
        freshSources.add(new FootprintEntry.Fresh(candidates));
        return freshSources.size() - 1;
    }

    Footprint current(int process, int node, int[] state) {
        return cached(currentCache, current[process][node], process, node, state);
    }

    Footprint future(int process, int node, int[] state) {
        return cached(cache, future[process][node], process, node, state);
    }

    private static Footprint cached(FootprintCache cache, FootprintEntry e, int process, int node, int[] state) {
        int[] key = e.keySlots();
        if (key == null || e.places().length == 0 && e.inState().length == 0) {
            return e.resolve(state);
        }
        Footprint f = cache.get(process, node, key, state);
        if (f == null) {
            f = e.resolve(state);
            cache.put(process, node, key, state, f);
        }
        return f;
    }

    /** The tables of one process. Not thread-safe; construction only. */
    private final class ProcessTables {
        private final ProcessCode code;
        /** The steps that may be taken, which the tables follow (a step never taken still tests its guard). */
        private final Edge[][] moves;
        private final AccessLog[] logs;
        private final int n;
        private final BitSet[] reach;
        private final Footprint[] statics;
        private final java.util.Map<Long, BitSet> afterWrite = new java.util.HashMap<>();
        private final java.util.Map<Long, BitSet> avoiding = new java.util.HashMap<>();

        ProcessTables(ProcessCode code, AccessLog[] logs) {
            this.code = code;
            this.moves = code.takenEdges();
            this.logs = logs;
            this.n = code.edges().length;
            this.statics = new Footprint[logs.length];
            this.reach = new BitSet[n];
            for (int node = 0; node < n; node++) {
                reach[node] = reachable(List.of(node), false);
            }
        }

        void fill(int p) {
            current[p] = new FootprintEntry[n];
            future[p] = new FootprintEntry[n];
            for (int node = 0; node < n; node++) {
                BitSet here = new BitSet();
                here.set(node);
                BitSet run = new BitSet();
                for (Edge e : moves[node]) {
                    if (code.atomic()[e.target()]) {
                        run.or(reachable(List.of(e.target()), true));
                    }
                }
                run.or(here);
                current[p][node] = entry(node, run);
                future[p][node] = entry(node, reach[node]);
            }
        }

        /** The footprint of every step leaving one of {@code nodes}, seen from {@code from}. */
        private FootprintEntry entry(int from, BitSet nodes) {
            Footprint fixed = pcFootprint();
            List<FootprintEntry.Dyn> dynamic = new ArrayList<>();
            List<AccessLog.StateBound> inState = new ArrayList<>();
            // The steps leaving {@code from} are taken in the very state asked about: every place they touch
            // resolves exactly there. (A step of another process that would change how one resolves writes
            // a slot the resolution reads, which is itself in the footprint.) When {@code from} may be
            // reached again, its later steps are bounded like any other.
            boolean again = loopsBack(from, nodes);
            for (int m = nodes.nextSetBit(0); m >= 0 && !fixed.unknown(); m = nodes.nextSetBit(m + 1)) {
                for (Edge e : code.edges()[m]) {
                    AccessLog log = logs[e.action()];
                    if (log.isUnknown()) {
                        return new FootprintEntry(Footprint.UNKNOWN, new FootprintEntry.Dyn[0]);
                    }
                    fixed = FootprintTable.union(fixed, log.boundsFootprint());
                    if (m == from) {
                        log.readPlaces().forEach(p -> dynamic.add(new FootprintEntry.Dyn(p, true, -1, null)));
                        log.writePlaces().forEach(p -> dynamic.add(new FootprintEntry.Dyn(p, false, -1, null)));
                        log.stateBounds().stream().filter(b -> !inState.contains(b)).forEach(inState::add);
                        if (!again) {
                            continue;
                        }
                    }
                    for (AccessLog.StateBound b : log.stateBounds()) {
                        if (b.nowOnly() && (m != from || again)) {
                            int[] r = b.readRegion().get();
                            int[] w = b.writeRegion().get();
                            fixed = r == null || w == null ? Footprint.UNKNOWN
                                    : FootprintTable.union(fixed, new Footprint(r, w, false));
                        } else if (!inState.contains(b)) {
                            inState.add(b);
                        }
                    }
                    fixed = split(from, m, e, log.readPlaces(), true, fixed, dynamic);
                    fixed = split(from, m, e, log.writePlaces(), false, fixed, dynamic);
                }
            }
            FootprintEntry.Dyn[] places = FootprintEntry.distinct(dynamic);
            return new FootprintEntry(fixed, places, inState.toArray(AccessLog.StateBound[]::new), keySlots(fixed, places));
        }

        /**
         * The slots the resolution of {@code places} (and of the state bounds) may read: the variables
         * their resolution reads and the roots they are resolved with, the objects' status slots (a
         * reference's target is checked against its status; allocations look for free objects) and the
         * lock slots (holding_any); null when a place reads slots that are not known in advance.
         */
        private int[] keySlots(Footprint fixed, FootprintEntry.Dyn[] places) {
            if (fixed.unknown()) {
                return null;
            }
            List<int[]> parts = new ArrayList<>();
            parts.add(volatileSlots);
            for (FootprintEntry.Dyn d : places) {
                int[] deps = StaticPlace.depsOf(d.place());
                if (deps == null) {
                    return null;
                }
                parts.add(deps);
                if (d.roots() != null) {
                    parts.add(d.roots());
                }
            }
            return FootprintCache.union(parts.toArray(int[][]::new));
        }

        /** Whether {@code from} can be reached again from one of its successors through {@code nodes}. */
        private boolean loopsBack(int from, BitSet nodes) {
            BitSet seen = new BitSet(n);
            ArrayDeque<Integer> work = new ArrayDeque<>();
            for (Edge e : moves[from]) {
                work.add(e.target());
            }
            while (!work.isEmpty()) {
                int node = work.pop();
                if (node == from) {
                    return true;
                }
                if (seen.get(node) || !nodes.get(node)) {
                    continue;
                }
                seen.set(node);
                for (Edge e : moves[node]) {
                    work.add(e.target());
                }
            }
            return false;
        }

        /** Places that resolve alike later go to {@code dynamic}; the others' bounds join the fixed part. */
        private Footprint split(int from, int m, Edge e, List<Place> places, boolean read, Footprint fixed,
                                List<FootprintEntry.Dyn> dynamic) {
            for (Place p : places) {
                FootprintEntry.Dyn d = dyn(from, m, e, p, read);
                if (d != null) {
                    dynamic.add(d);
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
         * How place {@code p}, read or written by edge {@code e} leaving {@code m}, resolves when seen from
         * {@code from}; null when it must take its bound. It may read only the process's own variables;
         * each must keep its current value until then, or (one of them at most) receive a copy of
         * variables that keep theirs.
         */
        private FootprintEntry.Dyn dyn(int from, int m, Edge e, Place p, boolean read) {
            int[] deps = StaticPlace.depsOf(p);
            if (deps == null) {
                return null;
            }
            int substituted = -1;
            int[] substitutes = null;
            for (int slot : deps) {
                int[] roots = roots(from, m, e.action(), slot, 0);
                if (roots == null) {
                    return null;
                }
                if (roots.length == 1 && roots[0] == slot) {
                    continue;
                }
                if (substituted >= 0) {
                    return null;
                }
                substituted = slot;
                substitutes = roots;
            }
            if (substitutes == null) {
                return new FootprintEntry.Dyn(p, read, substituted, null);
            }
            int[] slots = java.util.Arrays.stream(substitutes).filter(x -> x >= 0).toArray();
            FootprintEntry.Fresh[] fresh = java.util.Arrays.stream(substitutes).filter(x -> x < 0)
                    .mapToObj(x -> freshSources.get(-x - 1)).toArray(FootprintEntry.Fresh[]::new);
            return new FootprintEntry.Dyn(p, read, substituted, slots, fresh);
        }

        /**
         * The variables whose current values variable {@code slot} may hold when a place is read at node
         * {@code m}, after the binding of step {@code own} (when {@code own >= 0}); null when some step on
         * the way may write it otherwise than by copying a variable or storing a newly allocated reference
         * (a negative entry {@code -(k+1)}: fresh source k).
         */
        private int[] roots(int from, int m, int own, int slot, int depth) {
            if (depth > 16) {
                return null;
            }
            if (own >= 0 && writes(own, slot)) {
                int source = logs[own].copySource(slot);
                if (source >= 0) {
                    return roots(from, m, own, source, depth + 1);
                }
                java.util.function.Function<int[], int[]> fresh = logs[own].freshSource(slot);
                return fresh == null ? null : new int[] {-1 - freshIndex(fresh)};
            }
            if (!afterWrite(from, slot).get(m)) {
                return new int[] {slot};
            }
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
            if (avoiding(from, slot).get(m)) {
                out.add(slot);
            }
            BitSet r = reach[from];
            for (int u = r.nextSetBit(0); u >= 0; u = r.nextSetBit(u + 1)) {
                for (Edge w : moves[u]) {
                    if (writes(w.action(), slot) && reach[w.target()].get(m)) {
                        int[] sub = roots(from, u, w.action(), slot, depth + 1);
                        if (sub == null) {
                            return null;
                        }
                        for (int x : sub) {
                            out.add(x);
                        }
                    }
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The nodes reachable from {@code from} without taking a step that may write {@code slot}. */
        private BitSet avoiding(int from, int slot) {
            return avoiding.computeIfAbsent(((long) from << 32) | slot, k -> {
                BitSet seen = new BitSet(n);
                ArrayDeque<Integer> work = new ArrayDeque<>(List.of(from));
                while (!work.isEmpty()) {
                    int node = work.pop();
                    if (seen.get(node)) {
                        continue;
                    }
                    seen.set(node);
                    for (Edge e : moves[node]) {
                        if (!writes(e.action(), slot)) {
                            work.add(e.target());
                        }
                    }
                }
                return seen;
            });
        }

        /** The nodes reachable from {@code from} through a step that may write {@code slot}. */
        private BitSet afterWrite(int from, int slot) {
            return afterWrite.computeIfAbsent(((long) from << 32) | slot, k -> {
                BitSet out = new BitSet(n);
                BitSet r = reach[from];
                for (int u = r.nextSetBit(0); u >= 0; u = r.nextSetBit(u + 1)) {
                    for (Edge w : moves[u]) {
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
                for (Edge e : moves[node]) {
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
        return a.union(b);
    }
}
