package irpcheck.lang.compile;

import irpcheck.model.Footprint;

/**
 * One location's footprint as {@link FootprintTable} prepared it: a fixed part (slots bounded without a
 * state), places resolved in the state asked about, and bounds the state answers (the objects free in
 * it, the locks held in it), with the slots the resolution reads ({@code keySlots}, for the cache; null
 * when not known). Immutable and thread-safe.
 */
record FootprintEntry(Footprint fixed, FootprintEntry.Dyn[] places, AccessLog.StateBound[] inState, int[] keySlots) {
    /**
     * A place resolved per state: directly ({@code slot < 0}), or, when it reads variable {@code slot}
     * that will by then hold a copy of another variable, once with {@code slot} set to each of
     * {@code roots}' values.
     */
    record Dyn(Place place, boolean read, int slot, int[] roots, Fresh[] fresh) {
        Dyn(Place place, boolean read, int slot, int[] roots) {
            this(place, read, slot, roots, new Fresh[0]);
        }

        /** The values variable {@code slot} may hold: its roots' current values and the fresh references. */
        int[] values(int[] state) {
            int n = roots.length;
            int[][] more = new int[fresh.length][];
            for (int i = 0; i < fresh.length; i++) {
                more[i] = fresh[i].candidates().apply(state);
                n += more[i].length;
            }
            int[] out = new int[n];
            int k = 0;
            for (int r : roots) {
                out[k++] = state[r];
            }
            for (int[] m : more) {
                System.arraycopy(m, 0, out, k, m.length);
                k += m.length;
            }
            return out;
        }
    }

    /** A reference a step allocates: one of the candidates a state gives (AccessLog#fresh). */
    record Fresh(java.util.function.Function<int[], int[]> candidates) { }

    FootprintEntry(Footprint fixed, Dyn[] places) {
        this(fixed, places, new AccessLog.StateBound[0], null);
    }

    Footprint resolve(int[] state) {
        if (fixed.unknown() || (places.length == 0 && inState.length == 0)) {
            return fixed;
        }
        Footprint.Builder out = new Footprint.Builder(fixed);
        int[] scratch = null;
        for (Dyn d : places) {
            int[] values = d.slot() < 0 ? null : d.values(state);
            int tries = values == null ? 1 : values.length;
            if (values != null && scratch == null) {
                scratch = state.clone();
            }
            for (int t = 0; t < tries; t++) {
                int slot;
                try {
                    if (values == null) {
                        slot = d.place().slot(state);
                    } else {
                        scratch[d.slot()] = values[t];
                        slot = d.place().slot(scratch);
                    }
                } catch (Halt h) {
                    // fails in this state: fall back to the place's bound
                    Footprint b = bound(Footprint.EMPTY, d);
                    if (b.unknown()) {
                        return Footprint.UNKNOWN;
                    }
                    out.add(b);
                    continue;
                } finally {
                    if (values != null) {
                        scratch[d.slot()] = state[d.slot()];
                    }
                }
                if (d.read()) {
                    out.read(slot);
                } else {
                    out.write(slot);
                }
            }
        }
        for (AccessLog.StateBound b : inState) {
            for (int r : b.reads().apply(state)) {
                out.read(r);
            }
            for (int w : b.writes().apply(state)) {
                out.write(w);
            }
        }
        return out.build();
    }

    private static Footprint bound(Footprint bounds, Dyn d) {
        int[] region = StaticPlace.regionOf(d.place());
        if (region == null) {
            return Footprint.UNKNOWN;
        }
        return bounds.union(d.read() ? new Footprint(region, new int[0], false)
                : new Footprint(new int[0], region, false));
    }

    /**
     * The places without repeats, in their order: one place object reaches several steps' logs (an
     * atomic block, a call's binding), and each resolution costs a walk of closures per state.
     */
    static Dyn[] distinct(java.util.List<Dyn> places) {
        java.util.Map<Place, java.util.List<Dyn>> byPlace = new java.util.IdentityHashMap<>();
        java.util.List<Dyn> out = new java.util.ArrayList<>();
        for (Dyn d : places) {
            java.util.List<Dyn> same = byPlace.computeIfAbsent(d.place(), k -> new java.util.ArrayList<>());
            boolean repeat = same.stream().anyMatch(o -> o.read() == d.read() && o.slot() == d.slot()
                    && java.util.Arrays.equals(o.roots(), d.roots()) && java.util.Arrays.equals(o.fresh(), d.fresh()));
            if (!repeat) {
                same.add(d);
                out.add(d);
            }
        }
        return out.toArray(Dyn[]::new);
    }
}
