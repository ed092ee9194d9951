package irpcheck.lang.check;

import irpcheck.lang.syntax.Decl;
import irpcheck.lang.syntax.Expr;
import irpcheck.lang.syntax.Stmt;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.util.List;
import java.util.Map;

/**
 * A model whose names and types are resolved and whose rules were checked: the tables the compiler
 * lowers. Maps keep declaration order (they are LinkedHashMaps), so everything derived from them is
 * deterministic. Immutable by convention.
 */
public record ResolvedModel(String name, SourceFile file, List<SourceFile> sources, Map<String, Long> consts,
                            Map<String, Type.Enum> enums, Map<String, StructDef> structs, List<PoolDef> pools,
                            Map<String, GlobalDef> globals, Map<String, RoutineDef> routines,
                            List<ThreadDef> threads, List<InvariantDef> invariants, Decl.Expect expect,
                            List<PropertyDef> properties, Map<String, GlobalDef> threadVars) {

    public ResolvedModel {
        properties = properties == null ? List.of() : List.copyOf(properties);
        threadVars = threadVars == null ? Map.of() : threadVars;
    }

    /** A model without liveness properties. */
    public ResolvedModel(String name, SourceFile file, List<SourceFile> sources, Map<String, Long> consts,
                         Map<String, Type.Enum> enums, Map<String, StructDef> structs, List<PoolDef> pools,
                         Map<String, GlobalDef> globals, Map<String, RoutineDef> routines,
                         List<ThreadDef> threads, List<InvariantDef> invariants, Decl.Expect expect) {
        this(name, file, sources, consts, enums, structs, pools, globals, routines, threads, invariants, expect, List.of(),
                Map.of());
    }

    /** The thread declaration named {@code name}, or null. */
    public ThreadDef thread(String name) {
        for (ThreadDef t : threads) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** A struct: its fields in order and its show-labels. */
    public record StructDef(String name, List<FieldDef> fields, List<Decl.Show> shows, Span span) {
        public FieldDef field(String fieldName) {
            for (FieldDef f : fields) {
                if (f.name().equals(fieldName)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A struct field with its slot offset inside the object (after the status slot). */
    public record FieldDef(String name, Type type, Expr init, int offset) { }

    /** {@code pool T[size]}. */
    public record PoolDef(String struct, int size, Span span) { }

    /** A global variable, or a thread variable ({@code thread var}: one per thread). */
    public record GlobalDef(String name, Type type, Expr init, Span span) { }

    /** A routine with its resolved signature. */
    public record RoutineDef(String name, boolean system, List<String> paramNames, Type.Routine signature,
                             Stmt.Block body, Span span) { }

    /** A thread declaration with its instance count and the fairness liveness checking assumes of it. */
    public record ThreadDef(String name, boolean system, int count, Stmt.Block body, Span span,
                            Decl.ThreadFairness fairness) {
        public ThreadDef {
            fairness = fairness == null ? Decl.ThreadFairness.WEAK : fairness;
        }

        public ThreadDef(String name, boolean system, int count, Stmt.Block body, Span span) {
            this(name, system, count, body, span, Decl.ThreadFairness.WEAK);
        }
    }

    /**
     * A liveness property {@code trigger ~> goal} ({@code trigger} null for {@code always eventually goal}),
     * quantified over the objects of {@code struct}'s pool as {@code variable} when both are non-null;
     * {@code text} is the formula as written.
     */
    public record PropertyDef(String name, String variable, String struct, Expr trigger, Expr goal, String text,
                              Span span) { }

    /** An invariant. */
    public record InvariantDef(String name, Expr condition, Span span) { }
}
