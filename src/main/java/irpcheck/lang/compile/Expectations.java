package irpcheck.lang.compile;

import irpcheck.lang.syntax.Decl;

/** Turns an {@code expect} declaration into an {@link Expectation}. Stateless. */
final class Expectations {
    private Expectations() {
    }

    static Expectation of(Decl.Expect e) {
        if (e == null) {
            return Expectation.NONE;
        }
        return switch (e.kind()) {
            case HOLDS -> new Expectation(Expectation.Kind.HOLDS, null, e.span());
            case DEADLOCK -> new Expectation(Expectation.Kind.DEADLOCK, null, e.span());
            case VIOLATION -> new Expectation(Expectation.Kind.VIOLATION, e.rule().name(), e.span());
        };
    }
}
