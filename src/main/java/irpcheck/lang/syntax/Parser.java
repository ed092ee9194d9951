package irpcheck.lang.syntax;

import irpcheck.source.Diagnostics;
import irpcheck.source.SourceFile;
import irpcheck.source.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The recursive-descent parser of {@code .irp}: the file header and the declarations; statements,
 * types and expressions are parsed by {@link StmtParser}, {@link TypeParser} and {@link ExprParser}.
 * It runs the {@link Lexer} itself, reports every syntax error it can find (resynchronising at the
 * next declaration keyword, or inside blocks at {@code ;} and {@code }}), and never throws: on bad
 * input it returns the declarations it could read. Stateless and thread-safe: each call builds its
 * own lexer and cursor.
 */
public final class Parser {

    /** Parses {@code source}; errors go to {@code diagnostics}. */
    public CompilationUnit parse(SourceFile source, Diagnostics diagnostics) {
        List<Token> tokens = new Lexer().lex(source, diagnostics);
        return new FileParser(new TokenStream(tokens, diagnostics)).file(source);
    }

    /** One parse of one file. Not thread-safe. */
    private static final class FileParser {
        private final TokenStream ts;
        private final ExprParser exprs;
        private final TypeParser types;
        private final StmtParser stmts;
        private final LivenessParser liveness;

        FileParser(TokenStream ts) {
            this.ts = ts;
            this.exprs = new ExprParser(ts);
            this.types = new TypeParser(ts, exprs);
            this.stmts = new StmtParser(ts, exprs, types);
            this.liveness = new LivenessParser(ts, exprs, this::fairThread);
        }

        /** {@code ("model" | "module") IDENT ";" decl*}. */
        CompilationUnit file(SourceFile source) {
            boolean isModule = ts.check(TokenKind.MODULE);
            Ident name = header();
            List<Decl> decls = new ArrayList<>();
            while (!ts.atEnd()) {
                int start = ts.position();
                try {
                    Decl d = declaration();
                    if (d != null) {
                        decls.add(d);
                    }
                } catch (ParseError e) {
                    ts.syncDeclaration(start);
                } catch (StackOverflowError e) {
                    // The depth limit keeps nesting well inside a normal stack, but a thread with a small
                    // stack (or code not yet compiled, whose frames are larger) can still run out: an error
                    // at the place reached, like the limit's, and on to the next declaration.
                    ts.report(SyntaxCodes.NESTING_TOO_DEEP, ts.peek().span(), "nesting too deep for irpcheck's stack here",
                            "split the construct, or name a part of it with `let`");
                    ts.syncDeclaration(start);
                }
            }
            return new CompilationUnit(source, isModule, name, decls, new Span(source, 0, source.text().length()));
        }

        /** The {@code model NAME;} or {@code module NAME;} line; null (after an error) when missing or broken. */
        private Ident header() {
            if (!ts.check(TokenKind.MODEL) && !ts.check(TokenKind.MODULE)) {
                ts.report(SyntaxCodes.MISSING_HEADER, ts.peek().span(), "expected `model NAME;` or `module NAME;`"
                        + " at the start of the file, found " + ts.peek().describe(),
                        "a file to check starts with `model NAME;`, a library with `module NAME;`");
                skipMisspelledHeader();
                return null;
            }
            int start = ts.position();
            try {
                Token keyword = ts.advance();
                Ident name = ts.expectName("after `" + keyword.text() + "`");
                ts.expectSemi("the `" + keyword.text() + "` header");
                return name;
            } catch (ParseError e) {
                ts.syncDeclaration(start);
                return null;
            }
        }

        /** {@code modle x;} is a header with a typo: skip it rather than report its words again. */
        private void skipMisspelledHeader() {
            if (ts.check(TokenKind.IDENT) && ts.peek(1).kind() == TokenKind.IDENT
                    && ts.peek(2).kind() == TokenKind.SEMI) {
                ts.advance();
                ts.advance();
                ts.advance();
            }
        }

        /** One declaration; null for a second header, which is reported and skipped. */
        private Decl declaration() {
            Token t = ts.peek();
            return switch (t.kind()) {
                case IMPORT -> importDecl();
                case CONST -> constDecl();
                case ENUM -> enumDecl();
                case STRUCT -> new StructParser(ts, exprs, types).struct();
                case POOL -> poolDecl();
                case VAR -> varDecl();
                case SYSTEM, ROUTINE, THREAD -> routineOrThread();
                case INVARIANT -> invariantDecl();
                case EXPECT -> expectDecl();
                case MODEL, MODULE -> secondHeader();
                case IDENT -> ts.startsLivenessDeclaration() ? liveness.declaration() : throwNotADeclaration(t);
                default -> throw notADeclaration(t);
            };
        }

        private Decl throwNotADeclaration(Token t) {
            throw notADeclaration(t);
        }

        private ParseError notADeclaration(Token t) {
            String message = "expected a declaration, found " + t.describe();
            if (t.kind() == TokenKind.LET) {
                return ts.error(SyntaxCodes.EXPECTED_DECLARATION, message, "a global variable is declared with `var`");
            }
            return ts.error(SyntaxCodes.EXPECTED_DECLARATION, message, "declarations start with `import`, `const`,"
                    + " `enum`, `struct`, `pool`, `var`, `routine`, `thread`, `invariant` or `expect`");
        }

        private Decl secondHeader() {
            throw ts.error(SyntaxCodes.SECOND_HEADER, "a file has one `model` or `module` header, at its start");
        }

        /** {@code "import" IDENT ";"}. */
        private Decl importDecl() {
            Token start = ts.advance();
            Ident name = ts.expectName("of a module after `import`");
            ts.expectSemi("the `import`");
            return new Decl.Import(name, ts.spanFrom(start));
        }

        /** {@code "const" IDENT "=" expr ";"}. */
        private Decl constDecl() {
            Token start = ts.advance();
            Ident name = ts.expectName("after `const`");
            ts.expect(TokenKind.ASSIGN, "after the constant's name (`const N = 3;`)");
            Expr value = exprs.expression();
            ts.expectSemi("the constant");
            return new Decl.Const(name, value, ts.spanFrom(start));
        }

        /** {@code "enum" IDENT "{" IDENT ("," IDENT)* ","? "}"}. */
        private Decl enumDecl() {
            Token start = ts.advance();
            Ident name = ts.expectName("after `enum`");
            ts.expect(TokenKind.LBRACE, "to open the enum's members");
            List<Ident> members = new ArrayList<>();
            do {
                if (ts.check(TokenKind.RBRACE) && !members.isEmpty()) {
                    break;
                }
                members.add(ts.expectName("of an enum member"));
            } while (ts.match(TokenKind.COMMA));
            ts.expect(TokenKind.RBRACE, "to close the enum");
            return new Decl.Enum(name, members, ts.spanFrom(start));
        }

        /** {@code "pool" IDENT "[" expr "]" ";"}. */
        private Decl poolDecl() {
            Token start = ts.advance();
            Ident type = ts.expectName("of a struct after `pool`");
            ts.expect(TokenKind.LBRACKET, "before the pool's size (`pool T[n];`)");
            Expr size = exprs.expression();
            ts.expect(TokenKind.RBRACKET, "after the pool's size");
            ts.expectSemi("the pool");
            return new Decl.Pool(type, size, ts.spanFrom(start));
        }

        /** {@code "var" IDENT ":" type ("=" expr)? ";"}. */
        private Decl varDecl() {
            Token start = ts.advance();
            Ident name = ts.expectName("after `var`");
            ts.expect(TokenKind.COLON, "after the variable's name (`var x: T;`)");
            TypeExpr type = types.type();
            Expr init = ts.match(TokenKind.ASSIGN) ? exprs.expression() : null;
            ts.expectSemi("the variable");
            return new Decl.Var(name, type, init, ts.spanFrom(start));
        }

        /** {@code "thread" "var" IDENT ":" type ("=" expr)? ";"}. */
        private Decl threadVarDecl() {
            Token start = ts.advance();
            ts.advance();
            Ident name = ts.expectName("after `thread var`");
            ts.expect(TokenKind.COLON, "after the variable's name (`thread var x: T;`)");
            TypeExpr type = types.type();
            Expr init = ts.match(TokenKind.ASSIGN) ? exprs.expression() : null;
            ts.expectSemi("the thread variable");
            return new Decl.ThreadVar(name, type, init, ts.spanFrom(start));
        }

        /** {@code "system"? ("routine" ... | "thread" ...)} or {@code "thread" "var" ...}. */
        private Decl routineOrThread() {
            Token start = ts.peek();
            if (ts.check(TokenKind.THREAD) && ts.peek(1).kind() == TokenKind.VAR) {
                return threadVarDecl();
            }
            boolean system = ts.match(TokenKind.SYSTEM);
            if (ts.match(TokenKind.ROUTINE)) {
                return routine(start, system);
            }
            if (ts.match(TokenKind.THREAD)) {
                return thread(start, system, Decl.ThreadFairness.WEAK);
            }
            throw ts.error(SyntaxCodes.EXPECTED_TOKEN, "expected `routine` or `thread` after `system`, found "
                    + ts.peek().describe());
        }

        /** After {@code routine}: {@code IDENT "(" (param ("," param)*)? ")" ("->" type)? block}. */
        private Decl routine(Token start, boolean system) {
            Ident name = ts.expectName("after `routine`");
            ts.expect(TokenKind.LPAREN, "after the routine's name");
            List<Decl.Param> params = new ArrayList<>();
            TypeExpr result = null;
            int paramsStart = ts.position();
            try {
                params(params);
                result = ts.match(TokenKind.ARROW) ? types.type() : null;
            } catch (ParseError e) {
                if (e.toDeclaration) {
                    throw e;
                }
                // A broken signature: still parse the body, whose errors are worth reporting too.
                ts.syncParenthesis(paramsStart);
                if (!ts.check(TokenKind.LBRACE)) {
                    throw e;
                }
            }
            Stmt.Block body = stmts.block("the routine's body");
            return new Decl.Routine(system, name, params, result, body, ts.spanFrom(start));
        }

        /** {@code (param ("," param)*)? ")"}. */
        private void params(List<Decl.Param> params) {
            if (!ts.check(TokenKind.RPAREN)) {
                do {
                    params.add(param());
                } while (ts.match(TokenKind.COMMA));
            }
            ts.expect(TokenKind.RPAREN, "to close the parameter list");
        }

        /** {@code IDENT ":" type}. */
        private Decl.Param param() {
            Token start = ts.peek();
            Ident name = ts.expectName("of a parameter");
            ts.expect(TokenKind.COLON, "after the parameter's name (`p: T`)");
            TypeExpr type = types.type();
            return new Decl.Param(name, type, ts.spanFrom(start));
        }

        /** After a fairness word: {@code "system"? "thread" ...}. */
        private Decl fairThread(Token start, Decl.ThreadFairness fairness) {
            boolean system = ts.match(TokenKind.SYSTEM);
            if (!ts.match(TokenKind.THREAD)) {
                throw ts.error(SyntaxCodes.MISPLACED_FAIRNESS, "`" + start.text() + "` applies to threads only, found "
                        + ts.peek().describe(), "write `" + start.text() + " thread Name { ... }`");
            }
            return thread(start, system, fairness);
        }

        /** After {@code thread}: {@code IDENT ("[" expr "]")? block}. */
        private Decl thread(Token start, boolean system, Decl.ThreadFairness fairness) {
            Ident name = ts.expectName("after `thread`");
            Expr count = null;
            if (ts.match(TokenKind.LBRACKET)) {
                count = exprs.expression();
                ts.expect(TokenKind.RBRACKET, "after the number of threads");
            }
            Stmt.Block body = stmts.block("the thread's body");
            return new Decl.Thread(system, name, count, body, ts.spanFrom(start), fairness);
        }

        /** {@code "invariant" IDENT ":" expr ";"}. */
        private Decl invariantDecl() {
            Token start = ts.advance();
            Ident name = ts.expectName("after `invariant`");
            ts.expect(TokenKind.COLON, "after the invariant's name (`invariant Name: condition;`)");
            Expr condition = exprs.expression();
            ts.expectSemi("the invariant");
            return new Decl.Invariant(name, condition, ts.spanFrom(start));
        }

        /** {@code "expect" ("holds" | "deadlock" | "violation" IDENT) ";"}. */
        private Decl expectDecl() {
            Token start = ts.advance();
            Decl.ExpectKind kind = ts.check(TokenKind.IDENT) ? switch (ts.peek().text()) {
                case "holds" -> Decl.ExpectKind.HOLDS;
                case "deadlock" -> Decl.ExpectKind.DEADLOCK;
                case "violation" -> Decl.ExpectKind.VIOLATION;
                default -> null;
            } : null;
            if (kind == null) {
                throw ts.error(SyntaxCodes.UNKNOWN_EXPECT, "expected `holds`, `deadlock` or `violation` after"
                        + " `expect`, found " + ts.peek().describe(),
                        "write `expect holds;`, `expect deadlock;` or `expect violation Rule;`");
            }
            ts.advance();
            Ident rule = kind == Decl.ExpectKind.VIOLATION ? ts.expectName("of the rule after `violation`") : null;
            ts.expectSemi("the expectation");
            return new Decl.Expect(kind, rule, ts.spanFrom(start));
        }
    }
}
