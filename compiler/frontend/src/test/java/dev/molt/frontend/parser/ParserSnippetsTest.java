package dev.molt.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tricky snippets (positions, f-strings, match, type params, targets, errors) parsed by Molt and
 * by CPython 3.12 at test time; the dumps or the SyntaxErrors must be identical.
 */
class ParserSnippetsTest {

    @Test
    void validSnippetsDumpLikeCPython() {
        List<String> diffs = compare(ReferenceDumps.snippets("/parser/valid-snippets.txt"), true);
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    @Test
    void invalidSnippetsFailLikeCPython() {
        List<String> diffs = compare(ReferenceDumps.snippets("/parser/invalid-snippets.txt"), false);
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    private static List<String> compare(List<String> snippets, boolean valid) {
        List<String> want = ReferenceDumps.ofSnippets(snippets);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String w = want.get(i);
            if (w.startsWith("OK\t") != valid) {
                diffs.add("snippet " + i + " is not " + (valid ? "valid" : "invalid") + " for CPython: " + snippets.get(i));
                continue;
            }
            String got = ReferenceDumps.molt(snippets.get(i).getBytes(StandardCharsets.UTF_8), "<snippet>");
            if (!got.equals(w)) {
                diffs.add("snippet " + i + ":\n" + snippets.get(i) + ReferenceDumps.firstDifference(w, got));
            }
        }
        return diffs;
    }
}
