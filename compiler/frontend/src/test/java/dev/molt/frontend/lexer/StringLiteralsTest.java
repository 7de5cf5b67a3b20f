package dev.molt.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.molt.frontend.ast.ConstValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * String literal values and errors against CPython 3.12. src/test/resources/lexer/strings.expected
 * was produced by {@code python3.12 string_cases.py > strings.expected} (CPython 3.12.1 running
 * {@code x = LITERAL} as a file and printing repr(x) or the SyntaxError).
 */
class StringLiteralsTest {
    record Case(String literal, byte[] source, String repr, String message, int[] pos) {
        @Override public String toString() { return literal; }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        try (InputStream in = StringLiteralsTest.class.getResourceAsStream("/lexer/strings.expected")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t");
                byte[] lit = hex.parseHex(f[0]);
                String shown = new String(lit, StandardCharsets.UTF_8);
                String value = new String(hex.parseHex(f[2]), StandardCharsets.UTF_8);
                if (f[1].equals("ok")) {
                    cases.add(new Case(shown, lit, value, null, null));
                } else {
                    int[] pos = {Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                        Integer.parseInt(f[6])};
                    cases.add(new Case(shown, lit, null, value, pos));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(Case c) {
        byte[] prefix = "x = ".getBytes(StandardCharsets.US_ASCII);
        byte[] src = new byte[prefix.length + c.source().length + 1];
        System.arraycopy(prefix, 0, src, 0, prefix.length);
        System.arraycopy(c.source(), 0, src, prefix.length, c.source().length);
        src[src.length - 1] = '\n';
        SourceText text = SourceText.decode(src, "FILE");
        Lexer lx = new Lexer(text);
        lx.next();
        lx.next();
        Token t = lx.next();
        assertEquals(TokenKind.STRING, t.kind());
        StringLiterals.Decoded d = StringLiterals.decode(t, text);
        if (c.repr() != null) {
            assertNull(d.error(), () -> d.error().message());
            StringBuilder sb = new StringBuilder();
            d.value().repr(sb);
            assertEquals(c.repr(), sb.toString());
        } else {
            assertNotNull(d.error(), "expected " + c.message());
            assertEquals(c.message(), d.error().message());
            assertEquals(List.of(c.pos()[0], c.pos()[1], c.pos()[2], c.pos()[3]),
                    List.of(d.error().line(), d.error().col(), d.error().endLine(), d.error().endCol()));
        }
    }

    @Test
    void uPrefixIsReportedAsKind() {
        SourceText text = SourceText.of("u'a'\n", "x.py");
        Token t = new Lexer(text).next();
        StringLiterals.Decoded d = StringLiterals.decode(t, text);
        assertEquals("u", d.kind());
        assertEquals(new ConstValue.Str("a"), d.value());
    }
}
