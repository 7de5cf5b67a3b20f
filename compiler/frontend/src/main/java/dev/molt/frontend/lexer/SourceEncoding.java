package dev.molt.frontend.lexer;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PEP 263 coding cookies: finding one on a raw line and mapping Python codec names to Java charsets.
 * Mirrors CPython's tokenizer ({@code get_coding_spec}, {@code get_normal_name}) so the same cookies
 * are recognised and the same normalised names appear in error messages.
 */
final class SourceEncoding {
    private SourceEncoding() {}

    /** Result of scanning one line: the cookie's normalised name, or null; and whether scanning stops. */
    record Cookie(String name, boolean stop) {}

    /**
     * Looks for {@code coding[:=]name} in a comment-only line [from, to) of raw bytes. {@code stop} is
     * true when the line holds code, because CPython then does not look at the second line.
     */
    static Cookie scan(byte[] b, int from, int to) {
        int size = to - from;
        // The cookie must be inside a comment that is the only thing on the line.
        for (int i = 0; i < size - 6; i++) {
            byte c = b[from + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\f') return new Cookie(null, stopsScan(b, from, to));
        }
        for (int i = 0; i < size - 6; i++) {
            int t = from + i;
            if (b[t] != 'c' || b[t + 1] != 'o' || b[t + 2] != 'd' || b[t + 3] != 'i' || b[t + 4] != 'n'
                    || b[t + 5] != 'g') continue;
            t += 6;
            if (t >= to || (b[t] != ':' && b[t] != '=')) continue;
            do {
                t++;
            } while (t < to && (b[t] == ' ' || b[t] == '\t'));
            int begin = t;
            while (t < to && (isAlnum(b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.')) t++;
            if (begin < t) {
                String raw = new String(b, begin, t - begin, java.nio.charset.StandardCharsets.ISO_8859_1);
                return new Cookie(normalName(raw), true);
            }
        }
        return new Cookie(null, stopsScan(b, from, to));
    }

    private static boolean stopsScan(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#' || c == '\n' || c == '\r') return false;
            if (c != ' ' && c != '\t' && c != '\f') return true;
        }
        return false;
    }

    private static boolean isAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** CPython's get_normal_name: folds utf-8 and latin-1 spellings, leaves others unchanged. */
    static String normalName(String s) {
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < Math.min(12, s.length()); i++) {
            char c = s.charAt(i);
            buf.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String low = buf.toString();
        if (low.equals("utf-8") || low.startsWith("utf-8-")) return "utf-8";
        for (String l1 : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (low.equals(l1) || low.startsWith(l1 + "-")) return "iso-8859-1";
        }
        return s;
    }

    private static final Map<String, String> PY_TO_JAVA = new HashMap<>();

    static {
        String[][] table = {
            {"UTF-8", "utf_8", "utf8", "u8", "utf", "cp65001"},
            {"ISO-8859-1", "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin"},
            {"US-ASCII", "ascii", "us_ascii", "646"},
            {"windows-1252", "cp1252", "windows_1252"},
            {"windows-1251", "cp1251", "windows_1251"},
            {"windows-1250", "cp1250", "windows_1250"},
            {"ISO-8859-15", "iso8859_15", "iso_8859_15", "latin9", "l9"},
            {"ISO-8859-2", "iso8859_2", "iso_8859_2", "latin2", "l2"},
            {"UTF-16", "utf_16", "utf16"},
            {"UTF-16LE", "utf_16_le", "utf_16le"},
            {"UTF-16BE", "utf_16_be", "utf_16be"},
            {"KOI8-R", "koi8_r"},
            {"Shift_JIS", "shift_jis", "sjis", "s_jis"},
            {"EUC-JP", "euc_jp", "eucjp"},
            {"GBK", "gbk", "cp936"},
            {"GB2312", "gb2312"},
            {"Big5", "big5"},
            {"IBM437", "cp437", "437"},
            {"IBM850", "cp850", "850"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) PY_TO_JAVA.put(row[i], row[0]);
        }
    }

    /** The Java charset for a Python codec name, or null if Python would not know it either. */
    static Charset charset(String pyName) {
        String key = pyName.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String java = PY_TO_JAVA.get(key);
        try {
            if (java != null) return Charset.forName(java);
            return Charset.forName(pyName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
