package irpcheck.source;

/**
 * The text of one input file, with line and column lookups. Immutable.
 *
 * @param path the path shown in diagnostics (as the user typed it, or {@code <lib>/wdm.irp})
 * @param text the whole text, with line endings as read
 */
public record SourceFile(String path, String text) {

    /*
     * No line table is kept (a record holds no derived state): both lookups scan the text up to the
     * place asked for, without allocating, which is cheap for the few lookups a diagnostic makes.
     */

    /** The 1-based line and column of an offset (a column counts characters, tabs as one). */
    public LineCol lineCol(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < clamped; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new LineCol(line, clamped - lineStart + 1);
    }

    /** The text of a 1-based line without its line ending; empty past the end. */
    public String line(int line) {
        if (line < 1) {
            return "";
        }
        int start = 0;
        for (int n = 1; n < line; n++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f && f.path.equals(path) && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + "]";
    }

    /** A 1-based line and column. */
    public record LineCol(int line, int column) { }
}
