package dev.molt.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.molt.frontend.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tokenizer and decoding error against CPython 3.12. The expectations in
 * src/test/resources/lexer/errors.expected were produced by running each case as a file under
 * CPython 3.12.1 ({@code python3.12 error_cases.py > errors.expected}, see that script); messages
 * name the file "FILE".
 */
class LexerErrorTest {
    record Case(String name, byte[] source, String code, String message, int line, int col, int endLine,
                int endCol, String text) {
        @Override public String toString() { return name; }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LexerErrorTest.class.getResourceAsStream("/lexer/errors.expected")) {
            assertNotNull(in, "errors.expected");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                cases.add(new Case(f[0], bytes(f[1]), f[2], str(f[3]), num(f[4]), num(f[5]), num(f[6]), num(f[7]),
                        str(f[8])));
            }
        }
        return cases.stream();
    }

    private static byte[] bytes(String hex) {
        return hex.equals("=") ? new byte[0] : HexFormat.of().parseHex(hex);
    }

    private static String str(String hex) {
        return hex.equals("-") ? null : new String(bytes(hex), StandardCharsets.UTF_8);
    }

    private static int num(String s) {
        return s.equals("-") ? 0 : Integer.parseInt(s);
    }

    /** The first error the tokenizer reports for a source, or null if it tokenizes cleanly. */
    static Diagnostic firstError(byte[] source) {
        SourceText src = SourceText.decode(source, "FILE");
        if (src.error() != null) return src.error();
        Lexer lx = new Lexer(src);
        for (;;) {
            Token t = lx.next();
            if (t.kind() == TokenKind.ERRORTOKEN) return lx.diagnostic();
            if (t.kind() == TokenKind.ENDMARKER) return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(Case c) {
        Diagnostic d = firstError(c.source());
        assertNotNull(d, "no error for " + c.name());
        String expected = c.code() + ": " + c.message() + " @" + c.line() + ":" + c.col() + "-" + c.endLine() + ":"
                + c.endCol() + " " + c.text();
        String actual = d.code() + ": " + d.message() + " @" + d.line() + ":" + d.col() + "-" + d.endLine() + ":"
                + d.endCol() + " " + d.text();
        assertEquals(expected, actual);
    }
}
