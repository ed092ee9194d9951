package irpcheck.source;

/**
 * A half-open range {@code [start, end)} of characters in a source file. Immutable.
 */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The smallest span covering both (same file). */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public SourceFile.LineCol begin() {
        return file.lineCol(start);
    }

    public int line() {
        return begin().line();
    }

    /** The covered text. */
    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    /** {@code path:line:col}. */
    public String location() {
        SourceFile.LineCol lc = begin();
        return file.path() + ":" + lc.line() + ":" + lc.column();
    }

    @Override
    public String toString() {
        return location();
    }
}
