package dev.molt.frontend.lexer;

import java.nio.charset.StandardCharsets;

/**
 * Undecodable bytes in a file that declares UTF-8 (BOM or cookie). CPython does not reject such a
 * file up front: its tokenizer passes the raw bytes on and the error comes from whatever decodes
 * them later (an identifier, a string literal), with Python's UTF-8 decoder's message. So that the
 * lexer can do the same, {@link SourceText} keeps each such byte in its text as a lone low
 * surrogate, which valid UTF-8 never yields: the first byte of each bad sequence as U+DC80..DCFF,
 * the others of the same sequence as U+DD80..DDFF, so that a shown line gets one U+FFFD per
 * sequence, as Python's "replace" error handler gives.
 */
final class Utf8Bytes {
    private Utf8Bytes() {}

    static boolean isRawByte(char c) {
        return (c >= 0xDC80 && c <= 0xDCFF) || (c >= 0xDD80 && c <= 0xDDFF);
    }

    static boolean hasRawByte(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (isRawByte(s.charAt(i))) return true;
        return false;
    }

    /** The text as CPython shows a line decoded with "replace". */
    static String forDisplay(String s) {
        if (!hasRawByte(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) b.append('\uFFFD');
            else if (!(c >= 0xDD80 && c <= 0xDDFF)) b.append(c);
        }
        return b.toString();
    }

    /** The file's bytes for s[from, to): UTF-8 for decoded chars, the byte itself for kept raw bytes. */
    static byte[] rawBytes(String s, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isRawByte(c)) continue;
            out.writeBytes(s.substring(run, i).getBytes(StandardCharsets.UTF_8));
            out.write(c & 0xFF);
            run = i + 1;
        }
        out.writeBytes(s.substring(run, to).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Length of the byte sequence at b[i] (limit exclusive) if it is valid UTF-8 as Python's decoder
     * sees it, else minus the length of the invalid part it replaces with one U+FFFD.
     */
    static int sequence(byte[] b, int i, int limit) {
        int c = b[i] & 0xFF;
        if (c < 0x80) return 1;
        int n;
        int lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return -1;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= limit) return -k;
            int d = b[i + k] & 0xFF;
            if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) return -k;
        }
        return n;
    }

    /** Python's UnicodeDecodeError text for the first bad sequence in b[from, to), or null if none. */
    static String decodeError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int len = sequence(b, i, to);
            if (len > 0) {
                i += len;
                continue;
            }
            int c = b[i] & 0xFF;
            String reason;
            int end;
            boolean lead = c >= 0xC2 && c <= 0xF4;
            if (!lead) {
                reason = "invalid start byte";
                end = i + 1;
            } else if (i - len >= to) {
                reason = "unexpected end of data";
                end = to;
            } else {
                reason = "invalid continuation byte";
                end = i - len;
            }
            int pos = i - from;
            String where = end - i == 1 ? String.format("byte 0x%02x in position %d", c, pos)
                    : "bytes in position " + pos + "-" + (end - from - 1);
            return "'utf-8' codec can't decode " + where + ": " + reason;
        }
        return null;
    }

    /** Decodes declared-UTF-8 bytes, keeping undecodable ones as raw-byte chars (see the class comment). */
    static String decodeKeepingRawBytes(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int len = sequence(b, i, to);
            if (len > 0) {
                if (len == 1) sb.append((char) b[i]);
                else sb.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else {
                sb.append((char) (0xDC00 | (b[i] & 0xFF)));
                for (int k = 1; k < -len; k++) sb.append((char) (0xDD00 | (b[i + k] & 0xFF)));
                i += -len;
            }
        }
        return sb.toString();
    }

    /** _PyPegen_byte_offset_to_character_offset on a shown line: chars in its first oneBased UTF-8 bytes. */
    static int charOffset(String line, int oneBased) {
        byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(oneBased, 0), b.length + 1);
        if (n > b.length) return line.codePointCount(0, line.length()) + 1 + (n - b.length);
        int count = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > n) {
                count++;
                break;
            }
            i += len;
            count++;
        }
        return count;
    }
}
