package dev.molt.frontend.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.testing.CPython;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Token-stream parity with CPython's tokenize module on every top-level module of CPython's Lib/
 * and on the snippets in src/test/resources/lexer/snippets (one CPython process runs
 * src/test/resources/lexer/tokens.py over all of them).
 *
 * <p>Accepted differences, each a tokenize-module artefact rather than a tokenizer one: NAME text
 * is NFKC-normalised by us (tokenize shows the raw spelling); for a token spanning lines tokenize
 * reports the end column in bytes rather than characters; tokenize's error messages differ from
 * those of running a file, so for a file both reject only the rejection is compared.
 */
class LexerParityTest {
    @Test
    void topLevelStdlibModulesTokenizeLikeCPython() throws IOException, URISyntaxException {
        Path lib = CPython.stdlib();
        List<Path> files;
        try (var s = Files.list(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 150, "expected the stdlib's top-level modules, found " + files.size());
        Path script = Path.of(LexerParityTest.class.getResource("/lexer/tokens.py").toURI());
        // Plus hand-written snippets for what the stdlib exercises little (nested f-strings, odd numbers).
        try (var s = Files.list(script.resolveSibling("snippets"))) {
            files.addAll(s.sorted().collect(Collectors.toList()));
        }
        String stdin = files.stream().map(Path::toString).collect(Collectors.joining("\n"));
        CPython.Result r = CPython.run(CPython.executable(), List.of(script.toString()),
                stdin.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, r.exit(), r.stderr());
        Map<String, List<String>> expected = splitByFile(r.stdout());
        assertEquals(files.size(), expected.size());

        List<String> mismatches = new ArrayList<>();
        int tokens = 0;
        for (Path f : files) {
            List<String> want = expected.get(f.toString());
            SourceText src = SourceText.decode(Files.readAllBytes(f), f.toString());
            String problem = compare(src, want);
            if (problem != null) mismatches.add(f.getFileName() + ": " + problem);
            tokens += want.size();
        }
        assertTrue(tokens > 100_000, "too few tokens compared: " + tokens);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
                mismatches.size() + " files differ");
    }

    private static Map<String, List<String>> splitByFile(String out) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<String> cur = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("FILE ")) {
                cur = new ArrayList<>();
                m.put(line.substring(5), cur);
            } else if (cur != null && !line.isEmpty()) {
                cur.add(line);
            }
        }
        return m;
    }

    /** Null if our tokens match tokenize's lines, else a description of the first difference. */
    static String compare(SourceText src, List<String> want) {
        boolean wantError = !want.isEmpty() && want.get(0).startsWith("ERROR ");
        if (src.error() != null) return wantError ? null : "we reject: " + src.error().message();
        Lexer lx = new Lexer(src);
        for (int i = 0; ; i++) {
            Token t = lx.next();
            if (t.kind() == TokenKind.ERRORTOKEN) {
                return wantError ? null : "we reject at token " + i + ": " + lx.diagnostic().message();
            }
            if (wantError && i >= want.size() - 1) return "tokenize rejects, we accept";
            if (i >= want.size()) return "extra token " + t;
            Expected e = Expected.parse(want.get(i));
            String kind = t.kind().isKeyword() ? "NAME" : t.kind().name();
            int col = src.charCol(t.line(), t.col());
            int endCol = src.charCol(t.endLine(), t.endCol());
            boolean textOk = e.text.equals(t.text())
                    || (t.kind() == TokenKind.NAME || t.kind().isKeyword())
                        && Normalizer.normalize(e.text, Normalizer.Form.NFKC).equals(t.text())
                    || t.kind() == TokenKind.NEWLINE && e.text.isEmpty();
            boolean endOk = e.endCol == endCol || (t.line() != t.endLine() && e.endCol == t.endCol());
            if (!e.kind.equals(kind) || !textOk || e.line != t.line() || e.col != col || e.endLine != t.endLine()
                    || !endOk) {
                return "token " + i + ": expected " + want.get(i) + " got " + kind + " " + t.text() + " "
                        + t.line() + ":" + col + "-" + t.endLine() + ":" + endCol;
            }
            if (t.kind() == TokenKind.ENDMARKER) return i == want.size() - 1 ? null : "early ENDMARKER";
        }
    }

    record Expected(String kind, String text, int line, int col, int endLine, int endCol) {
        /** Parses {@code ["KIND", "text", l, c, el, ec]} as written by tokens.py. */
        static Expected parse(String s) {
            int k1 = s.indexOf('"', 2);
            String kind = s.substring(2, k1);
            int end = s.length() - 1;
            int[] nums = new int[4];
            for (int j = 3; j >= 0; j--) {
                int comma = s.lastIndexOf(", ", end - 1);
                nums[j] = Integer.parseInt(s.substring(comma + 2, end).trim());
                end = comma;
            }
            String json = s.substring(k1 + 3, end);
            return new Expected(kind, unescape(json.substring(1, json.length() - 1)), nums[0], nums[1], nums[2],
                    nums[3]);
        }

        private static String unescape(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(++i);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u': b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                    default: b.append(e);
                }
            }
            return b.toString();
        }
    }
}
