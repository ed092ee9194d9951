package irpcheck.e2e;

import java.util.Random;

/**
 * Writes a random model as {@code .irp} text from a seed: a few threads over shared fields, a lock, a
 * pool of objects (allocated, written, read, freed, retired, locked), system code reading them, assertions
 * (on lock ownership and liveness too), awaits, atomic blocks, choices, an invariant, and threads that
 * loop for ever. Small enough that both searches finish in milliseconds. Stateless apart from the seed's
 * generator: not thread-safe.
 */
final class RandomModels {
    private final Random random;
    /** Which threads loop for ever: a generator of its own, so that the other choices of a seed stay as they were. */
    private final Random loops;
    private final StringBuilder out = new StringBuilder();
    /** Whether the model also uses the constructs added for drivers' idioms (thread variables, calls in expressions). */
    private final boolean idioms;
    private int locals;

    private RandomModels(long seed, boolean idioms) {
        this.random = new Random(seed);
        this.loops = new Random(~seed);
        this.idioms = idioms;
    }

    static String generate(long seed) {
        return new RandomModels(seed, false).model(seed);
    }

    /**
     * As {@link #generate}, with a thread variable, routines whose results are used inside expressions and
     * conditions ({@code if (o != null && Get(o) != 2)}), and interlocked operations in conditions.
     */
    static String generateWithIdioms(long seed) {
        return new RandomModels(seed, true).model(seed);
    }

    private String model(long seed) {
        out.append("model random").append(seed).append(";\n");
        out.append("struct Obj { F: 0..3; G: 0..3; K: spinlock; }\n");
        out.append("pool Obj[").append(1 + random.nextInt(2)).append("];\n");
        out.append("var X: 0..3;\nvar Y: 0..3;\nvar Z: 0..3;\nvar L: spinlock;\nvar Shared: Obj;\n");
        // routines that take a reference and pass it on: their accesses go through bound parameters
        out.append("routine Touch(p: Obj) {\n    if (p != null) {\n        p.F = (p.G + 1) % 4;\n    }\n}\n");
        out.append("system routine Peek(p: Obj) {\n    if (p != null) {\n        Y = p.F;\n    }\n}\n");
        out.append("routine Pass(q: Obj) {\n    let w: 0..3 = X;\n    Touch(q);\n    if (q != null) {\n        X = q.F;\n    }\n}\n");
        if (random.nextInt(3) == 0) {
            out.append("invariant Inv: X + Y != ").append(2 + random.nextInt(5)).append(";\n");
        }
        if (idioms) {
            out.append("thread var Depth: 0..3;\n");
            out.append("routine Get(p: Obj) -> 0..3 {\n    if (p != null) {\n        return p.F;\n    }\n    return X;\n}\n");
            out.append("routine Deeper() -> 0..3 {\n    Depth = (Depth + 1) % 4;\n    return Depth;\n}\n");
            if (random.nextBoolean()) {
                out.append("invariant Shallow: T0.Depth != ").append(1 + random.nextInt(3)).append(";\n");
            }
        }
        int threads = 2 + random.nextInt(2);
        for (int t = 0; t < threads; t++) {
            out.append("thread T").append(t).append(" {\n");
            out.append("    let o: Obj;\n    let v: 0..3;\n");
            // a thread that loops makes cycles in the state graph, where the reduction's cycle proviso matters
            boolean loop = loops.nextInt(3) == 0;
            String indent = loop ? "        " : "    ";
            if (loop) {
                out.append("    while (true) {\n");
            }
            int statements = 2 + random.nextInt(5);
            for (int i = 0; i < statements; i++) {
                statement(indent, 0);
            }
            if (loop) {
                out.append("    }\n");
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private String var() {
        return switch (random.nextInt(4)) {
            case 0 -> "X";
            case 1 -> "Y";
            case 2 -> "Z";
            default -> "v";
        };
    }

    private void statement(String indent, int depth) {
        // inside a block: no await (an atomic block may only wait at its start) and no nested blocks
        int[] nested = {0, 1, 2, 3, 5, 6, 7, 8, 11};
        // kinds 15 and up were added after the first 1,000 seeds had run: drawn rarely at the top level so
        // that the older kinds keep their weight
        int kind = depth > 0 ? nested[random.nextInt(nested.length)]
                : random.nextInt(4) == 0 ? 15 + random.nextInt(5) : random.nextInt(15);
        if (idioms && random.nextInt(3) == 0) {
            out.append(indent).append(idiom()).append('\n');
            return;
        }
        String line = switch (kind) {
            case 0, 1 -> var() + " = " + random.nextInt(4) + ";";
            case 2 -> var() + " = " + var() + ";";
            case 3 -> "v = (" + var() + " + 1) % 4;";
            case 4 -> "await " + var() + " != " + random.nextInt(4) + ";";
            case 5 -> "assert A" + random.nextInt(3) + ": " + var() + " != " + random.nextInt(4) + ";";
            case 6 -> "if (o != null) { o.F = " + random.nextInt(4) + "; }";
            case 7 -> "o = Shared;";
            case 8 -> "if (o != null) { v = o.G; }";
            case 9 -> block(indent, depth, "atomic {", "}");
            case 10 -> block(indent, depth, "acquire L;", "release L;");
            case 11 -> "either { " + var() + " = 1; } or { " + var() + " = 2; }";
            case 13 -> "Touch(o);";
            case 14 -> "Pass(o);";
            case 15 -> "if (o != null) { retire o as Retired; }";
            case 16 -> "assert Owner: !holding_any();";
            case 17 -> "if (o != null) { acquire o.K; o.G = " + random.nextInt(4) + "; release o.K; }";
            case 18 -> "assert Alive: o == null || live(o);";
            case 19 -> "Peek(o);";
            default -> random.nextBoolean() ? "o = new Obj; Shared = o;" : "if (o != null) { Shared = null; free o; o = null; }";
        };
        if (line != null) {
            out.append(indent).append(line).append('\n');
        }
    }

    /** A statement in a driver's idiom: a thread variable, a call's result in an expression or a condition. */
    private String idiom() {
        int k = random.nextInt(4);
        return switch (random.nextInt(7)) {
            case 0 -> "Depth = " + var() + ";";
            case 1 -> var() + " = Deeper();";
            case 2 -> "if (Get(o) == " + k + ") { X = " + k + "; }";
            case 3 -> "if (o != null && Get(o) != " + k + ") { Y = Get(o); }";
            case 4 -> "v = (Get(Shared) + Depth) % 4;";
            case 5 -> "if (exchange(Z, " + k + ") == 0 || Deeper() == " + k + ") { Z = 1; }";
            default -> "if (!(Deeper() != " + k + " && compare_exchange(X, " + k + ", 0) == " + k + ")) { Y = Depth; }";
        };
    }

    private String block(String indent, int depth, String open, String close) {
        out.append(indent).append(open).append('\n');
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            statement(indent + "    ", depth + 1);
        }
        out.append(indent).append(close).append('\n');
        return null;
    }
}
