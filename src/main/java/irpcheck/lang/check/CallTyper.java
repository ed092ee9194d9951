package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.source.Diagnostics;

import java.util.Set;

/** Types calls: built-ins, direct routine calls and calls through routine references. Stateless. */
public final class CallTyper {
    /** Built-ins that change state: only whole statements or right sides of let/=. */
    public static final Set<String> EFFECTFUL = Set.of("append", "remove", "pop", "exchange", "compare_exchange", "fetch_add");
    /** Built-ins that only read. */
    public static final Set<String> PURE = Set.of("contains", "len", "head", "held", "holding_any", "live");

    private final Typer typer;
    private final ResolvedModel model;
    private final Diagnostics diagnostics;

    CallTyper(Typer typer, ResolvedModel model, Diagnostics diagnostics) {
        this.typer = typer;
        this.model = model;
        this.diagnostics = diagnostics;
    }

    public static boolean isBuiltin(String name) {
        return EFFECTFUL.contains(name) || PURE.contains(name);
    }

    Type type(Expr.Call c, boolean effectsAllowed) {
        boolean allowed = effectsAllowed || typer.callMode() == Typer.Calls.ALLOWED;
        if (c.callee() instanceof Expr.Name n && isBuiltin(n.ident().name()) && !typer.isPlace(n)) {
            String name = n.ident().name();
            if (EFFECTFUL.contains(name) && !allowed) {
                return misplaced("E0240", c, "`" + name + "(...)` changes state, so it");
            }
            return builtin(name, c);
        }
        if (!allowed) {
            return misplaced("E0241", c, "a call of `" + c.callee().span().text() + "`");
        }
        Type callee = typer.type(c.callee());
        if (callee instanceof Type.Error) {
            return callee;
        }
        if (!(callee instanceof Type.Routine sig)) {
            return typer.error("E0242", c.callee(), "`" + c.callee().span().text() + "` is a " + callee.show()
                    + ", not a routine");
        }
        if (!arity(c, sig.params().size())) {
            return new Type.Error();
        }
        for (int i = 0; i < sig.params().size(); i++) {
            Type param = sig.params().get(i);
            Type arg = typer.type(c.args().get(i));
            if (!param.accepts(arg)) {
                typer.error("E0243", c.args().get(i), "argument " + (i + 1) + " of `" + c.callee().span().text()
                        + "` must be " + param.show() + ", not " + arg.show());
            }
        }
        return sig.result() == null ? new Type.Void() : sig.result();
    }

    /** A call where none may be: nowhere in this expression, or on the right of {@code &&} / {@code ||}. */
    private Type misplaced(String code, Expr.Call c, String what) {
        String callee = c.callee().span().text();
        if (typer.callMode() == Typer.Calls.AFTER_LOGIC) {
            String op = typer.logicOp();
            return typer.error("E0304", c, "`" + callee + "(...)` on the right of `" + op + "` would run only when the"
                    + " left side " + (op.equals("&&") ? "is true" : "is false") + ": irpcheck keeps that order in the"
                    + " conditions of `if` and `while` only", "test it in an `if`, or call it first: `let v = "
                    + callee + "(...);`");
        }
        return typer.error(code, c, what + " cannot be part of " + typer.callContext(), typer.callHint());
    }

    private boolean arity(Expr.Call c, int expected) {
        if (c.args().size() != expected) {
            typer.error("E0244", c, "`" + c.callee().span().text() + "` takes " + expected + " argument"
                    + (expected == 1 ? "" : "s") + ", not " + c.args().size());
            return false;
        }
        return true;
    }

    private Type builtin(String name, Expr.Call c) {
        return switch (name) {
            case "append", "remove", "contains" -> {
                if (!arity(c, 2)) {
                    yield new Type.Error();
                }
                Type.ListOf l = list(c.args().get(0), name);
                if (l != null) {
                    element(l, c.args().get(1), name);
                }
                yield name.equals("append") ? new Type.Void() : new Type.Bool();
            }
            case "pop", "head", "len" -> {
                if (!arity(c, 1)) {
                    yield new Type.Error();
                }
                Type.ListOf l = list(c.args().get(0), name);
                if (l == null) {
                    yield new Type.Error();
                }
                yield name.equals("len") ? new Type.Int(0, l.capacity()) : l.element();
            }
            case "exchange", "compare_exchange", "fetch_add" -> interlocked(name, c);
            case "held" -> {
                if (arity(c, 1)) {
                    lock(c.args().get(0), name);
                }
                yield new Type.Bool();
            }
            case "holding_any" -> {
                arity(c, 0);
                yield new Type.Bool();
            }
            case "live" -> {
                if (arity(c, 1)) {
                    Type t = typer.type(c.args().get(0));
                    if (!(t instanceof Type.Ref) && !(t instanceof Type.Error)) {
                        typer.error("E0245", c.args().get(0), "live(...) takes an object reference, not " + t.show());
                    }
                }
                yield new Type.Bool();
            }
            default -> throw new IllegalStateException(name);
        };
    }

    private Type interlocked(String name, Expr.Call c) {
        int n = name.equals("compare_exchange") ? 3 : 2;
        if (!arity(c, n)) {
            return new Type.Error();
        }
        Expr target = c.args().get(0);
        Type t = typer.type(target);
        if (t instanceof Type.Error) {
            return t;
        }
        if (!typer.isPlace(target) || !t.isScalar() || t instanceof Type.Lock) {
            return typer.error("E0246", target, name + "(...) needs a variable, field or element holding a value as its first argument");
        }
        if (name.equals("fetch_add")) {
            typer.require(c.args().get(1), Type.Int.ANY, "fetch_add");
            if (!(t instanceof Type.Int)) {
                typer.error("E0247", target, "fetch_add needs an integer, not " + t.show());
            }
            return t;
        }
        for (int i = 1; i < n; i++) {
            Type v = typer.type(c.args().get(i));
            if (!t.accepts(v)) {
                typer.error("E0243", c.args().get(i), "argument " + (i + 1) + " of " + name + " must be " + t.show()
                        + ", not " + v.show());
            }
        }
        return t;
    }

    private Type.ListOf list(Expr e, String name) {
        Type t = typer.type(e);
        if (t instanceof Type.ListOf l && typer.isPlace(e)) {
            return l;
        }
        if (!(t instanceof Type.Error)) {
            typer.error("E0248", e, name + "(...) needs a list, but `" + e.span().text() + "` is " + t.show());
        }
        return null;
    }

    private void element(Type.ListOf l, Expr e, String name) {
        Type t = typer.type(e);
        if (!l.element().accepts(t)) {
            typer.error("E0243", e, name + "(...) on a " + l.show() + " needs " + l.element().show() + ", not " + t.show());
        }
    }

    private void lock(Expr e, String name) {
        Type t = typer.type(e);
        if (!(t instanceof Type.Lock) && !(t instanceof Type.Error)) {
            typer.error("E0249", e, name + "(...) needs a spin lock, not " + t.show());
        }
    }
}
