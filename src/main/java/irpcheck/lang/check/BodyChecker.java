package irpcheck.lang.check;

import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;
import irpcheck.source.Diagnostics;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every statement of every routine and thread, the initializers, invariants and show-labels.
 * Not thread-safe; one per check.
 */
final class BodyChecker {
    private final ResolvedModel model;
    private final Diagnostics diagnostics;
    private final Map<String, Set<String>> labels;
    private final Deque<Map<String, Type>> scopes = new ArrayDeque<>();
    /** Types expressions that run on no thread (initial values, invariants, properties, labels): no calls. */
    private Typer typer;
    /** Types the expressions of routine and thread bodies: thread variables in scope, calls allowed. */
    private Typer stmts;
    private Type result;
    private boolean inRoutine;
    private int loops;
    private Set<String> bodyLabels;

    BodyChecker(ResolvedModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
        this.labels = Labels.collect(model);
    }

    void checkAll() {
        Typer base = new Typer(model, this::local, labels, diagnostics);
        typer = base.noCalls("an initial value", "an initial value is a literal, a constant or an enum member");
        stmts = base.onThread().calls(Typer.Calls.ALLOWED);
        model.globals().values().forEach(g -> init(g.type(), g.init(), "`" + g.name() + "`"));
        model.threadVars().values().forEach(g -> init(g.type(), g.init(), "`" + g.name() + "`"));
        model.structs().values().forEach(this::struct);
        for (ResolvedModel.RoutineDef r : model.routines().values()) {
            scopes.push(new HashMap<>());
            for (int i = 0; i < r.paramNames().size(); i++) {
                scopes.peek().put(r.paramNames().get(i), r.signature().params().get(i));
            }
            inRoutine = true;
            result = r.signature().result();
            body(r.body());
            scopes.clear();
        }
        for (ResolvedModel.ThreadDef t : model.threads()) {
            inRoutine = false;
            result = null;
            body(t.body());
            scopes.clear();
        }
        Typer states = base.noCalls("a condition on states", "invariants and properties hold in every state:"
                + " they read variables and fields, and call nothing");
        for (ResolvedModel.InvariantDef inv : model.invariants()) {
            states.require(inv.condition(), new Type.Bool(), "invariant " + inv.name());
        }
        model.properties().forEach(p -> property(p, states));
    }

    /** A property's conditions are boolean, with its quantified variable in scope as a reference. */
    private void property(ResolvedModel.PropertyDef p, Typer states) {
        Map<String, Type> scope = new HashMap<>();
        if (p.variable() != null) {
            scope.put(p.variable(), new Type.Ref(p.struct()));
        }
        scopes.push(scope);
        if (p.trigger() != null) {
            states.require(p.trigger(), new Type.Bool(), "property " + p.name());
        }
        states.require(p.goal(), new Type.Bool(), "property " + p.name());
        scopes.clear();
    }

    private void body(Stmt.Block body) {
        bodyLabels = new TreeSet<>();
        loops = 0;
        block(body);
    }

    private void struct(ResolvedModel.StructDef s) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (ResolvedModel.FieldDef f : s.fields()) {
            if (f.init() != null) {
                init(f.type(), f.init(), "field `" + f.name() + "`");
            }
            fields.put(f.name(), f.type());
        }
        scopes.push(fields);
        Typer labelTyper = typer.noCalls("a show-label", "a label describes a state: it reads fields, and calls nothing");
        s.shows().forEach(sh -> labelTyper.require(sh.condition(), new Type.Bool(), "show \"" + sh.label() + "\""));
        scopes.clear();
    }

    private void init(Type type, Expr init, String what) {
        if (init == null) {
            return;
        }
        Type t = typer.type(init);
        if (!type.accepts(t)) {
            diagnostics.error("E0261", init.span(), what + " is " + type.show() + ", so it cannot start as " + t.show());
        } else if (!(init instanceof Expr.IntLit || init instanceof Expr.BoolLit || init instanceof Expr.NullLit
                || init instanceof Expr.Name || init instanceof Expr.Unary)) {
            diagnostics.error("E0262", init.span(), "an initial value must be a literal, a constant or an enum member");
        }
    }

    private Type local(String name) {
        for (Map<String, Type> scope : scopes) {
            Type t = scope.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private void block(Stmt.Block b) {
        scopes.push(new HashMap<>());
        b.statements().forEach(this::stmt);
        scopes.pop();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Block b -> block(b);
            case Stmt.Let l -> let(l);
            case Stmt.Assign a -> assign(a);
            case Stmt.ExprStmt e -> stmts.rightSide(e.call());
            case Stmt.If i -> {
                stmts.calls(Typer.Calls.CONDITION).require(i.condition(), new Type.Bool(), "an if condition");
                block(i.then());
                if (i.otherwise() != null) {
                    stmt(i.otherwise());
                }
            }
            case Stmt.While w -> {
                stmts.calls(Typer.Calls.CONDITION).require(w.condition(), new Type.Bool(), "a while condition");
                loops++;
                block(w.body());
                loops--;
            }
            case Stmt.Await a -> stmts.noCalls("`await`", "`await` tests its condition again until it holds, a call"
                    + " runs once: call it before, `let v = f(...);`, and await on `v`")
                    .require(a.condition(), new Type.Bool(), "await");
            case Stmt.Assert a -> stmts.require(a.condition(), new Type.Bool(), "assert");
            case Stmt.Atomic a -> atomic(a);
            case Stmt.Either e -> e.branches().forEach(this::branch);
            case Stmt.Choose c -> choose(c);
            case Stmt.Acquire a -> lock(a.lock(), "acquire");
            case Stmt.Release r -> lock(r.lock(), "release");
            case Stmt.Return r -> ret(r);
            case Stmt.Free f -> object(f.object(), "free");
            case Stmt.Retire r -> object(r.object(), "retire");
            case Stmt.Skip k -> { }
            case Stmt.Break b -> {
                if (loops == 0) {
                    diagnostics.error("E0263", b.span(), "`break` outside a loop");
                }
            }
            case Stmt.Labeled l -> {
                if (!bodyLabels.add(l.label().name())) {
                    diagnostics.error("E0264", l.label().span(), "label `" + l.label().name() + "` is used twice");
                }
                stmt(l.statement());
            }
        }
    }

    private void let(Stmt.Let l) {
        String name = l.name().name();
        if (local(name) != null) {
            diagnostics.error("E0265", l.name().span(), "`" + name + "` is already a local variable here");
        }
        Type declared = null;
        if (l.type() != null) {
            declared = new TypeResolver(new ConstEvaluator(model.consts(), diagnostics), model.enums(),
                    model.structs().keySet(), diagnostics).resolve(l.type());
            if (declared instanceof Type.Lock) {
                diagnostics.error("E0266", l.type().span(), "a spin lock must be a global or a struct field, not a local");
            }
        }
        if (l.init() != null) {
            Type t = stmts.rightSide(l.init());
            if (declared == null) {
                declared = inferred(l, t);
            } else if (!declared.accepts(t)) {
                diagnostics.error("E0267", l.init().span(), "`" + name + "` is " + declared.show() + ", so it cannot hold "
                        + t.show());
            }
        } else if (declared == null) {
            diagnostics.error("E0268", l.span(), "`" + name + "` needs a type or an initial value");
            declared = new Type.Error();
        }
        scopes.peek().put(name, declared);
    }

    private Type inferred(Stmt.Let l, Type t) {
        if (t.equals(Type.Int.ANY)) {
            diagnostics.error("E0269", l.name().span(), "give `" + l.name().name() + "` a range: `let " + l.name().name()
                    + ": 0..3 = ...;`", "integers are bounded, and a literal does not say the bounds");
            return new Type.Error();
        }
        if (t instanceof Type.Null || t instanceof Type.Void) {
            diagnostics.error("E0270", l.init().span(), "cannot tell the type of `" + l.name().name() + "` from "
                    + t.show(), "write its type: `let " + l.name().name() + ": T = ...;`");
            return new Type.Error();
        }
        return t;
    }

    private void assign(Stmt.Assign a) {
        Type target = stmts.type(a.target());
        if (target instanceof Type.Error) {
            stmts.rightSide(a.value());
            return;
        }
        if (a.target() instanceof Expr.Field f && stmts.threadSlot(f) != null) {
            diagnostics.error("E0305", a.target().span(), "`" + a.target().span().text() + "` names a thread variable"
                    + " from outside its thread: it can be read so, not written",
                    "the code running on a thread writes its own as `" + f.field().name() + "`");
            return;
        }
        if (!stmts.isPlace(a.target())) {
            diagnostics.error("E0271", a.target().span(), "cannot assign to `" + a.target().span().text() + "`");
            return;
        }
        if (target instanceof Type.Lock) {
            diagnostics.error("E0272", a.target().span(), "a spin lock is not a value: use acquire and release");
            return;
        }
        if (!target.isScalar()) {
            diagnostics.error("E0273", a.target().span(), "cannot assign a whole " + target.show());
            return;
        }
        Type value = a.op() == Stmt.AssignOp.SET ? stmts.rightSide(a.value()) : stmts.type(a.value());
        if (a.op() != Stmt.AssignOp.SET && !(target instanceof Type.Int)) {
            diagnostics.error("E0274", a.span(), "`" + a.op().symbol + "` needs an integer, not " + target.show());
        } else if (!target.accepts(value)) {
            diagnostics.error("E0275", a.value().span(), "cannot store " + value.show() + " in `" + a.target().span().text()
                    + "`, which is " + target.show());
        }
    }

    private void atomic(Stmt.Atomic a) {
        for (int i = 0; i < a.body().statements().size(); i++) {
            Stmt s = a.body().statements().get(i);
            if (i > 0 && s instanceof Stmt.Await) {
                diagnostics.error("E0276", s.span(), "`await` inside `atomic` must be its first statement",
                        "an atomic block cannot stop half-way");
            }
        }
        block(a.body());
    }

    private void branch(Stmt.Block b) {
        if (b.statements().isEmpty()) {
            diagnostics.error("E0277", b.span(), "an empty branch", "write `skip;` for a branch that does nothing");
        }
        block(b);
    }

    private void choose(Stmt.Choose c) {
        Type t = stmts.type(c.target());
        if (!(t instanceof Type.Int) && !(t instanceof Type.Error) || !stmts.isPlace(c.target())) {
            diagnostics.error("E0278", c.target().span(), "choose needs an integer variable");
        }
        Long lo = new ConstEvaluator(model.consts(), diagnostics).eval(c.lo());
        Long hi = new ConstEvaluator(model.consts(), diagnostics).eval(c.hi());
        if (lo == null || hi == null) {
            return;
        }
        // Each value is one transition of the compiled program: the range must be small and fit the target.
        if (lo > hi) {
            diagnostics.error("E0210", c.lo().span().to(c.hi().span()), "empty range " + lo + ".." + hi,
                    "the lower bound comes first");
        } else if (hi - lo >= MAX_CHOICES || hi - lo < 0) {
            diagnostics.error("E0216", c.lo().span().to(c.hi().span()), "choose picks among more than " + MAX_CHOICES
                    + " values (" + lo + ".." + hi + ")", "each value is a separate transition; choose from a smaller range");
        } else if (t instanceof Type.Int i && (lo < i.lo() || hi > i.hi())) {
            diagnostics.error("E0217", c.lo().span().to(c.hi().span()), "choose range " + lo + ".." + hi
                    + " does not fit `" + c.target().span().text() + "`, which is " + t.show());
        }
    }

    /** The most values one {@code choose} may pick among. */
    static final int MAX_CHOICES = 4096;

    private void lock(Expr e, String what) {
        Type t = stmts.type(e);
        if (!(t instanceof Type.Lock) && !(t instanceof Type.Error)) {
            diagnostics.error("E0279", e.span(), what + " needs a spin lock, but `" + e.span().text() + "` is " + t.show());
        }
    }

    private void object(Expr e, String what) {
        Type t = stmts.type(e);
        if (t instanceof Type.Ref r && !r.isPtr() || t instanceof Type.Error) {
            return;
        }
        diagnostics.error("E0280", e.span(), what + " needs a reference to a struct object, not " + t.show());
    }

    private void ret(Stmt.Return r) {
        if (!inRoutine) {
            if (r.value() != null) {
                diagnostics.error("E0281", r.span(), "a thread returns no value");
            }
            return;
        }
        if (r.value() == null) {
            if (result != null) {
                diagnostics.error("E0282", r.span(), "this routine returns " + result.show() + ": `return value;`");
            }
            return;
        }
        Type t = stmts.type(r.value());
        if (result == null) {
            diagnostics.error("E0283", r.value().span(), "this routine returns no value");
        } else if (!result.accepts(t)) {
            diagnostics.error("E0284", r.value().span(), "this routine returns " + result.show() + ", not " + t.show());
        }
    }
}
