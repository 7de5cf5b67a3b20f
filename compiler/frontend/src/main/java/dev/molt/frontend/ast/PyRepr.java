package dev.molt.frontend.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** CPython 3.12's {@code repr()} of str, bytes and float, character for character. */
public final class PyRepr {
    private PyRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(str)}: quote choice, escapes and printability exactly as unicode_repr does. */
    public static void str(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            codePoint(sb, cp, quote);
        }
        sb.append(quote);
    }

    /** {@code repr(str)} of a str given as code points (which may include surrogates). */
    public static void str(StringBuilder sb, int[] cps) {
        boolean single = false, dbl = false;
        for (int cp : cps) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int cp : cps) codePoint(sb, cp, quote);
        sb.append(quote);
    }

    private static void codePoint(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            hex(sb, 'x', cp, 2);
        } else if (cp < 0x7f) {
            sb.append((char) cp);
        } else if (UnicodeTables.isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(sb, 'x', cp, 2);
        } else if (cp <= 0xffff) {
            hex(sb, 'u', cp, 4);
        } else {
            hex(sb, 'U', cp, 8);
        }
    }

    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        str(sb, s);
        return sb.toString();
    }

    /** {@code repr(bytes)}. */
    public static void bytes(StringBuilder sb, byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) hex(sb, 'x', c, 2);
            else sb.append((char) c);
        }
        sb.append(quote);
    }

    private static void hex(StringBuilder sb, char kind, int v, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) sb.append(HEX[(v >> shift) & 0xf]);
    }

    /** {@code repr(float)}: the shortest string that round-trips, in CPython's 'r' layout. */
    public static void floatRepr(StringBuilder sb, double d) {
        floatRepr(sb, d, true);
    }

    /**
     * @param addDot0 CPython's Py_DTSF_ADD_DOT_0: float repr adds ".0" to integral values,
     *                the imaginary part of a complex repr does not
     */
    public static void floatRepr(StringBuilder sb, double d, boolean addDot0) {
        if (Double.isNaN(d)) { sb.append("nan"); return; }
        if (Double.isInfinite(d)) { sb.append(d > 0 ? "inf" : "-inf"); return; }
        if (d == 0) { sb.append(1 / d < 0 ? "-0" : "0").append(addDot0 ? ".0" : ""); return; }
        if (d < 0) { sb.append('-'); d = -d; }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) { shortest = r; break; }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) sb.append('0');
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) sb.append('0');
            if (addDot0) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
    }
}
