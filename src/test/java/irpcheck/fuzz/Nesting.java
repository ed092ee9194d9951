package irpcheck.fuzz;

import java.util.Random;

/**
 * Deeply nested and very long inputs: parentheses, unary operators, blocks, ifs, loops, else-if
 * chains, array types, long operator chains, many declarations, huge sizes. Depths go up to a
 * hundred thousand, far beyond what a recursive descent can follow, so the parser's depth limit and
 * every later recursive pass are exercised. Stateless.
 */
final class Nesting {

    private static final int[] DEPTHS = {2, 10, 50, 200, 255, 256, 300, 1000, 5000, 30000};

    private Nesting() {
    }

    static String deep(Random random) {
        int d = DEPTHS[random.nextInt(DEPTHS.length)];
        String num = Mutator.NUMBERS[random.nextInt(Mutator.NUMBERS.length)];
        return switch (random.nextInt(23)) {
            case 0 -> "model m;\nvar x: bool = " + "(".repeat(d) + "true" + ")".repeat(d) + ";\n";
            case 1 -> "model m;\nvar x: bool = " + "!".repeat(d) + "true;\n";
            case 2 -> "model m;\nvar x: 0..3 = " + "-".repeat(d) + "1;\n";
            case 3 -> "model m;\nthread T " + "{".repeat(d) + "skip;" + "}".repeat(d) + "\n";
            case 4 -> "model m;\nvar b: bool;\nthread T { " + "if (b) { ".repeat(d) + "skip;" + " }".repeat(d) + " }\n";
            case 5 -> "model m;\nvar b: bool;\nthread T { " + "while (b) { ".repeat(d) + "b = false;" + " }".repeat(d) + " }\n";
            case 6 -> "model m;\nvar b: bool;\nthread T { if (b) { skip; }" + " else if (b) { skip; }".repeat(d) + " }\n";
            case 7 -> "model m;\nvar a: bool" + "[2]".repeat(d) + ";\n";
            case 8 -> "model m;\nvar x: 0..3 = 1" + " + 1".repeat(d) + ";\n";
            case 9 -> "model m;\nvar b: bool;\ninvariant I: b" + " && b".repeat(d) + ";\n";
            case 10 -> "model m;\n" + "var v%d: bool;\n".repeat(Math.min(d, 20000)).formatted(seq(Math.min(d, 20000)));
            case 11 -> "model m;\nvar x: 0.." + num + ";\nthread T { x = " + num + "; }\n";
            case 12 -> "model m;\nconst N = " + num + ";\nthread T[N] { skip; }\n";
            case 13 -> "model m;\nstruct S { f: 0..1; }\npool S[" + num + "];\nthread T { let s = new S; }\n";
            case 14 -> "model m;\nvar a: bool[" + num + "];\nthread T { a[0] = true; }\n";
            case 15 -> "model m;\nvar l: list<0.." + num + ">[" + num + "];\nthread T { append(l, 1); }\n";
            case 16 -> "model m;\nvar b: bool;\nthread T { " + "atomic { ".repeat(d) + "b = true;" + " }".repeat(d) + " }\n";
            case 17 -> "model m;\nthread T { either { skip; }" + " or { skip; }".repeat(d) + " }\n";
            case 18 -> "model m;\nvar x: 0..3;\nthread T { choose x in 0.." + num + "; }\n";
            case 19 -> "model m;\nvar x: 0..3 = " + "x[".repeat(d) + "0" + "]".repeat(d) + ";\n";
            case 20 -> "model m;\nroutine r0() { skip; }\n" + routines(Math.min(d, 2000)) + "thread T { r" + Math.min(d, 2000) + "(); }\n";
            case 21 -> "model m;\nroutine r0() { skip; }\n" + lattice(Math.min(d, 60)) + "thread T { r" + Math.min(d, 60) + "(); }\n";
            default -> "model m;\nvar x: 0..3 = " + "(".repeat(d) + "\n";
        };
    }

    private static Object[] seq(int n) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Routines each calling the previous one twice: 2^n inlined copies. */
    private static String lattice(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("routine r").append(i).append("() { r").append(i - 1).append("(); r").append(i - 1).append("(); }\n");
        }
        return sb.toString();
    }

    /** A chain of routines each calling the previous one: inlining depth {@code n}. */
    private static String routines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("routine r").append(i).append("() { r").append(i - 1).append("(); }\n");
        }
        return sb.toString();
    }
}
