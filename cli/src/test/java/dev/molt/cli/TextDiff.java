package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.fail;

/** Equality of long outputs (AST dumps run to megabytes) with a failure message that shows where they part. */
final class TextDiff {
    private TextDiff() {}

    static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        String header = "";
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of output>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (el.startsWith("==> ")) header = el;
            if (!el.equals(al)) {
                int at = 0;
                while (at < el.length() && at < al.length() && el.charAt(at) == al.charAt(at)) at++;
                fail("outputs differ at line " + (i + 1) + " (" + header + "), column " + (at + 1)
                        + "\n  expected: ..." + window(el, at) + "\n  actual:   ..." + window(al, at));
            }
        }
    }

    private static String window(String line, int at) {
        int from = Math.max(0, at - 80);
        return line.substring(from, Math.min(line.length(), at + 120));
    }
}
