package irpcheck.fuzz;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * Byte-level damage for inputs read from a file: invalid UTF-8 (lone continuation bytes, truncated
 * and overlong sequences, encoded surrogates), NUL and other binary bytes, empty and pure binary
 * files. Stateless.
 */
final class Bytes {

    private static final byte[][] BAD = {
        {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    private Bytes() {
    }

    static byte[] damage(byte[] text, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                yield b;
            }
            case 2 -> {
                byte[] b = text.clone();
                for (int i = 1 + random.nextInt(8); i > 0 && b.length > 0; i--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                yield b;
            }
            case 3 -> Arrays.copyOf(text, random.nextInt(text.length + 1));
            default -> {
                byte[] bad = BAD[random.nextInt(BAD.length)];
                int at = random.nextInt(text.length + 1);
                byte[] b = new byte[text.length + bad.length];
                System.arraycopy(text, 0, b, 0, at);
                System.arraycopy(bad, 0, b, at, bad.length);
                System.arraycopy(text, at, b, at + bad.length, text.length - at);
                yield b;
            }
        };
    }

    static String show(byte[] bytes) {
        return bytes.length + " bytes: " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 512));
    }
}
