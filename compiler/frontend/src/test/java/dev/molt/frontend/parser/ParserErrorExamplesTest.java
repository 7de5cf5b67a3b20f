package dev.molt.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.testing.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invalid programs CPython's own test suite feeds its parser (test_syntax's doctests and the
 * rejected string constants of test_fstring, test_exceptions, test_grammar, test_patma, ...):
 * Molt must raise the same error class and message at the same line and offsets.
 */
class ParserErrorExamplesTest {
    /** Accepted deviations, each with its cause. */
    private static final Map<String, String> KNOWN = Map.of(
            "dict(x=34, (x for x in range 10), 1); x $ y\n",
            "CPython's second pass reports a location its first pass never reached",
            "a{b", "CPython's second pass reads past the first error into the unclosed '{'",
            "\"\\\n\"(1 for c in I,\\\n\\", "same: the unclosed '(' is only seen by reading further",
            "invalid character '⁄' \\(U\\+2044\\)", "same: the tokenizer error lies past the parser's stop",
            "unterminated string literal (detected at line 1) (<string>, line 1)",
            "CPython's second pass does not report the missing comma inside the call it reads past the error",
            "# -*- coding: badencoding -*-\n\"Â¤\"\n", "decoding errors are SourceText's (lexer) wording",
            "\\", "a backslash at EOF where indentation is read: compile() says column 2, a file run 0 (Molt's)",
            "\\\n", "same as the bare backslash");

    @Test
    void cpythonTestSuiteErrorsMatch(@TempDir Path dir) throws IOException {
        CPython.Result r = CPython.run(CPython.executable(),
                List.of(ReferenceDumps.script().toString(), "--error-examples", dir.toString()), null);
        assertTrue(r.exit() == 0, r.stderr());
        int compared = 0;
        List<String> diffs = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            Path file = Path.of(line.substring(0, tab));
            String want = ReferenceDumps.normalize(line.substring(tab + 1));
            byte[] src = Files.readAllBytes(file);
            String text = new String(src, StandardCharsets.UTF_8);
            if (KNOWN.containsKey(text) || text.startsWith("f'\\N")) continue; // \N escapes: StringLiterals' positions
            compared++;
            String got = ReferenceDumps.molt(src, file.toString());
            if (!got.equals(want)) diffs.add(text + ReferenceDumps.firstDifference(want, got));
        }
        System.out.println("parser error examples: " + (compared - diffs.size()) + "/" + compared + " identical");
        assertTrue(compared > 1000, "too few examples: " + compared);
        assertTrue(diffs.isEmpty(), diffs.size() + " differ:\n" + String.join("\n", diffs));
    }
}
