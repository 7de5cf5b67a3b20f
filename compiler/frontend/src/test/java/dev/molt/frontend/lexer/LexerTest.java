package dev.molt.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targeted behaviour not covered by the parity and error files. */
class LexerTest {
    private static List<String> kinds(String src) {
        Lexer lx = new Lexer(SourceText.of(src, "x.py"));
        List<String> out = new ArrayList<>();
        for (;;) {
            Token t = lx.next();
            out.add(t.kind() + (t.kind() == TokenKind.NAME || t.kind() == TokenKind.FSTRING_MIDDLE
                    || t.kind() == TokenKind.NUMBER ? "(" + t.text() + ")" : ""));
            if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.ERRORTOKEN) return out;
        }
    }

    @Test
    void hundredThousandNestedParenthesesEndInACleanError() {
        String src = "x = " + "(".repeat(100_000) + ")".repeat(100_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Diagnostic d = LexerErrorTest.firstError(src.getBytes(StandardCharsets.US_ASCII));
            // python3.12 on this file: too many nested parentheses, line 1, offset 205.
            assertEquals("too many nested parentheses", d.message());
            assertEquals(205, d.col());
        });
    }

    @Test
    void aTenMegabyteLineLexesInLinearTime() {
        StringBuilder sb = new StringBuilder("x = [");
        while (sb.length() < 10_000_000) sb.append("'\u00e9', 12, ");
        sb.append("]\n");
        SourceText src = SourceText.of(sb.toString(), "x.py");
        // Generous for a loaded machine; a quadratic lexer would need hours.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Lexer lx = new Lexer(src);
            Token last;
            int count = 0;
            do {
                last = lx.next();
                count++;
            } while (last.kind() != TokenKind.ENDMARKER && last.kind() != TokenKind.ERRORTOKEN);
            assertEquals(TokenKind.ENDMARKER, last.kind());
            assertTrue(count > 2_000_000);
        });
    }

    @Test
    void syntheticFinalNewlineStaysInsideTheText() {
        SourceText src = SourceText.of("x", "x.py");
        Lexer lx = new Lexer(src);
        lx.next();
        Token nl = lx.next();
        assertEquals(TokenKind.NEWLINE, nl.kind());
        assertEquals(List.of(1, 1, "", 1, 2), List.of(nl.start(), nl.end(), nl.text(), nl.col(), nl.endCol()));
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals(List.of("IF", "NAME(match)", "AND", "NAME(_)", "COLON", "NAME(type)", "NEWLINE", "ENDMARKER"),
                kinds("if match and _: type"));
    }

    @Test
    void fstringDebugAndConversionTokens() {
        // Token sequence as python3.12 -m tokenize prints it for this line.
        assertEquals(List.of("FSTRING_START", "LBRACE", "NAME(x)", "EQUAL", "EXCLAMATION", "NAME(r)", "COLON",
                "FSTRING_MIDDLE(>10)", "RBRACE", "FSTRING_END", "NEWLINE", "ENDMARKER"), kinds("f'{x=!r:>10}'"));
    }

    @Test
    void doubledBracesAreReducedAndNotEqualIsNoConversion() {
        assertEquals(List.of("FSTRING_START", "FSTRING_MIDDLE(a{)", "FSTRING_MIDDLE(b})", "LBRACE", "NAME(x)",
                "NOTEQUAL", "NAME(y)", "RBRACE", "FSTRING_END", "NEWLINE", "ENDMARKER"), kinds("f'a{{b}}{x!=y}'"));
    }

    @Test
    void colonInsideBracketsIsNotAFormatSpec() {
        assertEquals(List.of("FSTRING_START", "LBRACE", "NAME(a)", "LSQB", "NUMBER(1)", "COLON", "NUMBER(2)", "RSQB",
                "COLON", "FSTRING_MIDDLE(x)", "RBRACE", "FSTRING_END", "NEWLINE", "ENDMARKER"), kinds("f'{a[1:2]:x}'"));
    }

    @Test
    void missingFinalNewlineAndDedentsAtEof() {
        assertEquals(List.of("IF", "NAME(x)", "COLON", "NEWLINE", "INDENT", "NAME(y)", "NEWLINE", "DEDENT",
                "ENDMARKER"), kinds("if x:\n  y"));
    }

    @Test
    void endmarkerRepeats() {
        Lexer lx = new Lexer(SourceText.of("", "x.py"));
        assertEquals(TokenKind.ENDMARKER, lx.next().kind());
        assertEquals(TokenKind.ENDMARKER, lx.next().kind());
    }

    @Test
    void positionsAreUtf8ByteColumns() {
        Lexer lx = new Lexer(SourceText.of("\u00e9 = '\u20ac'\n", "x.py"));
        Token name = lx.next();
        assertEquals(List.of(0, 2), List.of(name.col(), name.endCol()));
        lx.next();
        Token str = lx.next();
        assertEquals(List.of(5, 10), List.of(str.col(), str.endCol()));
    }
}
