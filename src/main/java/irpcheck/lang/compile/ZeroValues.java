package irpcheck.lang.compile;

import irpcheck.lang.check.Resolve;
import irpcheck.lang.check.ResolvedModel;
import irpcheck.lang.check.Type;
import irpcheck.lang.syntax.Expr;

/** Initial slot values of variables and objects: zero values, or the declared initializer. Stateless. */
final class ZeroValues {
    private ZeroValues() {
    }

    /** Writes the zero value of {@code t} into {@code out} from {@code at}; returns the next position. */
    static int zero(Type t, int[] out, int at) {
        return switch (t) {
            case Type.Array a -> {
                int p = at;
                for (int i = 0; i < a.size(); i++) {
                    p = zero(a.element(), out, p);
                }
                yield p;
            }
            case Type.ListOf l -> at + 1 + l.capacity() * l.element().slotCount();
            case Type.Int i -> {
                out[at] = i.lo() > 0 || i.hi() < 0 ? (int) i.lo() : 0;
                yield at + 1;
            }
            default -> at + 1;
        };
    }

    /** The value of a constant initializer (a literal, a constant, an enum member, a routine name). */
    static int constant(Program program, Expr init) {
        ResolvedModel model = program.model;
        return switch (init) {
            case Expr.BoolLit b -> b.value() ? 1 : 0;
            case Expr.NullLit n -> 0;
            case Expr.Name n when program.routineNames.contains(n.ident().name()) -> program.routineValue(n.ident().name());
            case Expr.Name n when !model.consts().containsKey(n.ident().name()) -> enumValue(model, n.ident().name());
            default -> (int) Resolve.constant(model, init);
        };
    }

    private static int enumValue(ResolvedModel model, String name) {
        for (Type.Enum en : model.enums().values()) {
            int i = en.members().indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** A variable's initial slots: the initializer for a scalar, else zero values (arrays: every element). */
    static int[] initial(Program program, Type t, Expr init) {
        int[] out = new int[t.slotCount()];
        zero(t, out, 0);
        if (init != null) {
            int v = constant(program, init);
            if (t instanceof Type.Array a && a.element().isScalar()) {
                java.util.Arrays.fill(out, v);
            } else if (out.length > 0) {
                out[0] = v;
            }
        }
        return out;
    }

    /** The field slots of a freshly allocated object. */
    static int[] object(Program program, ResolvedModel.StructDef struct) {
        int[] out = new int[Heap.fieldSlots(struct)];
        for (ResolvedModel.FieldDef f : struct.fields()) {
            int[] v = initial(program, f.type(), f.init());
            System.arraycopy(v, 0, out, f.offset() - 1, v.length);
        }
        return out;
    }
}
