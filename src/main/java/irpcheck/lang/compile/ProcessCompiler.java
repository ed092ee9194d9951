package irpcheck.lang.compile;

import irpcheck.lang.check.CallTyper;
import irpcheck.lang.check.Resolve;
import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;
import irpcheck.model.Violation;
import irpcheck.source.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers one thread instance's body, with every routine it calls inlined, into a {@link Cfg}. Each
 * simple statement becomes one step. Not thread-safe; one per process.
 */
final class ProcessCompiler {
    final Program program;
    final Cfg cfg = new Cfg();
    final int process;
    final String name;
    final int pcSlot;
    final int end;
    final List<LabelAt> labels = new ArrayList<>();
    private final ResolvedModel.ThreadDef thread;
    private final int self;
    private final Set<String> localNames = new HashSet<>();
    private final Deque<Integer> loopExits = new ArrayDeque<>();
    private int atomicDepth;
    private String atomicText;
    private final CallCompiler calls;
    private final NestedCalls nested;

    /** A label and the node it names. */
    record LabelAt(String label, int node) { }

    ProcessCompiler(Program program, ResolvedModel.ThreadDef thread, int self, int process, String name, int pcSlot) {
        this.program = program;
        this.thread = thread;
        this.self = self;
        this.process = process;
        this.name = name;
        this.pcSlot = pcSlot;
        this.end = cfg.node(false);
        this.calls = new CallCompiler(this);
        this.nested = new NestedCalls(this);
    }

    /** Compiles the body; returns the entry node. */
    int compile() {
        threadVars();
        Context ctx = new Context(process, self, thread.name(), thread.system(), new Scope(null));
        int entry = cfg.node(false);
        int exitNode = cfg.node(false);
        Frame frame = new Frame(ctx, exitNode, null, program.slotList(), true, List.of());
        int last = block(thread.body(), entry, frame);
        cfg.epsilon(last, exitNode, Effect.NONE);
        cfg.epsilon(exitNode, end, threadExit(frame));
        return entry;
    }

    /** This process's slots of every thread variable, right after its program counter, with their initial values. */
    private void threadVars() {
        for (ResolvedModel.GlobalDef v : program.model.threadVars().values()) {
            String unique = name + "." + v.name();
            localNames.add(unique);
            int slot = program.allocate(unique, v.type());
            int[] init = ZeroValues.initial(program, v.type(), v.init());
            for (int i = 0; i < init.length; i++) {
                program.slots.setInitial(slot + i, init[i]);
            }
            program.defineThreadVar(process, v.name(), new Scope.Var(v.type(), slot));
        }
    }

    private Effect threadExit(Frame frame) {
        Effect zero = frame.zeroLocals();
        int me = process + 1;
        Program p = program;
        String who = name;
        Effect locks = s -> {
            for (int slot : p.lockSlots()) {
                if (s[slot] == me) {
                    throw new Halt(Violation.Kind.LOCK_DISCIPLINE, "LockDiscipline", who + " finished while holding "
                            + p.slots.layout().slots().get(slot).name());
                }
            }
        };
        return locks.then(zero);
    }

    int node() {
        return cfg.node(atomicDepth > 0);
    }

    /** Allocates a local variable's slots in the frame and defines it in the scope. */
    Scope.Var local(Frame frame, String var, Type type) {
        return local(frame, var, var, type);
    }

    /** As {@link #local(Frame, String, Type)}, defined as {@code var} and shown in reports as {@code shown}. */
    Scope.Var local(Frame frame, String var, String shown, Type type) {
        String base = name + "." + (frame.isThread() ? "" : frame.ctx().where() + ".") + shown;
        String unique = base;
        for (int i = 2; !localNames.add(unique); i++) {
            unique = base + "#" + i;
        }
        int before = program.slots.size();
        int slot = program.allocate(unique, type);
        for (int s = before; s < program.slots.size(); s++) {
            frame.locals().add(s);
        }
        Scope.Var v = new Scope.Var(type, slot);
        frame.ctx().scope().define(var, v);
        return v;
    }

    /** Adds a step from {@code from} to a new node; returns the new node. */
    int step(int from, Guard guard, Effect effect, Frame f, Stmt s, String label, AccessLog log) {
        int to = node();
        step(from, to, guard, effect, f, text(s), label, s, log);
        return to;
    }

    void step(int from, int to, Guard guard, Effect effect, Frame f, String text, String label, Stmt s, AccessLog log) {
        step(from, to, guard, effect, f, text, label, s.span(), log);
    }

    void step(int from, int to, Guard guard, Effect effect, Frame f, String text, String label, Span span, AccessLog log) {
        String shown = atomicText != null && !cfg.atomic(from) ? atomicText : text;
        cfg.step(from, to, guard, effect, new Cfg.StepInfo(f.ctx().where(), span, shown, label, f.stack(),
                ModelLoader.bundled(span.file())), log);
    }

    static String text(Stmt s) {
        return switch (s) {
            case Stmt.If i -> "if (" + oneLine(i.condition().span().text()) + ")";
            case Stmt.While w -> "while (" + oneLine(w.condition().span().text()) + ")";
            default -> oneLine(s.span().text());
        };
    }

    static String oneLine(String text) {
        String t = withoutComments(text).replaceAll("\\s+", " ").trim();
        return t.length() > 100 ? t.substring(0, 97) + "..." : t;
    }

    /**
     * The text with its comments replaced by a space: a {@code //} comment inside a statement that spans
     * lines would otherwise, once the lines are joined, comment out the rest of it. Strings are kept whole.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '"') {
                int end = endOfString(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '/' && next == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
                out.append(' ');
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the string literal that starts at {@code start} (or the end of its line). */
    private static int endOfString(String text, int start) {
        for (int j = start + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"' || c == '\n') {
                return j + 1;
            }
        }
        return text.length();
    }

    ExprCompiler exprs(Frame f, AccessLog log) {
        return new ExprCompiler(program, f.ctx(), log);
    }

    int block(Stmt.Block b, int entry, Frame f) {
        Frame inner = f.withScope(f.ctx().inner());
        int at = entry;
        for (Stmt s : b.statements()) {
            at = stmt(s, at, inner);
        }
        return at;
    }

    int stmt(Stmt s, int entry, Frame f) {
        if (nested.has(s, f)) {
            return nested.statement(s, entry, f);
        }
        return switch (s) {
            case Stmt.Block b -> block(b, entry, f);
            case Stmt.Let l -> let(l, entry, f);
            case Stmt.Assign a -> assign(a, entry, f);
            case Stmt.ExprStmt e -> calls.call(e.call(), entry, f, null, s);
            case Stmt.If i -> ifStmt(i, entry, f);
            case Stmt.While w -> whileStmt(w, entry, f);
            case Stmt.Await a -> {
                AccessLog log = new AccessLog();
                Ev c = exprs(f, log).expr(a.condition());
                yield step(entry, Guard.when(c), Effect.NONE, f, s, "", log);
            }
            case Stmt.Assert a -> assertStmt(a, entry, f);
            case Stmt.Atomic a -> atomic(a, entry, f);
            case Stmt.Either e -> either(e, entry, f);
            case Stmt.Choose c -> choose(c, entry, f);
            case Stmt.Acquire a -> new LockCompiler(this).acquire(a, entry, f);
            case Stmt.Release r -> new LockCompiler(this).release(r, entry, f);
            case Stmt.Return r -> calls.ret(r, entry, f);
            case Stmt.Free fr -> new LockCompiler(this).free(fr, entry, f);
            case Stmt.Retire r -> new LockCompiler(this).retire(r, entry, f);
            case Stmt.Skip k -> step(entry, Guard.ALWAYS, Effect.NONE, f, s, "", new AccessLog());
            case Stmt.Break b -> {
                cfg.epsilon(entry, loopExits.peek(), Effect.NONE);
                yield node();
            }
            case Stmt.Labeled l -> {
                labels.add(new LabelAt(l.label().name(), entry));
                yield stmt(l.statement(), entry, f);
            }
        };
    }

    private int let(Stmt.Let l, int entry, Frame f) {
        Type type = l.type() != null ? Resolve.type(program.model, l.type())
                : program.typer(f.ctx()).rightSide(l.init());
        Scope.Var v = local(f, l.name().name(), type);
        if (l.init() == null) {
            return entry;
        }
        return assignValue(new Expr.Name(l.name(), l.name().span()), v.type(), l.init(), entry, f, l);
    }

    private int assign(Stmt.Assign a, int entry, Frame f) {
        Type target = program.typer(f.ctx()).type(a.target());
        if (a.op() != Stmt.AssignOp.SET) {
            AccessLog log = new AccessLog();
            ExprCompiler ex = exprs(f, log);
            Place p = ex.place(a.target(), true);
            log.read(p);
            Ev delta = ex.expr(a.value());
            boolean add = a.op() == Stmt.AssignOp.ADD;
            Ev sum = st -> {
                long v = (long) st[p.slot(st)] + (add ? delta.eval(st) : -(long) delta.eval(st));
                return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
            };
            Effect e = ex.store(p, target, sum, Type.Int.ANY, a.target().span().text());
            return step(entry, Guard.ALWAYS, e, f, a, "", log);
        }
        return assignValue(a.target(), target, a.value(), entry, f, a);
    }

    /** {@code target = value} where value may be a call, an effectful built-in or {@code new}. */
    int assignValue(Expr target, Type targetType, Expr value, int entry, Frame f, Stmt s) {
        String text = target.span().text();
        if (value instanceof Expr.Call c && !isPureBuiltin(c)) {
            Frame.ResultSink sink = (ev, log, source) -> {
                ExprCompiler ex = exprs(f, log);
                Effect store = storeEffect(ex, target, targetType, ev, program.typer(f.ctx()).rightSide(value), text);
                Scope.Var local = target instanceof Expr.Name n ? f.ctx().scope().find(n.ident().name()) : null;
                if (source >= 0 && local != null && targetType instanceof Type.Ref) {
                    // a reference returned from a variable of the callee: the destination holds its value
                    log.copy(local.slot(), source);
                }
                return store;
            };
            return calls.call(c, entry, f, sink, s);
        }
        AccessLog log = new AccessLog();
        ExprCompiler ex = exprs(f, log);
        if (value instanceof Expr.New n) {
            return calls.allocate(n, entry, f, s, ex, target, targetType, log);
        }
        Ev v = ex.expr(value);
        Effect e = storeEffect(ex, target, targetType, v, ex.type(value), text);
        return step(entry, Guard.ALWAYS, e, f, s, "", log);
    }

    Effect storeEffect(ExprCompiler ex, Expr target, Type targetType, Ev v, Type from, String text) {
        Place p = ex.place(target, true);
        return ex.store(p, targetType, v, from, text);
    }

    private boolean isPureBuiltin(Expr.Call c) {
        return c.callee() instanceof Expr.Name n && CallTyper.PURE.contains(n.ident().name())
                && !program.typer(new Context(-1, 0, "", true, new Scope(null))).isPlace(n);
    }

    private int ifStmt(Stmt.If i, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Ev c = exprs(f, log).expr(i.condition());
        int thenEntry = node();
        int join = node();
        step(entry, thenEntry, Guard.when(c), Effect.NONE, f, text(i), "true", i, log);
        cfg.epsilon(block(i.then(), thenEntry, f), join, Effect.NONE);
        if (i.otherwise() == null) {
            step(entry, join, Guard.unless(c), Effect.NONE, f, text(i), "false", i, log);
        } else {
            int elseEntry = node();
            step(entry, elseEntry, Guard.unless(c), Effect.NONE, f, text(i), "false", i, log);
            cfg.epsilon(stmt(i.otherwise(), elseEntry, f), join, Effect.NONE);
        }
        return join;
    }

    private int whileStmt(Stmt.While w, int entry, Frame f) {
        int exit = node();
        int bodyEntry = node();
        if (w.condition() instanceof Expr.BoolLit b && b.value()) {
            cfg.epsilon(entry, bodyEntry, Effect.NONE);
        } else {
            AccessLog log = new AccessLog();
            Ev c = exprs(f, log).expr(w.condition());
            step(entry, bodyEntry, Guard.when(c), Effect.NONE, f, text(w), "true", w, log);
            step(entry, exit, Guard.unless(c), Effect.NONE, f, text(w), "false", w, log);
        }
        loopBody(w.body(), bodyEntry, exit, entry, f);
        return exit;
    }

    /** A loop's body from {@code bodyEntry}, {@code break} going to {@code exit}, its end back to {@code head}. */
    void loopBody(Stmt.Block body, int bodyEntry, int exit, int head, Frame f) {
        loopExits.push(exit);
        int bodyExit = block(body, bodyEntry, f);
        loopExits.pop();
        cfg.epsilon(bodyExit, head, Effect.NONE);
    }

    private int assertStmt(Stmt.Assert a, int entry, Frame f) {
        AccessLog log = new AccessLog();
        Ev c = exprs(f, log).expr(a.condition());
        String rule = a.rule() == null ? "Assertion" : a.rule().name();
        String message = a.message() != null ? a.message()
                : "assertion `" + oneLine(a.condition().span().text()) + "` failed in " + f.ctx().where();
        Effect e = c instanceof Ev.Const k && k.value() != 0 ? Effect.NONE : st -> {
            if (c.eval(st) == 0) {
                throw new Halt(Violation.Kind.ASSERTION, rule, message);
            }
        };
        return step(entry, Guard.ALWAYS, e, f, a, "", log);
    }

    private int atomic(Stmt.Atomic a, int entry, Frame f) {
        String outer = atomicText;
        if (atomicDepth == 0) {
            atomicText = oneLine(a.span().text());
        }
        atomicDepth++;
        int bodyExit = block(a.body(), entry, f);
        atomicDepth--;
        atomicText = outer;
        int exit = node();
        cfg.epsilon(bodyExit, exit, Effect.NONE);
        return exit;
    }

    private int either(Stmt.Either e, int entry, Frame f) {
        int join = node();
        for (Stmt.Block b : e.branches()) {
            int branch = node();
            cfg.epsilon(entry, branch, Effect.NONE);
            cfg.epsilon(block(b, branch, f), join, Effect.NONE);
        }
        return join;
    }

    private int choose(Stmt.Choose c, int entry, Frame f) {
        long lo = Resolve.constant(program.model, c.lo());
        long hi = Resolve.constant(program.model, c.hi());
        int exit = node();
        Type target = program.typer(f.ctx()).type(c.target());
        for (long v = lo; v <= hi; v++) {
            AccessLog log = new AccessLog();
            ExprCompiler ex = exprs(f, log);
            Effect e = ex.store(ex.place(c.target(), true), target, ExprCompiler.constant((int) v), Type.Int.ANY,
                    c.target().span().text());
            step(entry, exit, Guard.ALWAYS, e, f, text(c), oneLine(c.target().span().text()) + " = " + v, c, log);
        }
        return exit;
    }

    int atomicDepth() {
        return atomicDepth;
    }

    int selfIndex() {
        return self;
    }
}
