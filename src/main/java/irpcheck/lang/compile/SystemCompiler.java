package irpcheck.lang.compile;

import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Decl;
import irpcheck.model.Action;
import irpcheck.model.Process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's entry point: lays out the state (globals, pool objects, then each process's program
 * counter and locals), lowers every thread instance, and returns the {@link CompiledSystem}.
 * Not thread-safe; one per compilation.
 */
final class SystemCompiler {
    private final Program program;

    SystemCompiler(ResolvedModel model) {
        this.program = new Program(model);
    }

    CompiledSystem compile() {
        globals();
        pools();
        List<ProcessCode> processes = new ArrayList<>();
        List<Process> infos = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        List<irpcheck.model.Fairness> fairness = new ArrayList<>();
        Map<Integer, AccessLog> footprints = new HashMap<>();
        for (ResolvedModel.ThreadDef t : program.model.threads()) {
            for (int i = 0; i < t.count(); i++) {
                int index = processes.size();
                String name = t.count() > 1 ? t.name() + "[" + i + "]" : t.name();
                int pcSlot = program.slots.add(name + ".pc", 0, 0);
                program.labels.addProcess(t.name(), index, pcSlot);
                ProcessCompiler pc = new ProcessCompiler(program, t, i, index, name, pcSlot);
                int entry = pc.compile();
                CfgResolver resolver = new CfgResolver(pc.cfg, index, actions, footprints);
                ProcessCode code = resolver.resolve(pc, entry);
                code = new ProcessCode(code.name(), t.system(), pcSlot, code.entry(), code.end(), code.edges(),
                        code.atomic(), code.where(), code.validEnd());
                for (ProcessCompiler.LabelAt l : pc.labels) {
                    program.labels.addLabel(index, l.label(), resolver.settleFree(l.node()));
                }
                program.slots.setMax(pcSlot, code.edges().length);
                program.slots.setInitial(pcSlot, code.entry());
                processes.add(code);
                infos.add(new Process(index, name, t.system()));
                fairness.add(PropertyCompiler.fairness(t.fairness()));
            }
        }
        fixRanges(processes.size());
        List<Invariant> invariants = invariants();
        List<irpcheck.model.LivenessProperty> properties = new PropertyCompiler(program).compile();
        Decoder decoder = new Decoder(program, processes, infos, shows());
        program.freeze();
        AccessLog[] logs = new AccessLog[actions.size()];
        footprints.forEach((k, v) -> logs[k] = v);
        return new CompiledSystem(program.model.name(), program.slots.layout(), program.slots.initialState(), processes,
                infos, actions, logs, invariants, decoder, properties, fairness, FootprintCache.union(
                        program.heap.statusSlots(null), program.lockSlots()));
    }

    private void globals() {
        for (ResolvedModel.GlobalDef g : program.model.globals().values()) {
            int slot = program.allocate(g.name(), g.type());
            int[] init = ZeroValues.initial(program, g.type(), g.init());
            for (int i = 0; i < init.length; i++) {
                program.slots.setInitial(slot + i, init[i]);
            }
            program.globals.define(g.name(), new Scope.Var(g.type(), slot));
        }
    }

    private void pools() {
        for (ResolvedModel.PoolDef pool : program.model.pools()) {
            ResolvedModel.StructDef s = program.model.structs().get(pool.struct());
            for (int i = 0; i < pool.size(); i++) {
                String name = s.name() + "#" + (i + 1);
                int status = program.slots.add(name + ".status", 0, 1);
                for (ResolvedModel.FieldDef f : s.fields()) {
                    int slot = program.allocate(name + "." + f.name(), f.type());
                    for (int k = 0; k < f.type().slotCount(); k++) {
                        program.slots.setInitial(slot + k, 0);
                    }
                }
                program.heap.addObject(s, status);
            }
        }
    }

    private void fixRanges(int processCount) {
        for (int slot : program.refSlots) {
            program.slots.setMax(slot, program.heap.maxRef());
        }
        for (int slot : program.lockSlots) {
            program.slots.setMax(slot, processCount);
        }
        for (Heap.Obj o : program.heap.objects()) {
            program.slots.setMax(o.statusSlot(), Heap.RETIRED + program.heap.retireSiteCount() - 1);
        }
    }

    private Context global(String where) {
        return new Context(-1, 0, where, true, new Scope(null));
    }

    private List<Invariant> invariants() {
        List<Invariant> out = new ArrayList<>();
        for (ResolvedModel.InvariantDef inv : program.model.invariants()) {
            AccessLog log = new AccessLog();
            Ev ev = new ExprCompiler(program, global("invariant " + inv.name()), log).expr(inv.condition());
            if (ev instanceof Ev.Const c && c.value() != 0) {
                // true in every state (CHECK == 0 || ... with -D CHECK=0): checks nothing, makes no step visible
                continue;
            }
            out.add(new Invariant(inv.name(), ev, inv.span(), log));
        }
        return out;
    }

    /** Per object, its struct's show-labels compiled against that object's slots. */
    private Map<Integer, List<Decoder.Show>> shows() {
        Map<Integer, List<Decoder.Show>> out = new HashMap<>();
        for (Heap.Obj o : program.heap.objects()) {
            Scope scope = new Scope(null);
            for (ResolvedModel.FieldDef f : o.struct().fields()) {
                scope.define(f.name(), new Scope.Var(f.type(), o.statusSlot() + f.offset()));
            }
            Context ctx = new Context(-1, 0, o.name(), true, scope);
            List<Decoder.Show> shows = new ArrayList<>();
            for (Decl.Show sh : o.struct().shows()) {
                shows.add(new Decoder.Show(sh.label(), new ExprCompiler(program, ctx, new AccessLog()).expr(sh.condition())));
            }
            out.put(o.id(), shows);
        }
        return out;
    }

    /** A compiled invariant. */
    record Invariant(String name, Ev condition, irpcheck.source.Span span, AccessLog reads) { }

    static boolean isScalar(Type t) {
        return t.isScalar();
    }
}
