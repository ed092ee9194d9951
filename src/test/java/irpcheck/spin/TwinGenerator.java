package irpcheck.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random models written twice: once in {@code .irp}, once in Promela, statement for statement, so
 * that each statement is one atomic step in both languages and the control locations correspond one
 * to one. Globals are small integers ({@code 0..R-1}, stored modulo R so no store leaves its range)
 * and booleans, and a process may have a local ({@code let l} / {@code byte l}) and be an array of two
 * ({@code self} is {@code _pid} less the pids before it); each process loops forever
 * ({@code while (true)} / {@code do ... od}) over a body of
 * assignments, awaits, asserts, skips, if/else, while loops, atomic blocks ({@code d_step}), either/or
 * and choose. Model {@code n} is a function of {@code n} alone. Stateless apart from the generator
 * being built (one per model).
 */
final class TwinGenerator {

    /** The twins: {@code irp} checks the properties; {@code irpSkipAsserts} has each assert as a skip (the same step) for counting. */
    record Twin(long seed, String irp, String irpSkipAsserts, String promela) { }

    private final Random random;
    private final int[] ranges;
    private final int bools;
    /** The process being written: how many instances, the first one's _pid, whether it has the local {@code l} (0..2). */
    private int instances;
    private int pidBase;
    private boolean local;

    private TwinGenerator(long seed) {
        this.random = new Random(seed);
        this.ranges = new int[1 + random.nextInt(3)];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = 2 + random.nextInt(3);
        }
        this.bools = random.nextInt(3);
    }

    static Twin generate(long seed) {
        return new TwinGenerator(seed).twin(seed);
    }

    private Twin twin(long seed) {
        Pair out = new Pair();
        out.irp.append("// generated twin ").append(seed).append(" (irpcheck.spin.TwinGenerator)\nmodel twin").append(seed).append(";\n\n");
        out.pml.append("/* generated twin ").append(seed).append(" (irpcheck.spin.TwinGenerator) */\n");
        for (int i = 0; i < ranges.length; i++) {
            int init = random.nextInt(ranges[i]);
            out.irp.append("var g").append(i).append(": 0..").append(ranges[i] - 1).append(" = ").append(init).append(";\n");
            out.pml.append("byte g").append(i).append(" = ").append(init).append(";\n");
        }
        for (int i = 0; i < bools; i++) {
            boolean init = random.nextBoolean();
            out.irp.append("var b").append(i).append(": bool = ").append(init).append(";\n");
            out.pml.append("bool b").append(i).append(" = ").append(init).append(";\n");
        }
        int processes = 1 + random.nextInt(3);
        int base = 0;
        for (int p = 0; p < processes; p++) {
            // At most three threads in all; a thread array's `self` is Promela's _pid less the pids before it.
            instances = base + 2 + (processes - p - 1) <= 3 && random.nextInt(3) == 0 ? 2 : 1;
            pidBase = base;
            local = random.nextInt(3) == 0;
            out.irp.append("\nthread P").append(p).append(instances > 1 ? "[" + instances + "]" : "").append(" {\n");
            out.pml.append("\nactive ").append(instances > 1 ? "[" + instances + "] " : "").append("proctype P").append(p).append("() {\n");
            if (local) {
                // Declared without a value: not a step in either language.
                out.irp.append("    let l: 0..2;\n");
                out.pml.append("  byte l;\n");
            }
            out.irp.append("    while (true) {\n");
            out.pml.append("  do\n  :: skip_marker\n");
            Pair body = new Pair();
            sequence(body, 1 + random.nextInt(4), 2, "        ", true);
            while (body.pml.toString().strip().equals("g0 = g0")) {
                // SPIN rejects `do :: skip od` (an unconditional self-loop), and a body of one skip is little use.
                body = new Pair();
                sequence(body, 1 + random.nextInt(4), 2, "        ", true);
            }
            out.irp.append(body.irp);
            // The first statement of a do option is its guard: strip the marker and the first separator.
            int at = out.pml.lastIndexOf("skip_marker\n");
            out.pml.setLength(at);
            out.pml.append(body.pml.toString().stripLeading()).append("\n  od\n}\n");
            out.irp.append("    }\n}\n");
            base += instances;
        }
        String irp = out.irp.toString();
        return new Twin(seed, irp, irp.replaceAll("(?m)^(\\s*)assert [^;]*;", "$1skip;"), out.pml.toString());
    }

    /** Two texts built side by side. */
    private static final class Pair {
        final StringBuilder irp = new StringBuilder();
        final StringBuilder pml = new StringBuilder();
    }

    /** Statements separated by {@code ;} in Promela; an atomic block never follows a compound statement (SPIN forbids jumping into a d_step). */
    private void sequence(Pair out, int count, int depth, String indent) {
        sequence(out, count, depth, indent, false);
    }

    /**
     * With {@code guardFirst} the first statement is simple: it is the guard of a {@code do} option, and
     * SPIN gives a compound statement in that place a control location of its own.
     */
    private void sequence(Pair out, int count, int depth, String indent, boolean guardFirst) {
        boolean afterCompound = false;
        List<String> pml = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Pair one = new Pair();
            afterCompound = statement(one, guardFirst && i == 0 ? 0 : depth, indent, afterCompound);
            out.irp.append(one.irp);
            pml.add(one.pml.toString());
        }
        out.pml.append(indent).append(String.join(";\n" + indent, pml)).append('\n');
    }

    /** Appends one statement; returns whether it is compound (if, while, either, choose). */
    private boolean statement(Pair out, int depth, String indent, boolean afterCompound) {
        int kind = random.nextInt(depth > 0 ? 13 : 6);
        if (kind == 5 && afterCompound) {
            kind = 0;
        }
        switch (kind) {
            case 0, 1 -> assign(out, indent);
            case 2 -> {
                String c = condition();
                out.irp.append(indent).append("await ").append(c).append(";\n");
                out.pml.append("(").append(pml(c)).append(")");
            }
            case 3 -> {
                String c = condition();
                out.irp.append(indent).append("assert ").append(c).append(";\n");
                out.pml.append("assert(").append(pml(c)).append(")");
            }
            case 4 -> {
                // SPIN's parser drops a `skip` that a statement follows; `g0 = g0` is a step that changes nothing, as skip is here.
                out.irp.append(indent).append("skip;\n");
                out.pml.append("g0 = g0");
            }
            case 5 -> atomic(out, indent);
            case 6, 7 -> {
                String c = condition();
                Pair then = new Pair();
                Pair otherwise = new Pair();
                sequence(then, 1 + random.nextInt(2), depth - 1, indent + "    ");
                sequence(otherwise, 1 + random.nextInt(2), depth - 1, indent + "    ");
                out.irp.append(indent).append("if (").append(c).append(") {\n").append(then.irp).append(indent).append("} else {\n")
                        .append(otherwise.irp).append(indent).append("}\n");
                out.pml.append("if\n").append(indent).append(":: (").append(pml(c)).append(") ->\n").append(then.pml)
                        .append(indent).append(":: else ->\n").append(otherwise.pml).append(indent).append("fi");
                return true;
            }
            case 8, 9 -> {
                String c = condition();
                Pair body = new Pair();
                sequence(body, 1 + random.nextInt(2), depth - 1, indent + "    ");
                out.irp.append(indent).append("while (").append(c).append(") {\n").append(body.irp).append(indent).append("}\n");
                out.pml.append("do\n").append(indent).append(":: (").append(pml(c)).append(") ->\n").append(body.pml)
                        .append(indent).append(":: else -> break\n").append(indent).append("od");
                return true;
            }
            case 10, 11 -> {
                either(out, depth, indent);
                return true;
            }
            default -> {
                int g = random.nextInt(ranges.length);
                int lo = random.nextInt(ranges[g]);
                int hi = lo + random.nextInt(ranges[g] - lo);
                out.irp.append(indent).append("choose g").append(g).append(" in ").append(lo).append("..").append(hi).append(";\n");
                out.pml.append("if\n");
                for (int v = lo; v <= hi; v++) {
                    out.pml.append(indent).append(":: g").append(g).append(" = ").append(v).append('\n');
                }
                out.pml.append(indent).append("fi");
                return true;
            }
        }
        return false;
    }

    /** {@code either { .. } or { .. }}: each branch starts with a simple statement, its guard in Promela. */
    private void either(Pair out, int depth, String indent) {
        int branches = 2 + random.nextInt(2);
        out.irp.append(indent).append("either {\n");
        out.pml.append("if\n");
        for (int b = 0; b < branches; b++) {
            if (b > 0) {
                out.irp.append(indent).append("} or {\n");
            }
            Pair head = new Pair();
            statement(head, 0, indent + "    ", true);
            Pair rest = new Pair();
            int more = random.nextInt(2);
            if (more > 0) {
                sequence(rest, more, depth - 1, indent + "    ");
            }
            out.irp.append(head.irp).append(rest.irp);
            out.pml.append(indent).append(":: ").append(head.pml);
            if (more > 0) {
                out.pml.append(";\n").append(rest.pml);
            } else {
                out.pml.append('\n');
            }
        }
        out.irp.append(indent).append("}\n");
        out.pml.append(indent).append("fi");
    }

    private void assign(Pair out, String indent) {
        String target;
        String value;
        if (bools > 0 && random.nextInt(3) == 0) {
            target = "b" + random.nextInt(bools);
            value = random.nextBoolean() ? "!" + target : condition();
        } else {
            int range;
            if (local && random.nextInt(3) == 0) {
                target = "l";
                range = 3;
            } else {
                int g = random.nextInt(ranges.length);
                target = "g" + g;
                range = ranges[g];
            }
            value = switch (random.nextInt(4)) {
                case 0 -> Integer.toString(random.nextInt(range));
                case 1 -> "(" + operand() + " + " + random.nextInt(3) + ") % " + range;
                case 2 -> "(" + operand() + " + " + operand() + ") % " + range;
                default -> instances > 1 ? "(self + " + operand() + ") % " + range : Integer.toString(random.nextInt(range));
            };
        }
        out.irp.append(indent).append(target).append(" = ").append(value).append(";\n");
        out.pml.append(target).append(" = ").append(pml(value));
    }

    /** A global, or the process's local. */
    private String operand() {
        return local && random.nextInt(3) == 0 ? "l" : "g" + random.nextInt(ranges.length);
    }

    /** {@code atomic { [await c;] x = ..; y = ..; }}, SPIN's {@code d_step { [(c) ->] x = ..; y = .. }}. */
    private void atomic(Pair out, String indent) {
        out.irp.append(indent).append("atomic { ");
        out.pml.append("d_step { ");
        if (random.nextBoolean()) {
            String c = condition();
            out.irp.append("await ").append(c).append("; ");
            out.pml.append("(").append(pml(c)).append(") -> ");
        }
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            Pair a = new Pair();
            assign(a, "");
            out.irp.append(a.irp.toString().strip()).append(' ');
            out.pml.append(i > 0 ? "; " : "").append(a.pml);
        }
        out.irp.append("}\n");
        out.pml.append(" }");
    }

    private String condition() {
        String a = atom();
        return switch (random.nextInt(4)) {
            case 0 -> a + " && " + atom();
            case 1 -> a + " || " + atom();
            default -> a;
        };
    }

    private String atom() {
        if (bools > 0 && random.nextInt(3) == 0) {
            return (random.nextBoolean() ? "!" : "") + "b" + random.nextInt(bools);
        }
        if (instances > 1 && random.nextInt(5) == 0) {
            return "self == " + random.nextInt(instances);
        }
        String[] ops = {"==", "!=", "<", ">", "<=", ">="};
        String left = operand();
        String right = random.nextInt(3) == 0 ? operand() : Integer.toString(random.nextInt(3));
        return left + " " + ops[random.nextInt(ops.length)] + " " + right;
    }

    /** Promela spells the same expressions the same way but for the boolean literals and {@code self}. */
    private String pml(String irp) {
        return irp.replace("true", "1").replace("false", "0").replace("self", "(_pid - " + pidBase + ")");
    }
}
