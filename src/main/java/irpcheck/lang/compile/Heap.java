package irpcheck.lang.compile;

import irpcheck.lang.check.ResolvedModel;
import irpcheck.model.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pools and their objects: where each object's slots are, how references are encoded, and the
 * allocation, free and retire operations. A reference is 0 for null, else {@code 1 + 2*id + stale}:
 * one stale bit instead of a generation counter keeps the state space finite. An object's status slot
 * is 0 when free, 1 when live, {@code 2 + site} when retired by retire site {@code site}. Immutable once
 * compilation ends.
 *
 * <p>For footprints the status slot has two aspects: allocated or not (free and allocation change it; every
 * step that follows a reference depends on it, since a free makes the reference stale) and retired or not
 * (only retire and free change it; only driver code that follows a reference, {@code live()} and retire
 * itself depend on it). The second aspect gets a footprint slot of its own, numbered past the state's
 * slots ({@link #retiredSlot}), so that retiring an IRP commutes with system code reading it.
 */
final class Heap {
    static final int FREE = 0;
    static final int LIVE = 1;
    static final int RETIRED = 2;

    /** One pool object: its id, struct, name ({@code Irp#1}) and status slot (fields follow it). */
    record Obj(int id, ResolvedModel.StructDef struct, String name, int statusSlot, int fieldSlots) { }

    /** A retire statement: the rule it guards and the routine it is in. */
    record RetireSite(String rule, String routine) { }

    private final List<Obj> objects = new ArrayList<>();
    private final Map<String, List<Obj>> byStruct = new LinkedHashMap<>();
    private final List<RetireSite> retireSites = new ArrayList<>();
    private final List<Integer> refSlots = new ArrayList<>();
    private int[] refSlotArray = new int[0];
    private int aspectBase = -1;

    void addObject(ResolvedModel.StructDef struct, int statusSlot) {
        List<Obj> pool = byStruct.computeIfAbsent(struct.name(), k -> new ArrayList<>());
        Obj o = new Obj(objects.size(), struct, struct.name() + "#" + (pool.size() + 1), statusSlot, fieldSlots(struct));
        objects.add(o);
        pool.add(o);
    }

    List<Obj> objects() {
        return objects;
    }

    List<Obj> pool(String struct) {
        return byStruct.getOrDefault(struct, List.of());
    }

    /** The largest encoded reference value. */
    int maxRef() {
        return 2 * objects.size();
    }

    int retireSite(String rule, String routine) {
        retireSites.add(new RetireSite(rule, routine));
        return retireSites.size() - 1;
    }

    RetireSite site(int status) {
        return retireSites.get(status - RETIRED);
    }

    int retireSiteCount() {
        return retireSites.size();
    }

    /** The objects of a struct's pool, or every object for {@code null} (an untyped ptr). */
    List<Obj> poolOrAll(String struct) {
        return struct == null ? objects : pool(struct);
    }

    /** The status slots of a pool's objects (every object for {@code null}). */
    int[] statusSlots(String struct) {
        return poolOrAll(struct).stream().mapToInt(Obj::statusSlot).toArray();
    }

    /** Every slot (status and fields) of a pool's objects (every object for {@code null}). */
    int[] objectSlots(String struct) {
        return poolOrAll(struct).stream()
                .flatMapToInt(o -> java.util.stream.IntStream.rangeClosed(o.statusSlot(), o.statusSlot() + o.fieldSlots()))
                .toArray();
    }

    /** Every slot that holds a reference; valid after {@link #freeze()}. */
    int[] refSlots() {
        return refSlotArray.clone();
    }

    /** Registers a slot that holds a reference (so that freeing marks it stale). */
    void addRefSlot(int slot) {
        refSlots.add(slot);
    }

    /** Ends compilation; {@code stateSlots} is the state's size, past which the retired aspects are numbered. */
    void freeze(int stateSlots) {
        refSlotArray = refSlots.stream().mapToInt(Integer::intValue).toArray();
        aspectBase = stateSlots;
    }

    /**
     * The footprint slot (not a state slot) of an object's retired aspect, numbered past the state's slots;
     * valid after {@link #freeze}.
     */
    int retiredSlot(Obj o) {
        if (aspectBase < 0) {
            throw new IllegalStateException("retired aspects are numbered after compilation");
        }
        return aspectBase + o.id();
    }

    /** Both aspects of the status of a pool's objects: status slots, then retired aspects (every object for {@code null}). */
    int[] lifeSlots(String struct) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(statusSlots(struct)),
                java.util.Arrays.stream(retiredSlots(struct))).toArray();
    }

    /** The retired-aspect footprint slots of a pool's objects (every object for {@code null}). */
    int[] retiredSlots(String struct) {
        return poolOrAll(struct).stream().mapToInt(this::retiredSlot).toArray();
    }

    /** References to the objects of a pool that are free in state {@code s}. */
    int[] freeRefs(int[] s, String struct) {
        List<Obj> pool = poolOrAll(struct);
        int n = 0;
        for (Obj o : pool) {
            n += s[o.statusSlot()] == FREE ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (Obj o : pool) {
            if (s[o.statusSlot()] == FREE) {
                out[k++] = encode(o.id());
            }
        }
        return out;
    }

    /** Every slot (status and fields) of the objects of a pool that are free in state {@code s}. */
    int[] freeObjectSlots(int[] s, String struct) {
        List<Obj> pool = poolOrAll(struct);
        int n = 0;
        for (Obj o : pool) {
            n += s[o.statusSlot()] == FREE ? 1 + o.fieldSlots() : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (Obj o : pool) {
            if (s[o.statusSlot()] == FREE) {
                for (int i = 0; i <= o.fieldSlots(); i++) {
                    out[k++] = o.statusSlot() + i;
                }
            }
        }
        return out;
    }

    /** The status slots of the objects with a lock among {@code lockSlots} whose value in {@code s} is {@code owner}. */
    int[] statusSlotsWithLockHeld(int[] s, int[] lockSlots, int owner) {
        boolean any = false;
        for (int l : lockSlots) {
            any |= s[l] == owner;
        }
        return any ? statusSlotsWithLock(lockSlots, l -> s[l] == owner) : new int[0];
    }

    /** The status slots of the pools whose objects hold a lock among {@code lockSlots}. */
    int[] statusSlotsHoldingLocks(int[] lockSlots) {
        return statusSlotsWithLock(lockSlots, l -> true);
    }

    /** The status slots of the objects with a field among {@code lockSlots} that passes {@code which}. */
    private int[] statusSlotsWithLock(int[] lockSlots, java.util.function.IntPredicate which) {
        return objects.stream().filter(o -> {
            for (int l : lockSlots) {
                if (l > o.statusSlot() && l <= o.statusSlot() + o.fieldSlots() && which.test(l)) {
                    return true;
                }
            }
            return false;
        }).mapToInt(Obj::statusSlot).toArray();
    }

    static int encode(int id) {
        return 1 + 2 * id;
    }

    static int id(int ref) {
        return (ref - 1) >> 1;
    }

    static boolean stale(int ref) {
        return ref != 0 && ((ref - 1) & 1) == 1;
    }

    Obj object(int ref) {
        return objects.get(id(ref));
    }

    /** A reference's text: {@code null}, {@code Irp#1} or {@code Irp#1 (stale)}. */
    String show(int ref) {
        if (ref == 0) {
            return "null";
        }
        if (id(ref) >= objects.size()) {
            return "<bad reference " + ref + ">";
        }
        return object(ref).name() + (stale(ref) ? " (stale)" : "");
    }

    /** Takes the first free object of a pool (zeroed, initialised), or returns 0 when the pool is full. */
    int allocate(int[] s, String struct, int[] init) {
        for (Obj o : pool(struct)) {
            if (s[o.statusSlot()] == FREE) {
                System.arraycopy(init, 0, s, o.statusSlot() + 1, init.length);
                s[o.statusSlot()] = LIVE;
                return encode(o.id());
            }
        }
        return 0;
    }

    /** Whether the pool has a free object. */
    boolean hasFree(int[] s, String struct) {
        for (Obj o : pool(struct)) {
            if (s[o.statusSlot()] == FREE) {
                return true;
            }
        }
        return false;
    }

    /** Frees an object: zeroes its slots and makes every reference to it stale. */
    void free(int[] s, int ref) {
        Obj o = object(ref);
        int size = 1 + o.fieldSlots();
        java.util.Arrays.fill(s, o.statusSlot(), o.statusSlot() + size, 0);
        int live = encode(o.id());
        for (int slot : refSlotArray) {
            if (s[slot] == live) {
                s[slot] = live + 1;
            }
        }
    }

    static int fieldSlots(ResolvedModel.StructDef struct) {
        int n = 0;
        for (ResolvedModel.FieldDef f : struct.fields()) {
            n += f.type().slotCount();
        }
        return n;
    }

    /**
     * Checks that a reference may be followed by code of the given kind and returns the object's status
     * slot. {@code access} is "read" or "written"; {@code where} names the routine.
     */
    int deref(int[] s, int ref, boolean system, String access, String where) {
        if (ref == 0) {
            throw new Halt(Violation.Kind.NULL_DEREFERENCE, "NullDereference", () -> "null reference " + access + " in " + where);
        }
        Obj o = object(ref);
        if (stale(ref)) {
            boolean recycled = s[o.statusSlot()] != FREE;
            throw new Halt(Violation.Kind.STALE_REFERENCE, "UseAfterFree", () -> o.name() + " " + access + " in " + where
                    + " after it was freed" + (recycled ? " (its memory now holds a new " + o.struct().name() + ")" : ""));
        }
        int status = s[o.statusSlot()];
        if (status >= RETIRED && !system) {
            RetireSite site = site(status);
            throw new Halt(Violation.Kind.USE_AFTER_RETIRE, site.rule(), () -> o.name() + " " + access + " in " + where
                    + " after " + site.routine());
        }
        return o.statusSlot();
    }

    /** As {@link #deref} and then the retired-aspect footprint slot of the object followed. */
    int derefRetired(int[] s, int ref, boolean system, String access, String where) {
        deref(s, ref, system, access, where);
        return retiredSlot(object(ref));
    }
}
