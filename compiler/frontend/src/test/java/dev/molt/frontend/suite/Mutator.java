package dev.molt.frontend.suite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a real program into a plausible broken one, the way edits go wrong: tokens deleted,
 * duplicated or swapped, stray brackets and quotes, lines re-indented, duplicated or cut.
 * Deterministic for a given random source.
 */
public final class Mutator {
    private Mutator() {}

    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", ":", ",", ".",
            ";", "=", ":=", "*", "**", "@", "\\", "\t", "\n", " ", "    ", "#", "f'", "{x}", "lambda", "if", "else",
            "async", "await", "yield", "match", "case", "type", "0x", "1_", "\u00e9", "\u200b", "\r", "\f", "\0"};

    /** Applies one to three mutations. */
    public static byte[] mutate(byte[] original, SplittableRandom rnd) {
        String s = new String(original, StandardCharsets.UTF_8);
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n && !s.isEmpty(); i++) s = once(s, rnd);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String once(String s, SplittableRandom rnd) {
        List<int[]> tokens = tokens(s);
        switch (rnd.nextInt(9)) {
            case 0: { // delete a token
                int[] t = pick(tokens, rnd);
                return s.substring(0, t[0]) + s.substring(t[1]);
            }
            case 1: { // duplicate a token
                int[] t = pick(tokens, rnd);
                return s.substring(0, t[1]) + " " + s.substring(t[0], t[1]) + s.substring(t[1]);
            }
            case 2: { // swap two neighbouring tokens
                if (tokens.size() < 2) return s;
                int k = rnd.nextInt(tokens.size() - 1);
                int[] a = tokens.get(k), b = tokens.get(k + 1);
                return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0]) + s.substring(a[0], a[1])
                        + s.substring(b[1]);
            }
            case 3: { // delete a character
                int at = rnd.nextInt(s.length());
                return s.substring(0, at) + s.substring(at + 1);
            }
            case 4: { // insert something that often breaks nesting or quoting
                int at = rnd.nextInt(s.length() + 1);
                return s.substring(0, at) + INSERTS[rnd.nextInt(INSERTS.length)] + s.substring(at);
            }
            case 5: { // re-indent a line
                List<String> lines = lines(s);
                int k = rnd.nextInt(lines.size());
                String l = lines.get(k);
                String[] indents = {"", " ", "  ", "    ", "\t", "        ", " \t"};
                lines.set(k, indents[rnd.nextInt(indents.length)] + l.stripLeading());
                return String.join("", lines);
            }
            case 6: { // duplicate a line
                List<String> lines = lines(s);
                int k = rnd.nextInt(lines.size());
                lines.add(k, lines.get(k));
                return String.join("", lines);
            }
            case 7: { // delete a line
                List<String> lines = lines(s);
                lines.remove(rnd.nextInt(lines.size()));
                return String.join("", lines);
            }
            default: // cut the file short
                return s.substring(0, rnd.nextInt(s.length()));
        }
    }

    private static int[] pick(List<int[]> tokens, SplittableRandom rnd) {
        return tokens.isEmpty() ? new int[] {0, 0} : tokens.get(rnd.nextInt(tokens.size()));
    }

    /** Rough tokens: identifier/number runs and single other non-space characters, as [start, end). */
    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(new int[] {i, j});
                i = j;
            } else {
                out.add(new int[] {i, i + 1});
                i++;
            }
        }
        return out;
    }

    /** Lines with their terminators, so joining gives the text back. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length() || out.isEmpty()) out.add(s.substring(start));
        return out;
    }
}
