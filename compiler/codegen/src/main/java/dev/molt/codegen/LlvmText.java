package dev.molt.codegen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Spelling of literals and names in LLVM assembly; the translator writes text that LLVM's parser reads. */
final class LlvmText {
    private LlvmText() {}

    /** {@code c"..."} body for bytes (no terminator added). */
    static String bytesLiteral(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + 3).append("c\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.append('"').toString();
    }

    /**
     * UTF-8 of a Python str, lone surrogates included (encoded like any other code point, as
     * "surrogatepass" does): Java's encoder would replace them with '?'.
     */
    static byte[] utf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }

    /** Number of code points, the length molt_str_from_utf8_len wants. */
    static long codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A double as LLVM's exact hexadecimal form (decimal text could round differently). */
    static String doubleLiteral(double d) {
        return String.format("0x%016X", Double.doubleToRawLongBits(d));
    }

    /** A global name, quoted because IR function ids contain {@code <}, {@code >}, {@code #} and dots. */
    static String global(String name) {
        return "@" + bytesLiteral(name.getBytes(StandardCharsets.UTF_8)).substring(1);
    }
}
