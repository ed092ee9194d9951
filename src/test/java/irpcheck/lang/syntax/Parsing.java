package irpcheck.lang.syntax;

import irpcheck.source.Diagnostic;
import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Test helpers: parse snippets and print expressions and types as compact S-expressions. */
final class Parsing {
    private Parsing() {
    }

    /** Parses a whole file and fails on any diagnostic. */
    static CompilationUnit parseOk(String text) {
        Diagnostics d = new Diagnostics();
        CompilationUnit unit = new Parser().parse(new SourceFile("t.irp", text), d);
        if (d.count() > 0) {
            fail("unexpected diagnostics:\n" + d.all().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }
        return unit;
    }

    /** The codes of every diagnostic of parsing {@code text}, in report order. */
    static List<String> codes(String text) {
        Diagnostics d = new Diagnostics();
        new Parser().parse(new SourceFile("t.irp", text), d);
        return d.all().stream().map(Diagnostic::code).toList();
    }

    static Expr expr(String source) {
        Decl.Const c = (Decl.Const) parseOk("model m; const X = " + source + ";").decls().get(0);
        return c.value();
    }

    static TypeExpr type(String source) {
        Decl.Var v = (Decl.Var) parseOk("model m; var x: " + source + ";").decls().get(0);
        return v.type();
    }

    static Stmt stmt(String source) {
        Decl.Thread t = (Decl.Thread) parseOk("model m; thread T { " + source + " }").decls().get(0);
        assertEquals(1, t.body().statements().size(), "one statement expected");
        return t.body().statements().get(0);
    }

    static String sexp(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.NullLit n -> "null";
            case Expr.StringLit s -> "\"" + s.value() + "\"";
            case Expr.Name n -> n.ident().name();
            case Expr.Self s -> "self";
            case Expr.Field f -> "(. " + sexp(f.target()) + " " + f.field().name() + ")";
            case Expr.Index i -> "([] " + sexp(i.target()) + " " + sexp(i.index()) + ")";
            case Expr.Call c -> "(call " + sexp(c.callee())
                    + c.args().stream().map(a -> " " + sexp(a)).collect(Collectors.joining()) + ")";
            case Expr.New n -> "(new " + n.type().name() + ")";
            case Expr.At a -> "(@ " + sexp(a.thread()) + " " + a.label().name() + ")";
            case Expr.Unary u -> "(" + u.op().symbol + " " + sexp(u.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol + " " + sexp(b.left()) + " " + sexp(b.right()) + ")";
        };
    }

    static String sexp(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Bool b -> "bool";
            case TypeExpr.SpinLock s -> "spinlock";
            case TypeExpr.Ptr p -> "ptr";
            case TypeExpr.Range r -> "(.. " + sexp(r.lo()) + " " + sexp(r.hi()) + ")";
            case TypeExpr.Named n -> n.name().name();
            case TypeExpr.Array a -> "(array " + sexp(a.element()) + " " + sexp(a.size()) + ")";
            case TypeExpr.ListOf l -> "(list " + sexp(l.element()) + " " + sexp(l.capacity()) + ")";
            case TypeExpr.Routine r -> "(routine (" + r.params().stream().map(Parsing::sexp).collect(Collectors.joining(" "))
                    + ")" + (r.result() == null ? "" : " " + sexp(r.result())) + ")";
        };
    }
}
