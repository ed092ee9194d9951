package irpcheck.fuzz;

import irpcheck.lang.syntax.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one fuzz input from a seed and a random source: random token sequences, truncations,
 * deletions, swaps, duplications and splices of the seed, identifiers and integers replaced by
 * others, deeply nested constructs and huge literals. Every choice comes from the {@link Random}, so
 * a seed number reproduces its input. Stateless.
 */
final class Mutator {

    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*|0[xX][0-9A-Fa-f]+|\\d+|\"(?:[^\"\\\\\\n]|\\\\.)*\"|//[^\\n]*|\\.\\.|->|\\+=|-=|\\|\\||&&|==|!=|<=|>=|\\S");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INT = Pattern.compile("\\b(0[xX][0-9A-Fa-f]+|\\d+)\\b");
    static final String[] NUMBERS = {"0", "1", "-1", "2", "3", "7", "255", "256", "65535", "2147483647", "2147483648",
        "-2147483648", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "99999999999999999999999999", "0x7fffffffffffffff", "0xffffffffffffffff", "0x", "1000000", "100000000", "0..0", "1..0"};
    private static final String[] ODD = {"\u0000", "\u00ff", "\uFEFF", "\u202E", "\uD800", "\uDC00", "\uD83D\uDE00", "\t", "\r",
        "\r\n", "\\", "\"", "/*", "*/", "//", "é", "\u0085", "\u2028", "@", "#", "$", "`", "~", "?", "^"};

    private Mutator() {
    }

    /** One input made from {@code seed}: one to three stacked mutations, or a generated one. */
    static String mutate(String seed, Random random, List<String> others) {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return randomTokens(random);
        }
        if (kind == 1) {
            return Nesting.deep(random);
        }
        String text = seed;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            text = once(text, random, others);
        }
        return text;
    }

    private static String once(String text, Random random, List<String> others) {
        List<int[]> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return text + randomTokens(random);
        }
        int[] a = tokens.get(random.nextInt(tokens.size()));
        int[] b = tokens.get(random.nextInt(tokens.size()));
        return switch (random.nextInt(14)) {
            case 0 -> text.substring(0, random.nextInt(text.length() + 1));
            case 1 -> deleteRange(text, random);
            case 2 -> text.substring(0, a[0]) + text.substring(a[1]);
            case 3 -> swap(text, a, b);
            case 4 -> swapLines(text, random);
            case 5 -> duplicate(text, random);
            case 6 -> replace(text, a, pickIdent(text, random));
            case 7 -> replaceInt(text, random);
            case 8 -> text.substring(0, a[0]) + " " + tokenText(random) + " " + text.substring(a[0]);
            case 9 -> text.substring(0, a[1]) + ODD[random.nextInt(ODD.length)] + text.substring(a[1]);
            case 10 -> splice(text, others.get(random.nextInt(others.size())), random);
            case 11 -> replace(text, a, NUMBERS[random.nextInt(NUMBERS.length)]);
            case 12 -> replace(text, a, TokenKind.values()[random.nextInt(TokenKind.values().length)].describe().replace("`", ""));
            default -> text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[0]);
        };
    }

    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String deleteRange(String text, Random random) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(random.nextBoolean() ? 4 : 200));
        return text.substring(0, from) + text.substring(to);
    }

    private static String swap(String text, int[] a, int[] b) {
        if (a[0] > b[0]) {
            return swap(text, b, a);
        }
        if (a[1] > b[0]) {
            return text;
        }
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
    }

    private static String swapLines(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        int j = random.nextInt(lines.length);
        String t = lines[i];
        lines[i] = lines[j];
        lines[j] = t;
        return String.join("\n", lines);
    }

    private static String duplicate(String text, Random random) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(300));
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + text.substring(from, to) + text.substring(at);
    }

    private static String splice(String text, String other, Random random) {
        return text.substring(0, random.nextInt(text.length() + 1)) + other.substring(random.nextInt(other.length() + 1));
    }

    private static String replace(String text, int[] token, String with) {
        return text.substring(0, token[0]) + with + text.substring(token[1]);
    }

    private static String pickIdent(String text, Random random) {
        Matcher m = IDENT.matcher(text);
        List<String> names = new ArrayList<>();
        while (m.find() && names.size() < 2000) {
            names.add(m.group());
        }
        return names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
    }

    private static String replaceInt(String text, Random random) {
        Matcher m = INT.matcher(text);
        List<int[]> ints = new ArrayList<>();
        while (m.find()) {
            ints.add(new int[] {m.start(), m.end()});
        }
        if (ints.isEmpty()) {
            return text;
        }
        return replace(text, ints.get(random.nextInt(ints.size())), NUMBERS[random.nextInt(NUMBERS.length)]);
    }

    /** A sequence of random tokens, with a model header two times in three. */
    static String randomTokens(Random random) {
        StringBuilder sb = new StringBuilder(random.nextInt(3) == 0 ? "" : "model m;\n");
        for (int i = random.nextInt(120); i > 0; i--) {
            sb.append(tokenText(random)).append(random.nextInt(8) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static String tokenText(Random random) {
        TokenKind kind = TokenKind.values()[random.nextInt(TokenKind.values().length)];
        return switch (kind) {
            case IDENT -> new String[] {"x", "Irp", "N", "holds", "violation", "deadlock", "show", "when", "L", "wdm", "T"}[random.nextInt(11)];
            case INT -> NUMBERS[random.nextInt(NUMBERS.length)];
            case STRING -> random.nextBoolean() ? "\"s\"" : "\"unterminated";
            case EOF -> ODD[random.nextInt(ODD.length)];
            default -> kind.spelling;
        };
    }
}
