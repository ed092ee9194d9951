package irpcheck.report;

import irpcheck.source.Span;

/**
 * Finds, in the source, the whole {@code atomic { ... }} block around the span of an atomic
 * statement's action (the action's span names the block's first statement). Braces in comments and
 * strings are skipped. Stateless.
 */
final class AtomicExtent {

    private AtomicExtent() { }

    /** {identity of the file, begin, end} of the block, or null when the text does not show one. */
    static int[] of(Span span) {
        String text = span.file().text();
        int keyword = text.lastIndexOf("atomic", span.start());
        if (keyword < 0) {
            return null;
        }
        int open = text.indexOf('{', keyword);
        if (open < 0 || open > span.start()) {
            return null;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = endOfLine(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 1;
            } else if (c == '"') {
                i = endOfString(text, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new int[] {System.identityHashCode(span.file()), keyword, i + 1};
            }
        }
        return null;
    }

    private static int endOfLine(String text, int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    private static int endOfString(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"' || c == '\n') {
                return j;
            }
        }
        return text.length();
    }
}
