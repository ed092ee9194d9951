package irpcheck.lang.check;

import java.util.List;

/** Resolved types. Immutable records compared by value. */
public sealed interface Type {

    /** How the type is written in messages. */
    String show();

    /** {@code bool}. */
    record Bool() implements Type {
        public String show() {
            return "bool";
        }
    }

    /** A bounded integer {@code lo..hi}; {@link #ANY} is the type of arithmetic (unbounded). */
    record Int(long lo, long hi) implements Type {
        public static final Int ANY = new Int(Integer.MIN_VALUE, Integer.MAX_VALUE);

        public String show() {
            return this.equals(ANY) ? "int" : lo + ".." + hi;
        }
    }

    /** An enum; values are member ordinals. */
    record Enum(String name, List<String> members) implements Type {
        public Enum {
            members = List.copyOf(members);
        }

        public String show() {
            return name;
        }
    }

    /** A reference to an object of a struct's pool ({@code struct == null} means {@code ptr}: any pool). */
    record Ref(String struct) implements Type {
        public String show() {
            return struct == null ? "ptr" : struct;
        }

        public boolean isPtr() {
            return struct == null;
        }
    }

    /** The type of the literal {@code null}: converts to any reference or routine reference. */
    record Null() implements Type {
        public String show() {
            return "null";
        }
    }

    /** A routine reference with a signature ({@code result == null} for none). */
    record Routine(List<Type> params, Type result) implements Type {
        public Routine {
            params = List.copyOf(params);
        }

        public String show() {
            StringBuilder sb = new StringBuilder("routine(");
            for (int i = 0; i < params.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(params.get(i).show());
            }
            sb.append(')');
            if (result != null) {
                sb.append(" -> ").append(result.show());
            }
            return sb.toString();
        }
    }

    /** A spin lock. */
    record Lock() implements Type {
        public String show() {
            return "spinlock";
        }
    }

    /** A fixed array. */
    record Array(Type element, int size) implements Type {
        public String show() {
            return element.show() + "[" + size + "]";
        }
    }

    /** A bounded list. */
    record ListOf(Type element, int capacity) implements Type {
        public String show() {
            return "list<" + element.show() + ">[" + capacity + "]";
        }
    }

    /** No value (a routine without a result). */
    record Void() implements Type {
        public String show() {
            return "no value";
        }
    }

    /** A string (assertion messages only). */
    record Str() implements Type {
        public String show() {
            return "string";
        }
    }

    /** The type of an erroneous expression; compatible with everything so errors do not cascade. */
    record Error() implements Type {
        public String show() {
            return "<error>";
        }
    }

    /** True for types stored in one slot. */
    default boolean isScalar() {
        return !(this instanceof Array || this instanceof ListOf || this instanceof Void || this instanceof Str);
    }

    /** Slots one value of this type occupies. */
    default int slotCount() {
        return switch (this) {
            case Array a -> a.size() * a.element().slotCount();
            case ListOf l -> 1 + l.capacity() * l.element().slotCount();
            case Void v -> 0;
            case Str s -> 0;
            default -> 1;
        };
    }

    /** Whether a value of type {@code from} may be stored where this type is expected. */
    default boolean accepts(Type from) {
        if (from instanceof Error || this instanceof Error) {
            return true;
        }
        return switch (this) {
            case Int i -> from instanceof Int;
            case Ref r -> from instanceof Null || (from instanceof Ref f && (r.isPtr() || f.isPtr() || r.equals(f)));
            case Routine r -> from instanceof Null || (from instanceof Routine f && r.params().equals(f.params())
                    && java.util.Objects.equals(r.result(), f.result()));
            default -> this.equals(from);
        };
    }
}
