package irpcheck.lang.syntax;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static irpcheck.lang.syntax.Parsing.codes;
import static irpcheck.lang.syntax.Parsing.expr;
import static irpcheck.lang.syntax.Parsing.parseOk;
import static irpcheck.lang.syntax.Parsing.sexp;
import static irpcheck.lang.syntax.Parsing.stmt;
import static irpcheck.lang.syntax.Parsing.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    @Test
    void precedenceFromOrDownToUnary() {
        assertEquals("(|| a (&& b (== c (+ d (* e (- f))))))", sexp(expr("a || b && c == d + e * -f")));
        assertEquals("(|| (&& (== (+ (* (- a) b) c) d) e) f)", sexp(expr("-a * b + c == d && e || f")));
        assertEquals("(!= (< a b) (>= c d))", sexp(expr("a < b != c >= d")));
        assertEquals("(* (+ a b) c)", sexp(expr("(a + b) * c")));
    }

    @Test
    void binaryOperatorsAssociateToTheLeft() {
        assertEquals("(- (- a b) c)", sexp(expr("a - b - c")));
        assertEquals("(% (/ (* a b) c) d)", sexp(expr("a * b / c % d")));
        assertEquals("(< (< a b) c)", sexp(expr("a < b < c")));
        assertEquals("(|| (|| a b) c)", sexp(expr("a || b || c")));
        assertEquals("(! (! (- a)))", sexp(expr("!!-a")));
    }

    @Test
    void postfixAndPrimaries() {
        assertEquals("(call (. ([] o 1) f) x 2)", sexp(expr("o[1].f(x, 2)")));
        assertEquals("(@ ([] P 0) top)", sexp(expr("P[0]@top")));
        assertEquals("(&& (@ App done) (! (call held L)))", sexp(expr("App@done && !held(L)")));
        assertEquals("(new Irp)", sexp(expr("new Irp")));
        assertEquals("(call f)", sexp(expr("f()")));
        assertEquals("(+ self 0x10)".replace("0x10", "16"), sexp(expr("self + 0x10")));
        assertEquals("(== null (|| true false))", sexp(expr("null == (true || false)")));
    }

    @Test
    void spansCoverWholeConstructs() {
        String text = "model m; const X = (a + b) * f(c) ;";
        Decl.Const c = (Decl.Const) parseOk(text).decls().get(0);
        assertEquals("(a + b) * f(c)", c.value().span().text());
        assertEquals("f(c)", ((Expr.Binary) c.value()).right().span().text());
        assertEquals("const X = (a + b) * f(c) ;", c.span().text());
        assertEquals("X", c.name().span().text());

        Stmt.If s = (Stmt.If) stmt("if (x) { skip; } else if (y) { skip; } else { break; }");
        assertEquals("if (x) { skip; } else if (y) { skip; } else { break; }", s.span().text());
        assertEquals("if (y) { skip; } else { break; }", s.otherwise().span().text());
        assertEquals("{ skip; }", s.then().span().text());
        assertEquals("x = o.f[2] + 1;", stmt("x = o.f[2] + 1;").span().text());

        Decl.Routine r = (Decl.Routine) parseOk("model m;\nsystem routine F(a: 0..N-1) -> bool { return true; }\n")
                .decls().get(0);
        assertEquals("system routine F(a: 0..N-1) -> bool { return true; }", r.span().text());
        assertEquals("a: 0..N-1", r.params().get(0).span().text());
        assertEquals("0..N-1", r.params().get(0).type().span().text());
    }

    @Test
    void types() {
        assertEquals("bool", sexp(type("bool")));
        assertEquals("spinlock", sexp(type("spinlock")));
        assertEquals("(array ptr 4)", sexp(type("ptr[4]")));
        assertEquals("(array (array bool 2) 3)", sexp(type("bool[2][3]")));
        assertEquals("(.. 0 (- N 1))", sexp(type("0..N-1")));
        assertEquals("(.. N 4)", sexp(type("N..4")));
        assertEquals("(.. (- 1) (* N 2))", sexp(type("-1..N*2")));
        assertEquals("(array (.. 0 3) 2)", sexp(type("0..3[2]")));
        assertEquals("(list Irp 2)", sexp(type("list<Irp>[2]")));
        assertEquals("(list (.. 0 3) N)", sexp(type("list<0..3>[N]")));
        assertEquals("(routine (Irp))", sexp(type("routine(Irp)")));
        assertEquals("(routine (Irp (.. 0 3)) Status)", sexp(type("routine(Irp, 0..3) -> Status")));
        assertEquals("(routine ())", sexp(type("routine()")));
        assertEquals("Status", sexp(type("Status")));
        assertEquals("(array Irp N)", sexp(type("Irp[N]")));
    }

    @Test
    void simpleStatements() {
        Stmt.Let let = (Stmt.Let) stmt("let x: 0..3 = 1;");
        assertEquals("x", let.name().name());
        assertEquals("(.. 0 3)", sexp(let.type()));
        assertEquals("1", sexp(let.init()));
        Stmt.Let bare = (Stmt.Let) stmt("let y;");
        assertNull(bare.type());
        assertNull(bare.init());

        Stmt.Assign add = (Stmt.Assign) stmt("o.Count += 2;");
        assertEquals(Stmt.AssignOp.ADD, add.op());
        assertEquals("(. o Count)", sexp(add.target()));
        assertEquals(Stmt.AssignOp.SUB, ((Stmt.Assign) stmt("a[1] -= 1;")).op());
        assertEquals(Stmt.AssignOp.SET, ((Stmt.Assign) stmt("x = f(y);")).op());

        Stmt.ExprStmt call = (Stmt.ExprStmt) stmt("append(o.L, irp);");
        assertEquals("(call append (. o L) irp)", sexp(call.call()));
        assertEquals("(call (. irp CancelRoutine) irp)", sexp(((Stmt.ExprStmt) stmt("irp.CancelRoutine(irp);")).call()));

        assertEquals("(== x 1)", sexp(((Stmt.Await) stmt("await x == 1;")).condition()));
        assertEquals("(. o L)", sexp(((Stmt.Acquire) stmt("acquire o.L;")).lock()));
        assertEquals("L", sexp(((Stmt.Release) stmt("release L;")).lock()));
        assertEquals("o", sexp(((Stmt.Free) stmt("free o;")).object()));
        Stmt.Retire retire = (Stmt.Retire) stmt("retire irp as UseAfterComplete;");
        assertEquals("UseAfterComplete", retire.rule().name());
        assertNull(((Stmt.Return) stmt("return;")).value());
        assertEquals("(+ x 1)", sexp(((Stmt.Return) stmt("return x + 1;")).value()));
        assertInstanceOf(Stmt.Skip.class, stmt("skip;"));
        assertInstanceOf(Stmt.Break.class, stmt("break;"));

        Stmt.Choose choose = (Stmt.Choose) stmt("choose a[0] in 0..N-1;");
        assertEquals("([] a 0)", sexp(choose.target()));
        assertEquals("(- N 1)", sexp(choose.hi()));
    }

    @Test
    void assertForms() {
        Stmt.Assert plain = (Stmt.Assert) stmt("assert x;");
        assertNull(plain.rule());
        assertNull(plain.message());
        Stmt.Assert full = (Stmt.Assert) stmt("assert Bounds: x < 3 : \"in range\";");
        assertEquals("Bounds", full.rule().name());
        assertEquals("(< x 3)", sexp(full.condition()));
        assertEquals("in range", full.message());
        Stmt.Assert messageOnly = (Stmt.Assert) stmt("assert ok : \"fine\";");
        assertNull(messageOnly.rule());
        assertEquals("ok", sexp(messageOnly.condition()));
        assertEquals("fine", messageOnly.message());
    }

    @Test
    void compoundStatements() {
        Stmt.If ifElse = (Stmt.If) stmt("if (a) { skip; } else if (b) { skip; } else { skip; skip; }");
        Stmt.If inner = assertInstanceOf(Stmt.If.class, ifElse.otherwise());
        assertEquals(2, assertInstanceOf(Stmt.Block.class, inner.otherwise()).statements().size());
        assertNull(((Stmt.If) stmt("if (a) { }")).otherwise());

        Stmt.While loop = (Stmt.While) stmt("while (true) { x = 1; break; }");
        assertEquals("true", sexp(loop.condition()));
        assertEquals(2, loop.body().statements().size());

        Stmt.Atomic atomic = (Stmt.Atomic) stmt("atomic { await t == 0; t = 1; }");
        assertEquals(2, atomic.body().statements().size());
        assertEquals(3, ((Stmt.Either) stmt("either { skip; } or { skip; } or { }")).branches().size());
        assertEquals(1, ((Stmt.Block) stmt("{ skip; }")).statements().size());

        Stmt.Labeled labeled = (Stmt.Labeled) stmt("top: here: skip;");
        assertEquals("top", labeled.label().name());
        assertEquals("here: skip;", labeled.statement().span().text());
        assertInstanceOf(Stmt.Skip.class, ((Stmt.Labeled) labeled.statement()).statement());
    }

    @Test
    void declarations() {
        CompilationUnit unit = parseOk("""
                module lib;
                import wdm;
                const N = 3;
                enum Status { A, B, }
                struct Irp { Cancel: bool; Count: 0..3 = 1; show "cancelled" when Cancel; }
                pool Irp[N];
                var turn: 0..1 = 0;
                routine F(a: Irp, b: bool) -> Status { return A; }
                system routine G() { }
                thread App { skip; }
                system thread P[2] { skip; }
                invariant Safe: turn == 0;
                expect holds;
                expect deadlock;
                expect violation UseAfterFree;
                """);
        assertTrue(unit.isModule());
        assertEquals("lib", unit.name().name());
        List<Decl> d = unit.decls();
        assertEquals(14, d.size());
        assertEquals("wdm", ((Decl.Import) d.get(0)).name().name());
        assertEquals("3", sexp(((Decl.Const) d.get(1)).value()));
        assertEquals(List.of("A", "B"), ((Decl.Enum) d.get(2)).members().stream().map(Ident::name).toList());
        Decl.Struct irp = (Decl.Struct) d.get(3);
        assertEquals(2, irp.fields().size());
        assertEquals("1", sexp(irp.fields().get(1).init()));
        assertEquals("cancelled", irp.shows().get(0).label());
        assertEquals("Cancel", sexp(irp.shows().get(0).condition()));
        assertEquals("N", sexp(((Decl.Pool) d.get(4)).size()));
        assertEquals("0", sexp(((Decl.Var) d.get(5)).init()));
        Decl.Routine f = (Decl.Routine) d.get(6);
        assertFalse(f.system());
        assertEquals(2, f.params().size());
        assertEquals("Status", sexp(f.result()));
        Decl.Routine g = (Decl.Routine) d.get(7);
        assertTrue(g.system());
        assertNull(g.result());
        assertNull(((Decl.Thread) d.get(8)).count());
        Decl.Thread p = (Decl.Thread) d.get(9);
        assertTrue(p.system());
        assertEquals("2", sexp(p.count()));
        assertEquals("Safe", ((Decl.Invariant) d.get(10)).name().name());
        assertEquals(Decl.ExpectKind.HOLDS, ((Decl.Expect) d.get(11)).kind());
        assertEquals(Decl.ExpectKind.DEADLOCK, ((Decl.Expect) d.get(12)).kind());
        Decl.Expect v = (Decl.Expect) d.get(13);
        assertEquals(Decl.ExpectKind.VIOLATION, v.kind());
        assertEquals("UseAfterFree", v.rule().name());
    }

    @Test
    void contextualWordsAreNamesElsewhere() {
        CompilationUnit unit = parseOk("model m; var holds: bool; var deadlock: bool; var violation: bool;"
                + " struct S { show: bool; when: bool; show \"s\" when show && when; }"
                + " invariant I: holds || deadlock || violation;");
        assertEquals(5, unit.decls().size());
    }

    @Test
    void sampleModelWithEveryConstructParsesCleanly() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/golden/parse/ok_all_constructs.irp"));
        CompilationUnit unit = parseOk(text);
        assertEquals("all_constructs", unit.name().name());
        assertFalse(unit.isModule());
        assertEquals(22, unit.decls().size());
    }

    @Test
    void headerProblemsAreReportedAndParsingGoesOn() {
        assertEquals(List.of("E0110"), codes("var x: bool;"));
        assertEquals(List.of("E0110", "E0115"), codes("var x: bool; const A = ;"));
        assertEquals(List.of("E0110"), codes(""));
        assertEquals(List.of("E0114"), codes("model ; var x: bool;"));
    }

    @Test
    void severalErrorsInOneBlockAreAllReported() {
        assertEquals(List.of("E0115", "E0121", "E0112", "E0120"),
                codes("model m; thread T { x = ; y + 1; skip skip; else { } skip; }"));
    }

    @Test
    void nestingTooDeepIsAnErrorNotAStackOverflow() {
        String deep = "model m; const X = " + "-(".repeat(5000) + "1" + ")".repeat(5000) + ";";
        assertEquals(List.of("E0122"), codes(deep));
        String blocks = "model m; thread T " + "{".repeat(5000) + "}".repeat(5000);
        assertEquals(List.of("E0122"), codes(blocks));
        String labels = "model m; thread T { " + "a: ".repeat(5000) + "skip; }";
        assertEquals(List.of("E0122"), codes(labels));
        String types = "model m; var x: " + "list<".repeat(5000) + "bool";
        assertEquals(List.of("E0122"), codes(types));
    }
}
