package irpcheck.lang.check;

import irpcheck.lang.syntax.CompilationUnit;
import irpcheck.lang.syntax.Decl;
import irpcheck.lang.syntax.TypeExpr;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checker's entry point: resolves the declarations of a model and its imported modules, checks
 * every routine and thread body, and returns the {@link ResolvedModel}, or null when it reported errors.
 * Not thread-safe; use one per check.
 */
public final class ModelChecker {
    static final int MAX_POOL = 64;
    static final int MAX_THREADS = 64;

    private final Diagnostics diagnostics;
    private final Map<String, Span> declared = new HashMap<>();
    private final Map<String, Long> consts = new LinkedHashMap<>();
    private final Map<String, Type.Enum> enums = new LinkedHashMap<>();
    private final Map<String, ResolvedModel.StructDef> structs = new LinkedHashMap<>();
    private final List<ResolvedModel.PoolDef> pools = new ArrayList<>();
    private final Map<String, ResolvedModel.GlobalDef> globals = new LinkedHashMap<>();
    private final Map<String, ResolvedModel.GlobalDef> threadVars = new LinkedHashMap<>();
    private final Map<String, ResolvedModel.RoutineDef> routines = new LinkedHashMap<>();
    private final List<ResolvedModel.ThreadDef> threads = new ArrayList<>();
    private final List<ResolvedModel.InvariantDef> invariants = new ArrayList<>();
    private final List<ResolvedModel.PropertyDef> properties = new ArrayList<>();
    private Decl.Expect expect;

    public ModelChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param units   the imported modules in dependency order, then the model itself last
     * @param defines constant overrides ({@code -D N=3}); naming no constant is an error
     */
    public ResolvedModel check(List<CompilationUnit> units, Map<String, Long> defines) {
        CompilationUnit main = units.get(units.size() - 1);
        List<Decl> decls = new ArrayList<>();
        units.forEach(u -> decls.addAll(u.decls()));
        int before = diagnostics.count();
        declareConsts(decls, defines, main);
        ConstEvaluator ce = new ConstEvaluator(consts, diagnostics);
        declareEnums(decls);
        Set<String> structNames = structNames(decls);
        TypeResolver types = new TypeResolver(ce, enums, structNames, diagnostics);
        declareStructs(decls, types);
        declareRest(decls, types, ce);
        List<SourceFile> sources = units.stream().map(CompilationUnit::file).toList();
        String name = main.name() == null ? "model" : main.name().name();
        ResolvedModel model = new ResolvedModel(name, main.file(), sources, consts, enums, structs, pools, globals,
                routines, threads, invariants, expect, properties, threadVars);
        new BodyChecker(model, diagnostics).checkAll();
        new RecursionCheck(model, diagnostics).check();
        new ExpectCheck(model, diagnostics).check();
        return diagnostics.count() > before && diagnostics.hasErrors() ? null : model;
    }

    private boolean declare(String name, Span span, String what) {
        if (CallTyper.isBuiltin(name)) {
            diagnostics.error("E0250", span, "`" + name + "` is a built-in and cannot be redeclared");
            return false;
        }
        Span previous = declared.putIfAbsent(name, span);
        if (previous != null) {
            diagnostics.error("E0251", span, what + " `" + name + "` is already declared at " + previous.location());
            return false;
        }
        return true;
    }

    private void declareConsts(List<Decl> decls, Map<String, Long> defines, CompilationUnit main) {
        ConstEvaluator ce = new ConstEvaluator(consts, diagnostics);
        Set<String> used = new HashSet<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Const c && declare(c.name().name(), c.name().span(), "constant")) {
                Long v = defines.containsKey(c.name().name()) ? defines.get(c.name().name()) : ce.eval(c.value());
                used.add(c.name().name());
                if (v != null) {
                    consts.put(c.name().name(), v);
                }
            }
        }
        for (String name : new java.util.TreeSet<>(defines.keySet())) {
            if (!used.contains(name)) {
                Span at = main.name() != null ? main.name().span() : new Span(main.file(), 0, 0);
                diagnostics.error("E0252", at, "-D " + name + ": the model has no constant `" + name + "`",
                        Names.suggest(name, used));
            }
        }
    }

    private void declareEnums(List<Decl> decls) {
        Set<String> members = new HashSet<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Enum e && declare(e.name().name(), e.name().span(), "enum")) {
                List<String> names = new ArrayList<>();
                for (var m : e.members()) {
                    if (!members.add(m.name()) || !declare(m.name(), m.span(), "enum member")) {
                        continue;
                    }
                    names.add(m.name());
                }
                enums.put(e.name().name(), new Type.Enum(e.name().name(), names));
            }
        }
    }

    private Set<String> structNames(List<Decl> decls) {
        Set<String> names = new LinkedHashSet<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Struct s && declare(s.name().name(), s.name().span(), "struct")) {
                names.add(s.name().name());
            }
        }
        return names;
    }

    private void declareStructs(List<Decl> decls, TypeResolver types) {
        for (Decl d : decls) {
            if (d instanceof Decl.Struct s && !structs.containsKey(s.name().name())
                    && declared.get(s.name().name()) == s.name().span()) {
                List<ResolvedModel.FieldDef> fields = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                int offset = 1;
                for (Decl.FieldDecl f : s.fields()) {
                    Type t = types.resolve(f.type());
                    if (!seen.add(f.name().name())) {
                        diagnostics.error("E0253", f.name().span(), "field `" + f.name().name() + "` appears twice in " + s.name().name());
                        continue;
                    }
                    fields.add(new ResolvedModel.FieldDef(f.name().name(), t, f.init(), offset));
                    offset += t.slotCount();
                }
                structs.put(s.name().name(), new ResolvedModel.StructDef(s.name().name(), fields, s.shows(), s.span()));
            }
        }
    }

    private void declareRest(List<Decl> decls, TypeResolver types, ConstEvaluator ce) {
        for (Decl d : decls) {
            switch (d) {
                case Decl.Pool p -> pool(p, ce);
                case Decl.Var v -> {
                    if (declare(v.name().name(), v.name().span(), "variable")) {
                        globals.put(v.name().name(), new ResolvedModel.GlobalDef(v.name().name(), types.resolve(v.type()),
                                v.init(), v.span()));
                    }
                }
                case Decl.ThreadVar v -> threadVar(v, types);
                case Decl.Routine r -> routine(r, types);
                case Decl.Thread t -> thread(t, ce);
                case Decl.Invariant i -> {
                    if (declare(i.name().name(), i.name().span(), "invariant")) {
                        invariants.add(new ResolvedModel.InvariantDef(i.name().name(), i.condition(), i.span()));
                    }
                }
                case Decl.Expect e -> {
                    if (expect != null) {
                        diagnostics.error("E0254", e.span(), "a model has one `expect`; another is at "
                                + expect.span().location());
                    } else {
                        expect = e;
                    }
                }
                case Decl.Property p -> property(p);
                case Decl.Import i -> { }
                case Decl.Const c -> { }
                case Decl.Enum e -> { }
                case Decl.Struct s -> { }
            }
        }
    }

    private void pool(Decl.Pool p, ConstEvaluator ce) {
        String s = p.type().name();
        if (!structs.containsKey(s)) {
            diagnostics.error("E0255", p.type().span(), "pool of unknown struct `" + s + "`", Names.suggest(s, structs.keySet()));
            return;
        }
        if (pools.stream().anyMatch(q -> q.struct().equals(s))) {
            diagnostics.error("E0256", p.span(), "struct " + s + " already has a pool");
            return;
        }
        Long size = ce.eval(p.size());
        if (size != null && (size < 1 || size > MAX_POOL)) {
            diagnostics.error("E0257", p.size().span(), "a pool holds 1 to " + MAX_POOL + " objects, not " + size);
            return;
        }
        if (size != null) {
            pools.add(new ResolvedModel.PoolDef(s, size.intValue(), p.span()));
        }
    }

    /** {@code thread var x: T;}: a value per thread, never a lock (a lock is shared by definition). */
    private void threadVar(Decl.ThreadVar v, TypeResolver types) {
        if (!declare(v.name().name(), v.name().span(), "thread variable")) {
            return;
        }
        Type t = types.resolve(v.type());
        if (t instanceof Type.Lock) {
            diagnostics.error("E0300", v.type().span(), "a thread variable cannot be a spin lock: a lock is shared by the"
                    + " threads that contend for it", "declare the lock with `var` or as a struct field");
            t = new Type.Error();
        }
        threadVars.put(v.name().name(), new ResolvedModel.GlobalDef(v.name().name(), t, v.init(), v.span()));
    }

    private void routine(Decl.Routine r, TypeResolver types) {
        if (!declare(r.name().name(), r.name().span(), "routine")) {
            return;
        }
        List<Type> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Decl.Param p : r.params()) {
            if (names.contains(p.name().name())) {
                diagnostics.error("E0258", p.name().span(), "parameter `" + p.name().name() + "` appears twice");
            }
            Type t = types.resolve(p.type());
            if (t instanceof Type.Lock || t instanceof Type.ListOf || t instanceof Type.Array) {
                diagnostics.error("E0259", p.type().span(), "a parameter holds a value or a reference, not a " + t.show(),
                        "pass the object that holds it instead");
            }
            params.add(t);
            names.add(p.name().name());
        }
        TypeExpr result = r.result();
        Type resultType = result == null ? null : types.resolve(result);
        routines.put(r.name().name(), new ResolvedModel.RoutineDef(r.name().name(), r.system(), names,
                new Type.Routine(params, resultType), r.body(), r.span()));
    }

    private void thread(Decl.Thread t, ConstEvaluator ce) {
        if (!declare(t.name().name(), t.name().span(), "thread")) {
            return;
        }
        int count = 1;
        if (t.count() != null) {
            Long c = ce.eval(t.count());
            if (c == null) {
                return;
            }
            if (c < 1 || c > MAX_THREADS) {
                diagnostics.error("E0260", t.count().span(), "a thread array has 1 to " + MAX_THREADS + " threads, not " + c);
                return;
            }
            count = c.intValue();
        }
        threads.add(new ResolvedModel.ThreadDef(t.name().name(), t.system(), count, t.body(), t.span(), t.fairness()));
    }

    /** A property's name is a rule name; a quantified one ranges over a struct that has a pool. */
    private void property(Decl.Property p) {
        if (!declare(p.name().name(), p.name().span(), "property")) {
            return;
        }
        if (p.struct() != null) {
            String s = p.struct().name();
            if (!structs.containsKey(s)) {
                diagnostics.error("E0287", p.struct().span(), "`forall` over unknown struct `" + s + "`",
                        Names.suggest(s, structs.keySet()));
                return;
            }
            if (pools.stream().noneMatch(q -> q.struct().equals(s))) {
                diagnostics.error("E0288", p.struct().span(), "`forall` over struct " + s + ", which has no pool",
                        "declare `pool " + s + "[n];`: the property is checked for each object of the pool");
                return;
            }
        }
        String formula = (p.trigger() == null ? "always eventually " : p.trigger().span().text() + " ~> ")
                + p.goal().span().text();
        String text = (p.variable() == null ? "" : "forall " + p.variable().name() + ": " + p.struct().name() + " :: ")
                + formula;
        properties.add(new ResolvedModel.PropertyDef(p.name().name(), p.variable() == null ? null : p.variable().name(),
                p.struct() == null ? null : p.struct().name(), p.trigger(), p.goal(), text.replaceAll("\\s+", " "),
                p.span()));
    }
}
