package dev.molt.frontend.lexer;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.diag.Diagnostic;
import java.io.ByteArrayOutputStream;

/**
 * The values of string literal tokens, decoded like CPython's Parser/string_parser.c.
 *
 * <p>CPython decodes a str body by first rewriting every non-ASCII char as a {@code \Uxxxxxxxx}
 * escape (ten bytes) and then running the unicode-escape codec; error positions in its messages
 * count in that rewritten buffer, and this class reproduces them.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** The value, {@code kind} "u" for a u-prefixed str (else null), or an error. */
    public record Decoded(ConstValue value, String kind, Diagnostic error) {}

    /** Decodes a STRING token (prefix, quotes and body). */
    public static Decoded decode(Token token, SourceText src) {
        String text = token.text();
        int i = 0;
        boolean bytes = false, raw = false, unicode = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') bytes = true;
            else if (c == 'r' || c == 'R') raw = true;
            else if (c == 'u' || c == 'U') unicode = true;
            else break;
        }
        char quote = text.charAt(i);
        int q = text.length() - i >= 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote ? 3 : 1;
        String body = text.substring(i + q, text.length() - q);
        String kind = unicode ? "u" : null;
        boolean rawBytes = src.hasRawBytes() && Utf8Bytes.hasRawByte(body);
        if (bytes) {
            for (int k = 0; k < body.length(); k++) {
                if (body.charAt(k) >= 0x80) {
                    String msg = "bytes can only contain ASCII literal characters";
                    return new Decoded(null, null, rawBytes ? errorOnShownLine(msg, token, src) : error(msg, token, src));
                }
            }
            if (raw) return new Decoded(new ConstValue.Bytes(latin1(body)), null, null);
            return decodeBytes(body, token, src);
        }
        if (rawBytes) {
            String msg = utf8Error(body, raw);
            if (msg != null) return new Decoded(null, null, errorOnShownLine("(unicode error) " + msg, token, src));
        }
        if (raw || body.indexOf('\\') < 0) return new Decoded(new ConstValue.Str(body), kind, null);
        return decodeStr(body, kind, token, src);
    }

    /**
     * The UTF-8 error in a body holding undecodable bytes. Without backslashes (or raw) CPython decodes
     * the whole body, else each run of non-ASCII bytes on its own: positions count from there.
     */
    private static String utf8Error(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            byte[] b = Utf8Bytes.rawBytes(body, 0, body.length());
            return Utf8Bytes.decodeError(b, 0, b.length);
        }
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int j = i;
            while (j < body.length() && body.charAt(j) >= 0x80) j++;
            byte[] b = Utf8Bytes.rawBytes(body, i, j);
            String msg = Utf8Bytes.decodeError(b, 0, b.length);
            if (msg != null) return msg;
            i = j;
        }
        return null;
    }

    /**
     * A literal's error in a file with undecodable bytes: CPython converts the token's byte columns
     * to characters against the start line as shown (U+FFFD for each bad sequence, BOM on line 1).
     */
    private static Diagnostic errorOnShownLine(String msg, Token t, SourceText src) {
        String shown = src.errorLine(t.line());
        return Diagnostic.error("SyntaxError", msg, src.filename(), t.line(), Utf8Bytes.charOffset(shown, t.col() + 1),
                t.endLine(), Utf8Bytes.charOffset(shown, t.endCol() + 1), shown);
    }

    /** Decodes an FSTRING_MIDDLE token's text (braces already un-doubled by the lexer). */
    public static Decoded decodeFStringMiddle(Token middle, boolean raw, SourceText src) {
        String body = middle.text();
        if (src.hasRawBytes() && Utf8Bytes.hasRawByte(body)) {
            // CPython lets this UnicodeDecodeError escape as it is: no location, not a SyntaxError.
            String msg = utf8Error(body, raw);
            if (msg != null) {
                return new Decoded(null, null, Diagnostic.error("UnicodeDecodeError", msg, src.filename(), 0, 0, 0, 0,
                        null));
            }
        }
        if (raw || body.indexOf('\\') < 0) return new Decoded(new ConstValue.Str(body), null, null);
        return decodeStr(body, null, middle, src);
    }

    private static Decoded decodeStr(String body, String kind, Token token, SourceText src) {
        // Escapes of the u and U kinds can spell surrogate code points, which a Java String would pair up:
        // keep the exact code points alongside when such an escape may appear.
        StrOut out = new StrOut(body.length(), body.indexOf("\\u") >= 0 || body.indexOf("\\U") >= 0);
        boolean surrogate = false;
        int n = body.length();
        int i = 0;
        // Position in CPython's rewritten buffer (ASCII: 1 byte, other code points: 10 bytes).
        int bpos = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                bpos += cp < 0x80 ? 1 : 10;
                continue;
            }
            int start = bpos;
            if (i + 1 >= n || body.charAt(i + 1) >= 0x80) {
                // CPython turns a backslash before non-ASCII (or at the end) into a literal backslash.
                out.append('\\');
                i++;
                bpos += 6;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            bpos += 2;
            switch (e) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 'v': out.append('\u000B'); break;
                case 'a': out.append('\u0007'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                        bpos++;
                    }
                    out.append((char) v);
                    break;
                }
                case 'x': case 'u': case 'U': {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; count--) {
                        if (i >= n) return codecError(start, bufferLength(body), what, token, src);
                        int d = Character.digit(body.charAt(i), 16);
                        if (body.charAt(i) >= 0x80 || d < 0) return codecError(start, bpos, what, token, src);
                        ch = (ch << 4) + d;
                        i++;
                        bpos++;
                    }
                    if (ch > 0x10FFFF) return codecError(start, bpos, "illegal Unicode character", token, src);
                    out.appendCodePoint((int) ch);
                    surrogate |= ch >= 0xD800 && ch <= 0xDFFF;
                    break;
                }
                case 'N': {
                    String malformed = "malformed \\N character escape";
                    if (i >= n) return codecError(start, bufferLength(body), malformed, token, src);
                    if (body.charAt(i) != '{') return codecError(start, bpos, malformed, token, src);
                    int close = body.indexOf('}', i + 1);
                    if (close < 0) return codecError(start, bufferLength(body), malformed, token, src);
                    String name = body.substring(i + 1, close);
                    int nameBytes = bufferLength(name);
                    if (name.isEmpty()) return codecError(start, bpos + 1, malformed, token, src);
                    bpos += nameBytes + 2;
                    i = close + 1;
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) return codecError(start, bpos, "unknown Unicode character name", token, src);
                    out.appendCodePoint(cp);
                    break;
                }
                default:
                    // Unknown escapes keep their backslash (3.12 only warns).
                    out.append('\\').append(e);
            }
        }
        String value = out.toString();
        if (!surrogate) return new Decoded(new ConstValue.Str(value), kind, null);
        return new Decoded(new ConstValue.Str(value, out.codePoints()), kind, null);
    }

    /** A str being decoded: its UTF-16 text, and optionally its exact code points. */
    private static final class StrOut {
        private final StringBuilder sb;
        private int[] cps;
        private int n;

        StrOut(int capacity, boolean trackCodePoints) {
            sb = new StringBuilder(capacity);
            if (trackCodePoints) cps = new int[Math.max(16, capacity)];
        }

        StrOut append(char c) {
            return appendCodePoint(c);
        }

        StrOut appendCodePoint(int cp) {
            sb.appendCodePoint(cp);
            if (cps != null) {
                if (n == cps.length) cps = java.util.Arrays.copyOf(cps, n * 2);
                cps[n++] = cp;
            }
            return this;
        }

        int[] codePoints() {
            return java.util.Arrays.copyOf(cps, n);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private static Decoded decodeBytes(String body, Token token, SourceText src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0B); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int d1 = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        return new Decoded(null, null,
                                error("(value error) invalid \\x escape at position " + start, token, src));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(e);
            }
        }
        return new Decoded(new ConstValue.Bytes(out.toByteArray()), null, null);
    }

    /** Length of text in CPython's rewritten escape buffer. */
    private static int bufferLength(String s) {
        int len = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            len += cp < 0x80 ? 1 : 10;
            i += Character.charCount(cp);
        }
        return len;
    }

    private static Decoded codecError(int start, int end, String reason, Token token, SourceText src) {
        String where = end - start == 1 ? "byte 0x5c in position " + start
                : "bytes in position " + start + "-" + (end - 1);
        return new Decoded(null, null,
                error("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason, token, src));
    }

    private static Diagnostic error(String msg, Token t, SourceText src) {
        // Running a file without a declared encoding, CPython reports these columns in bytes.
        boolean chars = src.declaresEncoding();
        int col = (chars ? src.charCol(t.line(), t.col()) : t.col()) + 1;
        int endCol = (chars ? src.charCol(t.endLine(), t.endCol()) : t.endCol()) + 1;
        return Diagnostic.error("SyntaxError", msg, src.filename(), t.line(), col, t.endLine(), endCol,
                src.lineText(t.line()));
    }

    private static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) b[i] = (byte) s.charAt(i);
        return b;
    }
}
