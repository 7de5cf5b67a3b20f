package dev.molt.frontend.lexer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code \N{name}} lookup. The JDK knows the character names (of its own Unicode version) but not
 * the formal aliases CPython also accepts; the common control-character aliases are added here.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final Map<String, Integer> ALIASES = new HashMap<>();

    static {
        Object[][] table = {
            {0x00, "NULL", "NUL"}, {0x07, "BELL", "ALERT", "BEL"}, {0x08, "BACKSPACE", "BS"},
            {0x09, "CHARACTER TABULATION", "HORIZONTAL TABULATION", "TAB", "HT"},
            {0x0A, "LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL"},
            {0x0B, "LINE TABULATION", "VERTICAL TABULATION", "VT"}, {0x0C, "FORM FEED", "FF"},
            {0x0D, "CARRIAGE RETURN", "CR"}, {0x1B, "ESCAPE", "ESC"}, {0x20, "SP"},
            {0x7F, "DELETE", "DEL"}, {0xA0, "NBSP"}, {0xAD, "SHY"},
            {0x200B, "ZWSP"}, {0x200C, "ZWNJ"}, {0x200D, "ZWJ"},
            {0xFEFF, "BYTE ORDER MARK", "BOM", "ZWNBSP"},
        };
        for (Object[] row : table) {
            for (int i = 1; i < row.length; i++) ALIASES.put((String) row[i], (Integer) row[0]);
        }
    }

    private static final int[] CJK_RANGES = {
        0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740, 0x2B81D,
        0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A, 0x31350, 0x323AF,
    };

    private static int cjk(String hex) {
        if (hex.length() < 4 || hex.length() > 5) return -1;
        int cp;
        try {
            cp = Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
        for (int i = 0; i < CJK_RANGES.length; i += 2) {
            if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) return cp;
        }
        return -1;
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static Map<String, Integer> hangulNames;

    private static synchronized int hangul(String syllable) {
        if (hangulNames == null) {
            Map<String, Integer> m = new HashMap<>();
            for (int l = 0; l < JAMO_L.length; l++) {
                for (int v = 0; v < JAMO_V.length; v++) {
                    for (int t = 0; t < JAMO_T.length; t++) {
                        m.put(JAMO_L[l] + JAMO_V[v] + JAMO_T[t], 0xAC00 + (l * 21 + v) * 28 + t);
                    }
                }
            }
            hangulNames = m;
        }
        return hangulNames.getOrDefault(syllable, -1);
    }

    /** The code point for a name (case-insensitive, as in CPython), or -1. */
    static int lookup(String name) {
        // The JDK trims surrounding whitespace; CPython does not, so such names must fail.
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) return -1;
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = ALIASES.get(upper);
        if (alias != null) return alias;
        // The JDK names these algorithmically in its own style; CPython uses Unicode's.
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) return cjk(upper.substring(22));
        if (upper.startsWith("HANGUL SYLLABLE ")) return hangul(upper.substring(16));
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
