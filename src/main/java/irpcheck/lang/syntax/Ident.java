package irpcheck.lang.syntax;

import irpcheck.source.Span;

/** A name as written, with where it was written. Immutable. */
public record Ident(String name, Span span) {
    @Override
    public String toString() {
        return name;
    }
}
