package irpcheck.lang.compile;

import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;
import irpcheck.model.Violation;

/**
 * Lowers calls of built-in functions. Pure built-ins become {@link Ev}s; built-ins with effects
 * (list updates, interlocked operations) become Evs that change the state they are given, which is
 * always the successor being built. Not thread-safe; compile time only.
 */
final class BuiltinCompiler {
    private final Program program;
    private final Context ctx;
    private final ExprCompiler exprs;
    private final AccessLog log;

    BuiltinCompiler(Program program, Context ctx, ExprCompiler exprs, AccessLog log) {
        this.program = program;
        this.ctx = ctx;
        this.exprs = exprs;
        this.log = log;
    }

    private String name(Expr.Call c) {
        return ((Expr.Name) c.callee()).ident().name();
    }

    Ev pure(Expr.Call c) {
        String name = name(c);
        return switch (name) {
            case "contains" -> contains(c);
            case "len" -> {
                Place l = list(c);
                yield s -> s[l.slot(s)];
            }
            case "head" -> {
                Place l = list(c);
                yield s -> {
                    int base = l.slot(s);
                    return s[base] == 0 ? 0 : s[base + 1];
                };
            }
            case "held" -> {
                Place lock = exprs.place(c.args().get(0), false);
                log.read(lock);
                int me = ctx.process() + 1;
                yield s -> s[lock.slot(s)] == me ? 1 : 0;
            }
            case "holding_any" -> holdingAny();
            case "live" -> live(c);
            default -> effectful(c);
        };
    }

    private Place list(Expr.Call c) {
        Place l = exprs.place(c.args().get(0), false);
        log.read(l);
        return l;
    }

    private Ev contains(Expr.Call c) {
        Place l = list(c);
        Ev x = exprs.expr(c.args().get(1));
        return s -> {
            int base = l.slot(s);
            int v = x.eval(s);
            for (int i = 1; i <= s[base]; i++) {
                if (s[base + i] == v) {
                    return 1;
                }
            }
            return 0;
        };
    }

    private Ev holdingAny() {
        Program p = program;
        // Whether this thread holds a lock changes only by its own acquire and release, and by a free
        // or allocation that rewrites an object's lock field: another thread's acquire or release never
        // makes a slot equal to or different from this thread's id. So the step depends on the objects'
        // status slots (which free and allocation write) of the objects that hold locks, not on the
        // lock slots.
        Heap heap = program.heap;
        Program prog = program;
        int me = ctx.process() + 1;
        // in a given state, for the step taken there: only the objects whose lock this thread holds
        log.boundedInState(new AccessLog.StateBound(s -> heap.statusSlotsWithLockHeld(s, prog.lockSlots(), me),
                s -> new int[0], () -> heap.statusSlotsHoldingLocks(prog.lockSlots()), () -> new int[0], true));
        return s -> {
            for (int slot : p.lockSlots()) {
                if (s[slot] == me) {
                    return 1;
                }
            }
            return 0;
        };
    }

    private Ev live(Expr.Call c) {
        Ev ref = exprs.expr(c.args().get(0));
        Heap heap = program.heap;
        String struct = exprs.type(c.args().get(0)) instanceof Type.Ref r ? r.struct() : null;
        log.bounded(() -> heap.lifeSlots(struct), () -> new int[0]);
        return s -> {
            int r = ref.eval(s);
            return r != 0 && !Heap.stale(r) && s[heap.object(r).statusSlot()] == Heap.LIVE ? 1 : 0;
        };
    }

    /** A built-in with effects, as an Ev that performs them and returns the call's value. */
    Ev effectful(Expr.Call c) {
        return switch (name(c)) {
            case "append" -> append(c);
            case "remove" -> remove(c);
            case "pop" -> pop(c);
            case "exchange" -> exchange(c);
            case "compare_exchange" -> compareExchange(c);
            case "fetch_add" -> fetchAdd(c);
            default -> throw new IllegalStateException(name(c));
        };
    }

    private Place writtenList(Expr.Call c) {
        Place l = exprs.place(c.args().get(0), true);
        log.read(l);
        log.write(l);
        return l;
    }

    private Ev append(Expr.Call c) {
        Type.ListOf type = (Type.ListOf) exprs.type(c.args().get(0));
        Place l = writtenList(c);
        Ev x = exprs.convert(exprs.expr(c.args().get(1)), type.element(), exprs.type(c.args().get(1)),
                c.args().get(0).span().text());
        int capacity = type.capacity();
        String text = c.args().get(0).span().text();
        return s -> {
            int base = l.slot(s);
            int v = x.eval(s);
            if (s[base] == capacity) {
                throw new Halt(Violation.Kind.BOUNDS, "Bounds", "append to " + text + ", which is full (capacity " + capacity + ")");
            }
            s[base]++;
            s[base + s[base]] = v;
            return 0;
        };
    }

    private Ev remove(Expr.Call c) {
        Place l = writtenList(c);
        Ev x = exprs.expr(c.args().get(1));
        return s -> {
            int base = l.slot(s);
            int v = x.eval(s);
            int n = s[base];
            for (int i = 1; i <= n; i++) {
                if (s[base + i] == v) {
                    System.arraycopy(s, base + i + 1, s, base + i, n - i);
                    s[base + n] = 0;
                    s[base] = n - 1;
                    return 1;
                }
            }
            return 0;
        };
    }

    private Ev pop(Expr.Call c) {
        Place l = writtenList(c);
        return s -> {
            int base = l.slot(s);
            int n = s[base];
            if (n == 0) {
                return 0;
            }
            int head = s[base + 1];
            System.arraycopy(s, base + 2, s, base + 1, n - 1);
            s[base + n] = 0;
            s[base] = n - 1;
            return head;
        };
    }

    private Ev exchange(Expr.Call c) {
        Expr target = c.args().get(0);
        Type t = exprs.type(target);
        Place p = exprs.place(target, true);
        log.read(p);
        log.write(p);
        Ev x = exprs.convert(exprs.expr(c.args().get(1)), t, exprs.type(c.args().get(1)), target.span().text());
        return s -> {
            int slot = p.slot(s);
            int v = x.eval(s);
            int old = s[slot];
            s[slot] = v;
            return old;
        };
    }

    private Ev compareExchange(Expr.Call c) {
        Expr target = c.args().get(0);
        Type t = exprs.type(target);
        Place p = exprs.place(target, true);
        log.read(p);
        log.write(p);
        Ev expected = exprs.expr(c.args().get(1));
        Ev x = exprs.convert(exprs.expr(c.args().get(2)), t, exprs.type(c.args().get(2)), target.span().text());
        return s -> {
            int slot = p.slot(s);
            int old = s[slot];
            if (old == expected.eval(s)) {
                s[slot] = x.eval(s);
            }
            return old;
        };
    }

    private Ev fetchAdd(Expr.Call c) {
        Expr target = c.args().get(0);
        Type t = exprs.type(target);
        Place p = exprs.place(target, true);
        log.read(p);
        log.write(p);
        Ev n = exprs.expr(c.args().get(1));
        Ev sum = s -> {
            long v = (long) s[p.slot(s)] + n.eval(s);
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        };
        Ev checked = exprs.convert(sum, t, Type.Int.ANY, target.span().text());
        return s -> {
            int slot = p.slot(s);
            int old = s[slot];
            s[slot] = checked.eval(s);
            return old;
        };
    }
}
