package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.source.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes the type of an expression in a scope and reports what is wrong with it. Used by the
 * checker (with a real sink) and by the compiler (which needs types to lower, after checking passed).
 * Not thread-safe (it holds the scope it was given, and where calls may appear while it descends).
 */
public final class Typer {
    /**
     * Where a call may appear in the expression being typed. In a statement, a call nested in an
     * expression is compiled as its own steps before the statement's (as a C compiler sequences it),
     * except on the right of {@code &&} and {@code ||}, which C evaluates only when the left side does
     * not decide: that order is kept in the conditions of {@code if} and {@code while} only.
     */
    public enum Calls {
        /** Nowhere: invariants, properties, show-labels, initial values, {@code await}. */
        FORBIDDEN,
        /** Here, in a statement's expression outside a condition, on the right of {@code &&} or {@code ||}. */
        AFTER_LOGIC,
        /** Anywhere in this expression of a statement. */
        ALLOWED,
        /** In the condition of {@code if} or {@code while}: anywhere, also on the right of {@code &&} and {@code ||}. */
        CONDITION
    }

    private final ResolvedModel model;
    private final Function<String, Type> locals;
    private final Map<String, Set<String>> labels;
    private final Diagnostics diagnostics;
    private final boolean onThread;
    private final String callContext;
    private final String callHint;
    private Calls calls;
    private String logicOp = "&&";

    /**
     * A typer for code that runs on no thread (invariants, properties, labels), where no call may appear.
     *
     * @param locals the local variables in scope (null for none)
     * @param labels each thread's labels, for {@code Thread@label}
     */
    public Typer(ResolvedModel model, Function<String, Type> locals, Map<String, Set<String>> labels,
                 Diagnostics diagnostics) {
        this(model, locals, labels, diagnostics, false, Calls.FORBIDDEN, "this expression", "");
    }

    private Typer(ResolvedModel model, Function<String, Type> locals, Map<String, Set<String>> labels,
                  Diagnostics diagnostics, boolean onThread, Calls calls, String callContext, String callHint) {
        this.model = model;
        this.locals = locals;
        this.labels = labels;
        this.diagnostics = diagnostics;
        this.onThread = onThread;
        this.calls = calls;
        this.callContext = callContext;
        this.callHint = callHint;
    }

    /** The same typer for code running on a thread: its thread variables are in scope. */
    public Typer onThread() {
        return new Typer(model, locals, labels, diagnostics, true, calls, callContext, callHint);
    }

    /** The same typer with calls allowed as {@code mode} says. */
    public Typer calls(Calls mode) {
        return new Typer(model, locals, labels, diagnostics, onThread, mode, callContext, callHint);
    }

    /**
     * The same typer with no call allowed; {@code context} names where for the message ("an invariant"),
     * {@code hint} says what to do instead.
     */
    public Typer noCalls(String context, String hint) {
        return new Typer(model, locals, labels, diagnostics, onThread, Calls.FORBIDDEN, context, hint);
    }

    Calls callMode() {
        return calls;
    }

    String callContext() {
        return callContext;
    }

    String callHint() {
        return callHint;
    }

    String logicOp() {
        return logicOp;
    }

    /** The type of an expression (with calls where {@link Calls} allows them; no {@code new}). */
    public Type type(Expr e) {
        Calls saved = calls;
        if (calls == Calls.CONDITION && !isLogic(e)) {
            calls = Calls.ALLOWED;
        }
        try {
            return typeOf(e);
        } finally {
            calls = saved;
        }
    }

    /** {@code &&}, {@code ||} and {@code !}: the operators a condition's calls may be sequenced through. */
    public static boolean isLogic(Expr e) {
        return e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR)
                || e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT;
    }

    private Type typeOf(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Type.Int.ANY;
            case Expr.BoolLit b -> new Type.Bool();
            case Expr.NullLit n -> new Type.Null();
            case Expr.StringLit s -> error("E0220", e, "a string can only be an assertion message");
            case Expr.Name n -> name(n);
            case Expr.Self s -> Type.Int.ANY;
            case Expr.Field f -> field(f);
            case Expr.Index i -> index(i);
            case Expr.Call c -> call(c, false);
            case Expr.New n -> error("E0221", e, "`new` can only be the whole right side of `let` or `=`");
            case Expr.At a -> at(a);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
        };
    }

    /** The type of the right side of {@code let}/{@code =}: may be a call, an effectful built-in or {@code new}. */
    public Type rightSide(Expr e) {
        if (e instanceof Expr.New n) {
            if (!model.structs().containsKey(n.type().name())) {
                return error("E0222", e, "`new " + n.type().name() + "`: no struct of that name",
                        Names.suggest(n.type().name(), model.structs().keySet()));
            }
            if (model.pools().stream().noneMatch(p -> p.struct().equals(n.type().name()))) {
                return error("E0223", e, "`new " + n.type().name() + "` needs a pool",
                        "declare `pool " + n.type().name() + "[2];`");
            }
            return new Type.Ref(n.type().name());
        }
        if (e instanceof Expr.Call c) {
            return call(c, true);
        }
        return type(e);
    }

    /** Whether an expression denotes a storage place (variable, field, element). */
    public boolean isPlace(Expr e) {
        return switch (e) {
            case Expr.Name n -> locals(n.ident().name()) != null || model.globals().containsKey(n.ident().name())
                    || onThread && model.threadVars().containsKey(n.ident().name());
            case Expr.Field f -> threadSlot(f) == null;
            case Expr.Index i -> isPlace(i.target());
            default -> false;
        };
    }

    private Type locals(String name) {
        return locals == null ? null : locals.apply(name);
    }

    private Type name(Expr.Name n) {
        String name = n.ident().name();
        Type local = locals(name);
        if (local != null) {
            return local;
        }
        if (model.globals().containsKey(name)) {
            return model.globals().get(name).type();
        }
        ResolvedModel.GlobalDef threadVar = model.threadVars().get(name);
        if (threadVar != null) {
            return onThread ? threadVar.type() : error("E0301", n, "`" + name + "` is a thread variable: each thread has"
                    + " its own, and this code runs on no thread", "name one thread's: `" + example(name) + "`");
        }
        if (model.consts().containsKey(name)) {
            return Type.Int.ANY;
        }
        for (Type.Enum en : model.enums().values()) {
            if (en.members().contains(name)) {
                return en;
            }
        }
        ResolvedModel.RoutineDef r = model.routines().get(name);
        if (r != null) {
            return r.signature();
        }
        List<String> known = new ArrayList<>(model.globals().keySet());
        known.addAll(model.consts().keySet());
        known.addAll(model.routines().keySet());
        model.enums().values().forEach(en -> known.addAll(en.members()));
        return error("E0224", n, "unknown name `" + name + "`", Names.suggest(name, known));
    }

    /** How a message shows one thread's variable, for the model's first thread. */
    private String example(String variable) {
        if (model.threads().isEmpty()) {
            return "Thread." + variable;
        }
        ResolvedModel.ThreadDef t = model.threads().get(0);
        return t.name() + (t.count() > 1 ? "[0]." : ".") + variable;
    }

    /**
     * The thread variable that {@code f} names as {@code Thread.x} or {@code Thread[i].x}, or null when
     * {@code f} is an ordinary field access (its target is a value, not a thread's name).
     */
    public ThreadSlot threadSlot(Expr.Field f) {
        Expr target = f.target();
        Expr index = null;
        if (target instanceof Expr.Index ix) {
            index = ix.index();
            target = ix.target();
        }
        if (!(target instanceof Expr.Name n) || isValueName(n.ident().name())) {
            return null;
        }
        ResolvedModel.ThreadDef thread = model.thread(n.ident().name());
        return thread == null ? null : new ThreadSlot(thread, index, f.field());
    }

    private boolean isValueName(String name) {
        return locals(name) != null || model.globals().containsKey(name) || model.threadVars().containsKey(name);
    }

    private Type threadVariable(ThreadSlot slot) {
        String thread = slot.thread().name();
        ResolvedModel.GlobalDef v = model.threadVars().get(slot.variable().name());
        if (slot.index() != null) {
            require(slot.index(), Type.Int.ANY, "a thread index");
        } else if (slot.thread().count() > 1) {
            return error("E0302", slot.variable(), thread + " is an array of " + slot.thread().count()
                    + " threads: name one", "write `" + thread + "[i]." + slot.variable().name() + "`");
        }
        if (v == null) {
            return error("E0303", slot.variable(), "no thread variable `" + slot.variable().name() + "`: `" + thread
                    + "` is a thread, not an object", Names.suggest(slot.variable().name(), model.threadVars().keySet()));
        }
        return v.type();
    }

    private Type field(Expr.Field f) {
        ThreadSlot slot = threadSlot(f);
        if (slot != null) {
            return threadVariable(slot);
        }
        Type target = type(f.target());
        if (target instanceof Type.Error) {
            return target;
        }
        if (!(target instanceof Type.Ref ref) || ref.isPtr()) {
            return error("E0225", f, "`" + f.target().span().text() + "` is a " + target.show()
                    + ", not a reference to a struct", target instanceof Type.Ref
                    ? "store the ptr in a typed variable first: `let o: Open = ...;`" : "");
        }
        ResolvedModel.StructDef s = model.structs().get(ref.struct());
        ResolvedModel.FieldDef fd = s.field(f.field().name());
        if (fd == null) {
            return error("E0226", f.field(), "struct " + s.name() + " has no field `" + f.field().name() + "`",
                    Names.suggest(f.field().name(), s.fields().stream().map(ResolvedModel.FieldDef::name).toList()));
        }
        return fd.type();
    }

    private Type index(Expr.Index i) {
        Type target = type(i.target());
        Type idx = type(i.index());
        if (!(idx instanceof Type.Int) && !(idx instanceof Type.Error)) {
            error("E0227", i.index(), "an index must be an integer, not " + idx.show());
        }
        return switch (target) {
            case Type.Array a -> a.element();
            case Type.Error err -> err;
            default -> error("E0228", i, "`" + i.target().span().text() + "` is a " + target.show()
                    + ", not an array", target instanceof Type.ListOf ? "lists are read with head(l), pop(l), contains(l, x)" : "");
        };
    }

    private Type at(Expr.At a) {
        String thread;
        Expr target = a.thread();
        if (target instanceof Expr.Index ix && ix.target() instanceof Expr.Name n) {
            thread = n.ident().name();
            require(ix.index(), Type.Int.ANY, "a thread index");
        } else if (target instanceof Expr.Name n) {
            thread = n.ident().name();
        } else {
            return error("E0229", target, "expected a thread name before `@`");
        }
        Set<String> known = labels.get(thread);
        if (known == null) {
            return error("E0229", target, "`" + thread + "` is not a thread", Names.suggest(thread, labels.keySet()));
        }
        if (!known.contains(a.label().name())) {
            return error("E0230", a.label(), "thread " + thread + " has no label `" + a.label().name() + "`",
                    Names.suggest(a.label().name(), known));
        }
        return new Type.Bool();
    }

    private Type unary(Expr.Unary u) {
        return switch (u.op()) {
            case NOT -> require(u.operand(), new Type.Bool(), "`!`");
            case NEG -> {
                require(u.operand(), Type.Int.ANY, "`-`");
                yield Type.Int.ANY;
            }
        };
    }

    private Type binary(Expr.Binary b) {
        return switch (b.op()) {
            case OR, AND -> {
                require(b.left(), new Type.Bool(), "`" + b.op().symbol + "`");
                Calls saved = calls;
                String savedOp = logicOp;
                if (calls == Calls.ALLOWED) {
                    calls = Calls.AFTER_LOGIC;
                    logicOp = b.op().symbol;
                }
                try {
                    require(b.right(), new Type.Bool(), "`" + b.op().symbol + "`");
                } finally {
                    calls = saved;
                    logicOp = savedOp;
                }
                yield new Type.Bool();
            }
            case EQ, NE -> equality(b);
            case LT, LE, GT, GE -> {
                require(b.left(), Type.Int.ANY, "`" + b.op().symbol + "`");
                require(b.right(), Type.Int.ANY, "`" + b.op().symbol + "`");
                yield new Type.Bool();
            }
            case ADD, SUB, MUL, DIV, MOD -> {
                require(b.left(), Type.Int.ANY, "`" + b.op().symbol + "`");
                require(b.right(), Type.Int.ANY, "`" + b.op().symbol + "`");
                yield Type.Int.ANY;
            }
        };
    }

    private Type equality(Expr.Binary b) {
        Type l = type(b.left());
        Type r = type(b.right());
        boolean ok = l.accepts(r) || r.accepts(l);
        if (l instanceof Type.Lock || r instanceof Type.Lock) {
            return error("E0231", b, "a spin lock is not a value: use held(L), acquire and release");
        }
        if (!ok || !l.isScalar() || !r.isScalar()) {
            return error("E0232", b, "cannot compare " + l.show() + " with " + r.show());
        }
        return new Type.Bool();
    }

    /** Checks that e has a type accepted by {@code expected} (any Int for Int). */
    Type require(Expr e, Type expected, String context) {
        Type t = type(e);
        boolean ok = expected instanceof Type.Int ? t instanceof Type.Int || t instanceof Type.Error
                : expected.accepts(t);
        if (!ok) {
            String hint = t instanceof Type.Lock ? "a spin lock is not a value: use held(L), acquire and release" : "";
            error("E0233", e, context + " needs " + article(expected) + ", but `" + e.span().text() + "` is "
                    + article(t), hint);
        }
        return t;
    }

    private static String article(Type t) {
        return switch (t) {
            case Type.Int i -> "an integer";
            case Type.Bool b -> "a bool";
            default -> "a " + t.show();
        };
    }

    private Type call(Expr.Call c, boolean effectsAllowed) {
        return new CallTyper(this, model, diagnostics).type(c, effectsAllowed);
    }

    Type error(String code, Expr e, String message, String... hints) {
        return error(code, e.span(), message, hints);
    }

    Type error(String code, irpcheck.lang.syntax.Ident id, String message, String... hints) {
        return error(code, id.span(), message, hints);
    }

    private Type error(String code, irpcheck.source.Span span, String message, String... hints) {
        if (diagnostics != null) {
            List<String> nonEmpty = new ArrayList<>();
            for (String h : hints) {
                if (!h.isEmpty()) {
                    nonEmpty.add(h);
                }
            }
            diagnostics.error(code, span, message, nonEmpty.toArray(String[]::new));
        }
        return new Type.Error();
    }
}
