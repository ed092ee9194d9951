package irpcheck.lang.compile;

import irpcheck.lang.check.Type;

import java.util.HashMap;
import java.util.Map;

/** Variables visible at a point of a routine or thread body, with their slots. Not thread-safe. */
final class Scope {
    /** A variable's type and first slot. */
    record Var(Type type, int slot) { }

    private final Scope parent;
    private final Map<String, Var> vars = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    void define(String name, Var var) {
        vars.put(name, var);
    }

    Var find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Var v = s.vars.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    Type type(String name) {
        Var v = find(name);
        return v == null ? null : v.type();
    }
}
