package irpcheck.lang.check;

import irpcheck.lang.syntax.Stmt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Collects the labels of each thread's body, for {@code Thread@label}. Stateless. */
public final class Labels {
    private Labels() {
    }

    /** Thread name to the labels written in its body. */
    public static Map<String, Set<String>> collect(ResolvedModel model) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (ResolvedModel.ThreadDef t : model.threads()) {
            Set<String> set = new TreeSet<>();
            walk(t.body(), set);
            labels.put(t.name(), set);
        }
        return labels;
    }

    private static void walk(Stmt s, Set<String> out) {
        switch (s) {
            case Stmt.Block b -> b.statements().forEach(x -> walk(x, out));
            case Stmt.If i -> {
                walk(i.then(), out);
                if (i.otherwise() != null) {
                    walk(i.otherwise(), out);
                }
            }
            case Stmt.While w -> walk(w.body(), out);
            case Stmt.Atomic a -> walk(a.body(), out);
            case Stmt.Either e -> e.branches().forEach(x -> walk(x, out));
            case Stmt.Labeled l -> {
                out.add(l.label().name());
                walk(l.statement(), out);
            }
            default -> { }
        }
    }
}
