package irpcheck.lang.compile;

import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.ThreadSlot;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;
import irpcheck.model.Violation;

/**
 * Lowers expressions to {@link Ev} closures and places to {@link Place} closures for one context,
 * recording every place it touches in an {@link AccessLog}. Not thread-safe; compile time only. The
 * closures it returns are immutable and thread-safe.
 */
final class ExprCompiler {
    private final Program program;
    private final Context ctx;
    private final AccessLog log;

    ExprCompiler(Program program, Context ctx, AccessLog log) {
        this.program = program;
        this.ctx = ctx;
        this.log = log;
    }

    Type type(Expr e) {
        return program.typer(ctx).type(e);
    }

    Type rightSideType(Expr e) {
        return program.typer(ctx).rightSide(e);
    }

    /** A variable by name: a local, then the running thread's thread variable, then a global; null for none. */
    private Scope.Var variable(String name) {
        Scope.Var v = ctx.scope().find(name);
        if (v == null) {
            v = program.threadVar(ctx.process(), name);
        }
        return v != null ? v : program.globals.find(name);
    }

    Ev expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> constant((int) i.value());
            case Expr.BoolLit b -> constant(b.value() ? 1 : 0);
            case Expr.NullLit n -> constant(0);
            case Expr.Self s -> constant(ctx.self());
            case Expr.Name n -> name(n);
            case Expr.Field f -> load(place(f, false));
            case Expr.Index i -> load(place(i, false));
            case Expr.Call c -> new BuiltinCompiler(program, ctx, this, log).pure(c);
            case Expr.At a -> at(a);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.StringLit s -> throw new IllegalStateException("string in expression");
            case Expr.New n -> throw new IllegalStateException("new in expression");
        };
    }

    static Ev constant(int v) {
        return new Ev.Const(v);
    }

    private Ev load(Place p) {
        log.read(p);
        return s -> s[p.slot(s)];
    }

    private Ev name(Expr.Name n) {
        String name = n.ident().name();
        Scope.Var v = variable(name);
        if (v != null) {
            return load(fixed(v.slot()));
        }
        ResolvedModel model = program.model;
        if (model.consts().containsKey(name)) {
            return constant(model.consts().get(name).intValue());
        }
        for (Type.Enum en : model.enums().values()) {
            int ordinal = en.members().indexOf(name);
            if (ordinal >= 0) {
                return constant(ordinal);
            }
        }
        return constant(program.routineValue(name));
    }

    static Place fixed(int slot) {
        return new StaticPlace(s -> slot, () -> new int[] {slot}, new int[0]);
    }

    /** The place an lvalue denotes; {@code write} says how an access is named in messages. */
    Place place(Expr e, boolean write) {
        return switch (e) {
            case Expr.Name n -> fixed(variable(n.ident().name()).slot());
            case Expr.Field f -> field(f, write);
            case Expr.Index i -> index(i, write);
            default -> throw new IllegalStateException("not a place: " + e);
        };
    }

    private Place field(Expr.Field f, boolean write) {
        ThreadSlot slot = program.typer(ctx).threadSlot(f);
        if (slot != null) {
            return threadVariable(slot);
        }
        Type.Ref ref = (Type.Ref) type(f.target());
        ResolvedModel.FieldDef fd = program.model.structs().get(ref.struct()).field(f.field().name());
        Ev target = expr(f.target());
        int offset = fd.offset();
        Heap heap = program.heap;
        boolean system = ctx.system();
        String access = (write ? "written" : "read") + " (" + f.field().name() + ")";
        String where = ctx.where();
        Place place = s -> heap.deref(s, target.eval(s), system, access, where) + offset;
        // following a reference reads the object's status as well: whether it was freed (its
        // allocated aspect, the status slot) and, in driver code only, whether it was retired (its
        // retired aspect, see Heap)
        String owner = ref.struct();
        log.read(new StaticPlace(s -> heap.deref(s, target.eval(s), system, access, where),
                () -> heap.statusSlots(owner), localDeps(f.target())));
        if (!system) {
            log.read(new StaticPlace(s -> heap.derefRetired(s, target.eval(s), false, access, where),
                    () -> heap.retiredSlots(owner), localDeps(f.target())));
        }
        String struct = ref.struct();
        return new StaticPlace(place, () -> struct == null ? null : heap.pool(struct).stream()
                .mapToInt(o -> o.statusSlot() + offset).toArray(), localDeps(f.target()));
    }

    /** {@code Thread.x} or {@code Thread[i].x}: that thread instance's slot of the thread variable x. */
    private Place threadVariable(ThreadSlot slot) {
        String thread = slot.thread().name();
        String variable = slot.variable().name();
        Ev index = slot.index() == null ? constant(0) : expr(slot.index());
        LabelTable labels = program.labels;
        Program p = program;
        Place place = s -> {
            var processes = labels.processes(thread);
            int k = index.eval(s);
            if (k < 0 || k >= processes.size()) {
                throw new Halt(Violation.Kind.BOUNDS, "Bounds", "thread index " + k + " out of bounds for " + thread);
            }
            return p.threadVar(processes.get(k), variable).slot();
        };
        return new StaticPlace(place, () -> labels.processes(thread).stream()
                .mapToInt(q -> p.threadVar(q, variable).slot()).toArray(),
                slot.index() == null ? new int[0] : localDeps(slot.index()));
    }

    /**
     * The places of every slot of the object {@code ref} (a reference of pool {@code struct}) denotes, its
     * status first, then its retired aspect (Heap): what freeing or retiring it touches, resolved in a state
     * like a field access (exactly when {@code ref} is a variable of this process).
     */
    java.util.List<Place> objectPlaces(Expr ref, String struct, String access) {
        Ev target = expr(ref);
        Heap heap = program.heap;
        boolean system = ctx.system();
        String where = ctx.where();
        int[] deps = localDeps(ref);
        int size = 1 + Heap.fieldSlots(program.model.structs().get(struct));
        java.util.List<Place> out = new java.util.ArrayList<>();
        for (int k = 0; k < size; k++) {
            int offset = k;
            out.add(new StaticPlace(s -> heap.deref(s, target.eval(s), system, access, where) + offset,
                    () -> heap.pool(struct).stream().mapToInt(o -> o.statusSlot() + offset).toArray(), deps));
        }
        out.add(new StaticPlace(s -> heap.derefRetired(s, target.eval(s), system, access, where),
                () -> heap.retiredSlots(struct), deps));
        return out;
    }

    private Place index(Expr.Index i, boolean write) {
        Type.Array array = (Type.Array) type(i.target());
        Place base = place(i.target(), write);
        Ev index = expr(i.index());
        int size = array.size();
        int width = array.element().slotCount();
        String text = i.target().span().text();
        Place place = s -> {
            int k = index.eval(s);
            if (k < 0 || k >= size) {
                throw new Halt(Violation.Kind.BOUNDS, "Bounds", "index " + k + " out of bounds for " + text + " (size " + size + ")");
            }
            return base.slot(s) + k * width;
        };
        return new StaticPlace(place, () -> {
            int[] b = StaticPlace.regionOf(base);
            if (b == null) {
                return null;
            }
            int[] out = new int[b.length * size];
            for (int j = 0; j < b.length; j++) {
                for (int k = 0; k < size; k++) {
                    out[j * size + k] = b[j] + k * width;
                }
            }
            return out;
        }, union(StaticPlace.depsOf(base), localDeps(i.index())));
    }

    /**
     * The slots evaluating {@code e} reads when they are all variables of this process (a local name, a
     * constant, a literal); null when it reads anything else.
     */
    private int[] localDeps(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> new int[0];
            case Expr.BoolLit b -> new int[0];
            case Expr.Name n -> {
                Scope.Var v = ctx.scope().find(n.ident().name());
                if (v == null) {
                    // a thread variable of this process: only this process writes it
                    v = program.threadVar(ctx.process(), n.ident().name());
                }
                if (v != null) {
                    yield new int[] {v.slot()};
                }
                yield program.globals.find(n.ident().name()) == null ? new int[0] : null;
            }
            default -> null;
        };
    }

    private static int[] union(int[] a, int[] b) {
        if (a == null || b == null) {
            return null;
        }
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private Ev at(Expr.At a) {
        String thread;
        Ev index;
        if (a.thread() instanceof Expr.Index ix) {
            thread = ((Expr.Name) ix.target()).ident().name();
            index = expr(ix.index());
        } else {
            thread = ((Expr.Name) a.thread()).ident().name();
            index = constant(0);
        }
        LabelTable labels = program.labels;
        String label = a.label().name();
        // the program counter read: the named process's, or (statically) every process of the thread
        log.read(new StaticPlace(s -> {
            var processes = labels.processes(thread);
            int k = index.eval(s);
            if (k < 0 || k >= processes.size()) {
                throw new Halt(Violation.Kind.BOUNDS, "Bounds", "thread index " + k + " out of bounds for " + thread);
            }
            return labels.pcSlot(processes.get(k));
        }, () -> labels.processes(thread).stream().mapToInt(labels::pcSlot).toArray()));
        return s -> {
            var processes = labels.processes(thread);
            int k = index.eval(s);
            if (k < 0 || k >= processes.size()) {
                throw new Halt(Violation.Kind.BOUNDS, "Bounds", "thread index " + k + " out of bounds for " + thread);
            }
            int p = processes.get(k);
            int pc = s[labels.pcSlot(p)];
            for (int loc : labels.locations(p, label)) {
                if (loc == pc) {
                    return 1;
                }
            }
            return 0;
        };
    }

    private Ev unary(Expr.Unary u) {
        Ev x = expr(u.operand());
        return Folding.fold(switch (u.op()) {
            case NOT -> s -> x.eval(s) == 0 ? 1 : 0;
            case NEG -> s -> checked(-(long) x.eval(s));
        }, x);
    }

    private Ev binary(Expr.Binary b) {
        if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
            return new Folding(this).logical(b);
        }
        Ev l = expr(b.left());
        Ev r = expr(b.right());
        return Folding.fold(switch (b.op()) {
            case OR, AND -> throw new IllegalStateException("folded above");
            case EQ -> s -> l.eval(s) == r.eval(s) ? 1 : 0;
            case NE -> s -> l.eval(s) != r.eval(s) ? 1 : 0;
            case LT -> s -> l.eval(s) < r.eval(s) ? 1 : 0;
            case LE -> s -> l.eval(s) <= r.eval(s) ? 1 : 0;
            case GT -> s -> l.eval(s) > r.eval(s) ? 1 : 0;
            case GE -> s -> l.eval(s) >= r.eval(s) ? 1 : 0;
            case ADD -> s -> checked((long) l.eval(s) + r.eval(s));
            case SUB -> s -> checked((long) l.eval(s) - r.eval(s));
            case MUL -> s -> checked((long) l.eval(s) * r.eval(s));
            case DIV -> s -> checked((long) l.eval(s) / divisor(r.eval(s)));
            case MOD -> s -> Math.floorMod(l.eval(s), divisor(r.eval(s)));
        }, l, r);
    }

    /** The same compiler writing its accesses to {@code other} (for the parts of an expression folding may drop). */
    ExprCompiler logTo(AccessLog other) {
        return new ExprCompiler(program, ctx, other);
    }

    AccessLog log() {
        return log;
    }

    private static int divisor(int d) {
        if (d == 0) {
            throw new Halt(Violation.Kind.BOUNDS, "Bounds", "division by zero");
        }
        return d;
    }

    private static int checked(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new Halt(Violation.Kind.BOUNDS, "Bounds", "arithmetic overflow: " + v);
        }
        return (int) v;
    }

    /**
     * An effect storing {@code value} (of type {@code from}) into {@code target} (of type {@code to}),
     * checking ranges and ptr conversions. {@code text} names the target in messages.
     */
    Effect store(Place target, Type to, Ev value, Type from, String text) {
        log.write(target);
        Ev checked = convert(value, to, from, text);
        return s -> {
            int v = checked.eval(s);
            s[target.slot(s)] = v;
        };
    }

    /** The value converted for storing into {@code to}: range checks and ptr-to-struct checks. */
    Ev convert(Ev value, Type to, Type from, String text) {
        if (to instanceof Type.Int range) {
            int lo = (int) range.lo();
            int hi = (int) range.hi();
            return s -> {
                int v = value.eval(s);
                if (v < lo || v > hi) {
                    throw new Halt(Violation.Kind.BOUNDS, "Bounds", text + " = " + v + " is out of its range " + lo + ".." + hi);
                }
                return v;
            };
        }
        if (to instanceof Type.Ref r && !r.isPtr() && from instanceof Type.Ref f && f.isPtr()) {
            Heap heap = program.heap;
            String struct = r.struct();
            return s -> {
                int v = value.eval(s);
                if (v != 0 && Heap.id(v) < heap.objects().size() && !heap.object(v).struct().name().equals(struct)) {
                    throw new Halt(Violation.Kind.TYPE_CONFUSION, "TypeConfusion", "a ptr to " + heap.object(v).name()
                            + " is used as " + struct + " in " + text);
                }
                return v;
            };
        }
        return value;
    }
}
