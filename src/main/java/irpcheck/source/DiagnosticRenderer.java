package irpcheck.source;

/**
 * Renders a diagnostic as {@code file:line:col: error[CODE]: message}, the source line, a caret
 * underline and hints. Stateless.
 */
public final class DiagnosticRenderer {

    public String render(Diagnostic d) {
        Span span = d.span();
        SourceFile.LineCol lc = span.begin();
        StringBuilder sb = new StringBuilder();
        sb.append(span.location()).append(": ").append(d.severity().label())
                .append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
        String line = span.file().line(lc.line());
        String gutter = String.valueOf(lc.line());
        String pad = " ".repeat(gutter.length());
        sb.append(pad).append(" |\n");
        sb.append(gutter).append(" | ").append(line).append('\n');
        int col = Math.min(lc.column() - 1, line.length());
        int width = Math.max(1, Math.min(span.end() - span.start(), line.length() - col));
        sb.append(pad).append(" | ").append(leadingWhitespace(line, col)).append("^".repeat(width)).append('\n');
        for (String hint : d.hints()) {
            sb.append(pad).append(" = hint: ").append(hint).append('\n');
        }
        return sb.toString();
    }

    /** Spaces up to the column, keeping tabs so that the caret lines up under tabbed lines. */
    private static String leadingWhitespace(String line, int col) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < col; i++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.toString();
    }
}
