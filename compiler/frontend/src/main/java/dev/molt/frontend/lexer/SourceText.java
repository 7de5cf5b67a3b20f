package dev.molt.frontend.lexer;

import dev.molt.frontend.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A source file decoded the way CPython's tokenizer decodes a file: UTF-8 BOM, PEP 263 cookie,
 * universal newlines ({@code \r\n} and {@code \r} become {@code \n} in {@link #text()}, as CPython
 * translates them before tokenizing), and CPython's messages when the bytes cannot be decoded.
 */
public final class SourceText {
    private final String filename;
    private final String text;
    private final Diagnostic error;
    private final boolean declaresEncoding;
    private final boolean bom;
    /** Some bytes were not UTF-8 and are kept as raw-byte chars (see {@link Utf8Bytes}). */
    private final boolean rawBytes;
    /** Index in {@link #text} where each line starts; lines are 1-based, so line n starts at lineStarts[n-1]. */
    private final int[] lineStarts;
    /** Per line: 0 unknown, 1 all ASCII, 2 has non-ASCII (then charCol needs the checkpoints). */
    private final byte[] asciiState;
    /** Lazily built per non-ASCII line: UTF-8 byte offset at every CHECKPOINT-th char of the line. */
    private int[][][] checkpoints;

    private static final int CHECKPOINT = 64;

    private SourceText(String filename, String text, Diagnostic error, boolean declaresEncoding, boolean bom,
                       boolean rawBytes) {
        this.filename = filename;
        this.declaresEncoding = declaresEncoding;
        this.bom = bom;
        this.rawBytes = rawBytes;
        this.text = text;
        this.error = error;
        this.lineStarts = computeLineStarts(text);
        this.asciiState = new byte[lineStarts.length];
    }

    /** Decodes source bytes; never throws. On failure {@link #error()} is set and the text is empty. */
    public static SourceText decode(byte[] bytes, String filename) {
        Decoded d = decodeBytes(bytes, filename);
        if (d.error != null) return new SourceText(filename, "", d.error, d.declared, d.bom, false);
        String text = normalizeNewlines(d.text);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            Diagnostic e = Diagnostic.error("SyntaxError", "source code cannot contain null bytes", filename,
                    line, 0, line, 0, text.substring(lineStart, nul));
            return new SourceText(filename, "", e, d.declared, d.bom, false);
        }
        return new SourceText(filename, text, null, d.declared, d.bom, d.rawBytes);
    }

    /** Wraps already-decoded text (tests, tools); newlines are normalised like {@link #decode}. */
    public static SourceText of(String text, String filename) {
        return new SourceText(filename, normalizeNewlines(text), null, false, false, false);
    }

    public String filename() { return filename; }

    public String text() { return text; }

    public Diagnostic error() { return error; }

    /**
     * True when the file has a BOM or a coding cookie. CPython (running a file) converts the byte
     * columns of parser-raised errors to characters only then; without one it reports UTF-8 byte
     * offsets, and so do we, to match it.
     */
    public boolean declaresEncoding() { return declaresEncoding; }

    /** The file starts with a UTF-8 BOM (not part of {@link #text()}). */
    public boolean hasBom() { return bom; }

    /**
     * True when the file declares UTF-8 but holds bytes that are not: they stay in the text as
     * lone surrogates, and the string literals or names holding them fail to decode, as in CPython.
     */
    public boolean hasRawBytes() { return rawBytes; }

    /**
     * A line as CPython's error messages show it (SyntaxError.text when running a file): undecodable
     * bytes replaced by U+FFFD, and on line 1 the BOM, which CPython reads back from the file.
     */
    public String errorLine(int line) {
        String t = rawBytes ? Utf8Bytes.forDisplay(lineText(line)) : lineText(line);
        return bom && line == 1 ? "\uFEFF" + t : t;
    }

    /** Number of lines (a final line break does not start an extra line). */
    public int lineCount() {
        int n = lineStarts.length;
        if (n > 1 && lineStarts[n - 1] == text.length()) n--;
        return text.isEmpty() ? 0 : n;
    }

    /** Index in {@link #text()} where a 1-based line starts (text length if out of range). */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) return text.length();
        return lineStarts[line - 1];
    }

    /** The 1-based line, without its line terminator ("" if out of range). */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int from = lineStarts[line - 1];
        return text.substring(from, lineEnd(line));
    }

    /** 0-based UTF-8 byte column on a 1-based line to the 0-based code point column. */
    public int charCol(int line, int byteCol) {
        if (line < 1 || line > lineStarts.length || byteCol <= 0) return Math.max(byteCol, 0);
        int from = lineStarts[line - 1];
        int end = lineEnd(line);
        if (isAscii(line, from, end)) return byteCol;
        int[][] cp = checkpointsOf(line, from, end);
        int[] byteAt = cp[0];
        // Find the last checkpoint at or before byteCol, then walk at most CHECKPOINT chars.
        int k = Arrays.binarySearch(byteAt, byteCol);
        if (k < 0) k = -k - 2;
        int i = from + k * CHECKPOINT;
        int bytes = byteAt[k];
        int col = cp[1][k];
        // A checkpoint on the low half of a pair already counts the whole pair.
        if (i > from && i < end && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1))) i++;
        while (i < end && bytes < byteCol) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                i++;
            }
            col++;
        }
        return col + Math.max(0, byteCol - bytes);
    }

    private int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return Math.max(end, lineStarts[line - 1]);
    }

    private boolean isAscii(int line, int from, int end) {
        byte s = asciiState[line - 1];
        if (s == 0) {
            s = 1;
            for (int i = from; i < end; i++) {
                if (text.charAt(i) >= 0x80) {
                    s = 2;
                    break;
                }
            }
            asciiState[line - 1] = s;
        }
        return s == 1;
    }

    /** {byte offset, code point count} at every CHECKPOINT-th char of a line, built once per line. */
    private synchronized int[][] checkpointsOf(int line, int from, int end) {
        if (checkpoints == null) checkpoints = new int[lineStarts.length][][];
        int[][] cp = checkpoints[line - 1];
        if (cp != null) return cp;
        int n = Math.max(1, (end - from + CHECKPOINT - 1) / CHECKPOINT);
        int[] byteAt = new int[n];
        int[] cpAt = new int[n];
        int bytes = 0;
        int cps = 0;
        for (int i = from; i < end; i++) {
            if ((i - from) % CHECKPOINT == 0) {
                byteAt[(i - from) / CHECKPOINT] = bytes;
                cpAt[(i - from) / CHECKPOINT] = cps;
            }
            char c = text.charAt(i);
            cps++;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
                if ((i - from) % CHECKPOINT == 0) {
                    byteAt[(i - from) / CHECKPOINT] = bytes;
                    cpAt[(i - from) / CHECKPOINT] = cps;
                }
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        cp = new int[][] {byteAt, cpAt};
        checkpoints[line - 1] = cp;
        return cp;
    }

    private static int[] computeLineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
        return starts;
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private record Decoded(String text, Diagnostic error, boolean declared, boolean bom, boolean rawBytes) {
        Decoded(String text, Diagnostic error, boolean declared) {
            this(text, error, declared, false, false);
        }
    }

    private static Decoded decodeBytes(byte[] bytes, String filename) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) start = 3;
        String cookie = findCookie(bytes, start);
        if (bom && cookie != null && !cookie.equals("utf-8")) {
            return new Decoded(null, noLocation("encoding problem: " + cookie + " with BOM", filename), true);
        }
        if (cookie != null && !cookie.equals("utf-8")) {
            Charset cs = SourceEncoding.charset(cookie);
            if (cs == null) return new Decoded(null, noLocation("encoding problem: " + cookie, filename), true);
            try {
                CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                return new Decoded(dec.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), null, true);
            } catch (CharacterCodingException e) {
                return new Decoded(null, noLocation("encoding problem: " + cookie, filename), true);
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (!r.isError()) {
            out.flip();
            return new Decoded(out.toString(), null, bom || cookie != null, bom, false);
        }
        if (bom || cookie != null) {
            // Declared UTF-8: CPython's tokenizer does not check the bytes; what decodes them later fails.
            return new Decoded(Utf8Bytes.decodeKeepingRawBytes(bytes, start, bytes.length), null, true, bom, true);
        }
        int bad = in.position();
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                + "declared; see https://peps.python.org/pep-0263/ for details", bytes[bad] & 0xFF, filename, line);
        return new Decoded(null, noLocation(msg, filename), false);
    }

    private static Diagnostic noLocation(String msg, String filename) {
        return Diagnostic.error("SyntaxError", msg, filename, 0, 0, 0, 0, null);
    }

    /** The cookie on line 1, or on line 2 when line 1 is blank or a comment; null if none. */
    private static String findCookie(byte[] b, int start) {
        int end1 = lineEnd(b, start);
        SourceEncoding.Cookie c1 = SourceEncoding.scan(b, start, end1);
        if (c1.name() != null) return c1.name();
        if (c1.stop() || end1 >= b.length) return null;
        int start2 = end1 + 1;
        return SourceEncoding.scan(b, start2, lineEnd(b, start2)).name();
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') i++;
        return i;
    }
}
