package irpcheck.lang.compile;

import irpcheck.lang.check.CallTyper;
import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;
import irpcheck.model.CallSite;
import irpcheck.model.Violation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Lowers calls by inlining: each call site gets its own copy of the callee with its own local slots.
 * Entering a direct call takes no step (the arguments are bound together with the callee's first
 * step); a call through a routine reference is one step that picks the routine; {@code return e;} is
 * one step; leaving a routine zeroes its locals. Not thread-safe.
 */
final class CallCompiler {
    private final ProcessCompiler pc;
    private final Deque<String> inlining = new ArrayDeque<>();

    CallCompiler(ProcessCompiler pc) {
        this.pc = pc;
    }

    int call(Expr.Call c, int entry, Frame f, Frame.ResultSink sink, Stmt s) {
        if (c.callee() instanceof Expr.Name n && isBuiltin(n, f)) {
            return builtin(c, entry, f, sink, s);
        }
        if (c.callee() instanceof Expr.Name n && f.ctx().scope().find(n.ident().name()) == null
                && pc.program.globals.find(n.ident().name()) == null
                && pc.program.model.routines().containsKey(n.ident().name())) {
            return direct(pc.program.model.routines().get(n.ident().name()), c, entry, f, sink, s);
        }
        return indirect(c, entry, f, sink, s);
    }

    private boolean isBuiltin(Expr.Name n, Frame f) {
        String name = n.ident().name();
        return f.ctx().scope().find(name) == null && pc.program.globals.find(name) == null
                && CallTyper.isBuiltin(name);
    }

    private int builtin(Expr.Call c, int entry, Frame f, Frame.ResultSink sink, Stmt s) {
        AccessLog log = new AccessLog();
        ExprCompiler ex = pc.exprs(f, log);
        Ev v = new BuiltinCompiler(pc.program, f.ctx(), ex, log).pure(c);
        Effect e = sink == null ? st -> v.eval(st) : sink.store(v, log, -1);
        return pc.step(entry, Guard.ALWAYS, e, f, s, "", log);
    }

    private int direct(ResolvedModel.RoutineDef r, Expr.Call c, int entry, Frame f, Frame.ResultSink sink, Stmt s) {
        AccessLog log = new AccessLog();
        int cont = pc.node();
        Frame callee = frame(r, cont, sink, f.calling(s, r.name()));
        Effect bind = bind(r, callee, c, f, log);
        int calleeEntry = pc.node();
        pc.cfg.leading(entry, calleeEntry, bind, log);
        body(r, calleeEntry, callee);
        return cont;
    }

    private Frame frame(ResolvedModel.RoutineDef r, int cont, Frame.ResultSink sink, List<CallSite> stack) {
        Context ctx = new Context(pc.process, ctxSelf(), r.name(), r.system(), new Scope(null));
        return new Frame(ctx, cont, sink, pc.program.slotList(), false, stack);
    }

    private int ctxSelf() {
        return pc.selfIndex();
    }

    /** Allocates the callee's parameters and returns the effect binding the arguments to them. */
    private Effect bind(ResolvedModel.RoutineDef r, Frame callee, Expr.Call c, Frame caller, AccessLog log) {
        ExprCompiler ex = pc.exprs(caller, log);
        int n = r.paramNames().size();
        Ev[] args = new Ev[n];
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            Type t = r.signature().params().get(i);
            Expr arg = c.args().get(i);
            args[i] = ex.convert(ex.expr(arg), t, ex.type(arg), r.name() + "(" + r.paramNames().get(i) + ")");
            slots[i] = pc.local(callee, r.paramNames().get(i), t).slot();
            log.write(ExprCompiler.fixed(slots[i]));
            if (t instanceof Type.Ref && arg instanceof Expr.Name name) {
                Scope.Var local = caller.ctx().scope().find(name.ident().name());
                if (local != null) {
                    // a reference passed on from a variable of the caller: the parameter holds its value
                    log.copy(slots[i], local.slot());
                }
            }
        }
        return s -> {
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = args[i].eval(s);
            }
            for (int i = 0; i < n; i++) {
                s[slots[i]] = values[i];
            }
        };
    }

    private void body(ResolvedModel.RoutineDef r, int calleeEntry, Frame callee) {
        if (inlining.contains(r.name())) {
            throw new IllegalStateException("recursion through " + r.name() + " passed the checker");
        }
        inlining.push(r.name());
        int last = pc.block(r.body(), calleeEntry, callee);
        inlining.pop();
        Program.LiveRange range = new Program.LiveRange(pc.process, pc.pcSlot, calleeEntry, pc.cfg.nodes.size());
        callee.locals().list().forEach(slot -> pc.program.liveRanges.put(slot, range));
        pc.cfg.epsilon(last, callee.exit(), callee.zeroLocals());
    }

    private int indirect(Expr.Call c, int entry, Frame f, Frame.ResultSink sink, Stmt s) {
        AccessLog log = new AccessLog();
        ExprCompiler ex = pc.exprs(f, log);
        Type.Routine sig = (Type.Routine) ex.type(c.callee());
        Ev target = ex.expr(c.callee());
        int cont = pc.node();
        String text = ProcessCompiler.text(s);
        for (ResolvedModel.RoutineDef r : pc.program.model.routines().values()) {
            if (!r.signature().equals(sig) || !pc.program.routineValues.contains(r.name())) {
                continue;
            }
            AccessLog edgeLog = new AccessLog();
            edgeLog.addAll(log);
            Frame callee = frame(r, cont, sink, f.calling(s, r.name()));
            Effect bind = bind(r, callee, c, f, edgeLog);
            int value = pc.program.routineValue(r.name());
            int calleeEntry = pc.node();
            pc.step(entry, calleeEntry, st -> target.eval(st) == value, bind, f, text, "calls " + r.name(), s, edgeLog);
            body(r, calleeEntry, callee);
        }
        String where = f.ctx().where();
        String callee = c.callee().span().text();
        pc.step(entry, pc.node(), st -> target.eval(st) == 0, st -> {
            throw new Halt(Violation.Kind.NULL_DEREFERENCE, "NullDereference", "call through null routine reference `"
                    + callee + "` in " + where);
        }, f, text, "null", s, log);
        return cont;
    }

    int ret(Stmt.Return r, int entry, Frame f) {
        if (f.isThread()) {
            pc.cfg.epsilon(entry, f.exit(), Effect.NONE);
            return pc.node();
        }
        if (r.value() == null) {
            pc.cfg.epsilon(entry, f.exit(), f.zeroLocals());
            return pc.node();
        }
        AccessLog log = new AccessLog();
        ExprCompiler ex = pc.exprs(f, log);
        ResolvedModel.RoutineDef routine = pc.program.model.routines().get(f.ctx().where());
        Ev v = ex.convert(ex.expr(r.value()), routine.signature().result(), ex.type(r.value()), "the result of " + routine.name());
        Scope.Var returned = r.value() instanceof Expr.Name name ? f.ctx().scope().find(name.ident().name()) : null;
        int source = returned == null ? -1 : returned.slot();
        Effect store = f.result() == null ? st -> v.eval(st) : f.result().store(v, log, source);
        pc.step(entry, f.exit(), Guard.ALWAYS, store.then(f.zeroLocals()), f, ProcessCompiler.text(r), "", r, log);
        return pc.node();
    }

    int allocate(Expr.New n, int entry, Frame f, Stmt s, ExprCompiler ex, Expr target, Type targetType, AccessLog log) {
        String struct = n.type().name();
        Heap heap = pc.program.heap;
        // Reads every status (it takes the lowest free object); writes one of the objects free now. An
        // object live now is written only after a free, and a free conflicts with every step that
        // follows a reference to the object, so for the reduction the objects free now suffice.
        log.bounded(() -> heap.statusSlots(struct), () -> new int[0]);
        log.boundedInState(new AccessLog.StateBound(st -> new int[0], st -> heap.freeObjectSlots(st, struct),
                () -> new int[0], () -> heap.objectSlots(struct), false));
        Scope.Var local = target instanceof Expr.Name name ? f.ctx().scope().find(name.ident().name()) : null;
        if (local != null) {
            log.fresh(local.slot(), st -> heap.freeRefs(st, struct));
        }
        int[] init = ZeroValues.object(pc.program, pc.program.model.structs().get(struct));
        Effect store = pc.storeEffect(ex, target, targetType, st -> heap.allocate(st, struct, init),
                new Type.Ref(struct), target.span().text());
        return pc.step(entry, st -> heap.hasFree(st, struct), store, f, s, "", log);
    }
}
