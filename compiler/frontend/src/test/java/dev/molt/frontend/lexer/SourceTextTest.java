package dev.molt.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Decoding, line access and column conversion (error messages are covered by LexerErrorTest). */
class SourceTextTest {
    private static SourceText decode(String latin1Bytes) {
        return SourceText.decode(latin1Bytes.getBytes(StandardCharsets.ISO_8859_1), "x.py");
    }

    @Test
    void utf8BomIsDroppedAndCountsAsDeclared() {
        SourceText s = decode("\u00ef\u00bb\u00bfx = '\u00c3\u00a9'\n");
        assertNull(s.error());
        assertEquals("x = '\u00e9'\n", s.text());
        assertTrue(s.declaresEncoding());
    }

    @Test
    void latin1CookieOnSecondLine() {
        // As CPython: print(repr(...)) of this file shows 'é' (checked with python3.12).
        SourceText s = decode("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = '\u00e9'\n");
        assertNull(s.error());
        assertEquals("x = '\u00e9'", s.lineText(3));
    }

    @Test
    void cp1252Cookie() {
        SourceText s = decode("# coding: cp1252\nprint('\u0080')\n");
        assertEquals("print('\u20ac')", s.lineText(2));
    }

    @Test
    void universalNewlines() {
        SourceText s = decode("a\r\nb\rc\nd");
        assertEquals("a\nb\nc\nd", s.text());
        assertEquals("b", s.lineText(2));
        assertEquals("d", s.lineText(4));
        assertEquals("", s.lineText(5));
        assertEquals(4, s.lineCount());
    }

    @Test
    void crlfSourceTokenizesLikeLf() {
        String lf = "if x:\n  y = (1,\n    2)\n  z = '''a\nb'''\n# c\n\n  q = 1\n";
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        TokenDump.dumpTokens(SourceText.of(lf, "x.py"), a);
        TokenDump.dumpTokens(SourceText.decode(lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "x.py"), b);
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void charColCountsCodePoints() {
        SourceText s = SourceText.of("x = '\u00e9\u20ac\uD83D\uDE00' + y\n", "x.py");
        // bytes: x(0) ' '(1) =(2) ' '(3) '(4) é(5,6) €(7..9) 😀(10..13) '(14)
        assertEquals(4, s.charCol(1, 4));
        assertEquals(5, s.charCol(1, 5));
        assertEquals(6, s.charCol(1, 7));
        assertEquals(7, s.charCol(1, 10));
        assertEquals(8, s.charCol(1, 14));
        assertEquals(9, s.charCol(1, 15));
    }

    @Test
    void charColIsFastOnAHugeSingleLine() {
        int n = 10_000_000 / 3;
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) sb.append(i % 2 == 0 ? 'a' : '\u00e9');
        SourceText s = SourceText.of(sb.toString(), "x.py");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int k = 0; k < 200_000; k++) {
                int chars = (int) ((long) k * (n - 2) / 200_000) & ~1;
                int bytes = chars / 2 * 3;
                assertEquals(chars, s.charCol(1, bytes));
            }
        });
    }
}
