package irpcheck.lang.compile;

import irpcheck.lang.syntax.Stmt;
import irpcheck.model.Violation;

import java.util.List;

/**
 * Lowers the statements that act on locks and object lifetimes: acquire, release, free, retire.
 * Not thread-safe.
 */
final class LockCompiler {
    private final ProcessCompiler pc;

    LockCompiler(ProcessCompiler pc) {
        this.pc = pc;
    }

    /** Enabled while the lock is free, or held by this thread (which is then a discipline violation). */
    int acquire(Stmt.Acquire a, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Place lock = pc.exprs(f, log).place(a.lock(), true);
        log.read(lock);
        log.write(lock);
        int me = pc.process + 1;
        String text = a.lock().span().text();
        String who = pc.name;
        Guard free = s -> {
            int owner = s[lock.slot(s)];
            return owner == 0 || owner == me;
        };
        Effect take = s -> {
            int slot = lock.slot(s);
            if (s[slot] == me) {
                throw new Halt(Violation.Kind.LOCK_DISCIPLINE, "LockDiscipline", who + " acquires " + text
                        + ", which it already holds (a spin lock is not recursive: this hangs the CPU)");
            }
            s[slot] = me;
        };
        return pc.step(entry, free, take, f, a, "", log);
    }

    int release(Stmt.Release r, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Place lock = pc.exprs(f, log).place(r.lock(), true);
        log.read(lock);
        log.write(lock);
        int me = pc.process + 1;
        String text = r.lock().span().text();
        String who = pc.name;
        Effect give = s -> {
            int slot = lock.slot(s);
            if (s[slot] != me) {
                throw new Halt(Violation.Kind.LOCK_DISCIPLINE, "LockDiscipline", who + " releases " + text
                        + ", which it does not hold");
            }
            s[slot] = 0;
        };
        return pc.step(entry, Guard.ALWAYS, give, f, r, "", log);
    }

    int free(Stmt.Free fr, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Ev ref = pc.exprs(f, log).expr(fr.object());
        Heap heap = pc.program.heap;
        String struct = structOf(pc.exprs(f, log).type(fr.object()));
        // The object's slots. Freeing also marks every reference to the object stale; that rewrites
        // reference slots everywhere, but commutes with every step that only copies, compares or
        // null-tests references, and a step that follows one reads the object's status, which the free
        // writes (docs/design.md, "Partial-order reduction"). So the reference slots are left out.
        if (struct == null) {
            log.bounded(() -> heap.objectSlots(null), () -> heap.objectSlots(null));
            log.bounded(() -> heap.retiredSlots(null), () -> heap.retiredSlots(null));
        } else {
            for (Place p : pc.exprs(f, new AccessLog()).objectPlaces(fr.object(), struct, "freed")) {
                log.read(p);
                log.write(p);
            }
        }
        boolean system = f.ctx().system();
        String where = f.ctx().where();
        Effect e = s -> {
            int r = ref.eval(s);
            heap.deref(s, r, system, "freed", where);
            heap.free(s, r);
        };
        return pc.step(entry, Guard.ALWAYS, e, f, fr, "", log);
    }

    int retire(Stmt.Retire rt, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Ev ref = pc.exprs(f, log).expr(rt.object());
        Heap heap = pc.program.heap;
        String struct = structOf(pc.exprs(f, log).type(rt.object()));
        // Retiring changes only the status's retired aspect (live to retired): allocation and the
        // reference checks of system code do not tell the two apart (Heap)
        if (struct == null) {
            log.bounded(() -> heap.lifeSlots(null), () -> heap.retiredSlots(null));
        } else {
            List<Place> places = pc.exprs(f, new AccessLog()).objectPlaces(rt.object(), struct, "retired");
            log.read(places.get(0));
            log.read(places.get(places.size() - 1));
            log.write(places.get(places.size() - 1));
        }
        int status = Heap.RETIRED + heap.retireSite(rt.rule().name(), f.ctx().where());
        boolean system = f.ctx().system();
        String where = f.ctx().where();
        Effect e = s -> {
            int r = ref.eval(s);
            int slot = heap.deref(s, r, system, "retired", where);
            if (s[slot] == Heap.LIVE) {
                s[slot] = status;
            }
        };
        return pc.step(entry, Guard.ALWAYS, e, f, rt, "", log);
    }

    /** The struct a reference expression's type names, or null for an untyped ptr or null. */
    static String structOf(irpcheck.lang.check.Type t) {
        return t instanceof irpcheck.lang.check.Type.Ref r ? r.struct() : null;
    }
}
