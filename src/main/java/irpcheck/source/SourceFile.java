package irpcheck.source;

import java.util.Arrays;

/**
 * The text of one input file with its line table. Immutable.
 *
 * @param path the path shown in diagnostics (as the user typed it, or {@code <lib>/wdm.irp})
 * @param text the whole text, with line endings as read
 */
public record SourceFile(String path, String text) {

    /** Offsets at which each line starts; computed on demand (records cannot hold derived caches cheaply). */
    private int[] lineStarts() {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The 1-based line and column of an offset (a column counts characters, tabs as one). */
    public LineCol lineCol(int offset) {
        int[] starts = lineStarts();
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(starts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new LineCol(line + 1, clamped - starts[line] + 1);
    }

    /** The text of a 1-based line without its line ending; empty past the end. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
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
