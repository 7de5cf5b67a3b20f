package dev.molt.frontend;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.diag.DiagnosticRenderer;
import dev.molt.frontend.suite.CPythonAst;
import dev.molt.frontend.suite.Frontend;
import dev.molt.frontend.suite.SyntaxErrorCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every invalid program of the corpus must be rejected with CPython's first error: exception class,
 * message, line, offset, end line and end offset, rendered exactly as {@code python3.12 file.py} prints it.
 *
 * <p>The reference is running the file, because Molt compiles files: for a few encoding and end-of-file
 * errors that differs from {@code compile()} (see generate.py), and
 * {@code -Dmolt.syntaxErrors.reference=compile} compares with compile() instead.
 */
class SyntaxErrorCorpusTest {
    private static final boolean FILE_RUN = !"compile".equals(System.getProperty("molt.syntaxErrors.reference"));

    @Test
    void everyCaseGivesCPythonsError() {
        List<SyntaxErrorCorpus.Case> cases = SyntaxErrorCorpus.load();
        Set<String> knownGaps = knownGaps();
        List<String> diffs = new ArrayList<>();
        List<String> fixedGaps = new ArrayList<>();
        int identical = 0;
        for (SyntaxErrorCorpus.Case c : cases) {
            String diff = compare(c);
            boolean known = knownGaps.contains(c.file());
            if (diff == null && known) fixedGaps.add(c.file());
            else if (diff == null) identical++;
            else if (!known) diffs.add(c.file() + ": " + diff);
        }
        System.out.println("syntax errors: " + identical + "/" + cases.size() + " identical, "
                + (knownGaps.size() - fixedGaps.size()) + " known gaps (known-gaps.txt)");
        diffs.forEach(d -> System.out.println("  " + d));
        assertTrue(diffs.isEmpty(), diffs.size() + " cases differ from CPython (see the list above)");
        assertTrue(fixedGaps.isEmpty(), "now identical, remove from known-gaps.txt: " + fixedGaps);
    }

    private static Set<String> knownGaps() {
        try (var in = SyntaxErrorCorpusTest.class.getResourceAsStream("/syntax-errors/known-gaps.txt")) {
            Set<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) names.add(line.split("\t")[0]);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compare(SyntaxErrorCorpus.Case c) {
        Frontend.Parsed parsed;
        try {
            parsed = Frontend.parse(c.source(), c.file());
        } catch (RuntimeException | StackOverflowError e) {
            return "parser threw " + e;
        }
        if (parsed.diagnostics().isEmpty()) return "accepted (CPython: " + c.compile().type() + ": " + c.compile().msg() + ")";
        if (parsed.diagnostics().size() > 1) return "more than one diagnostic (CPython stops at the first error)";
        Diagnostic d = parsed.diagnostics().get(0);
        SyntaxErrorCorpus.Error want = FILE_RUN ? c.run() : c.compile();
        String got = CPythonAst.describe(d);
        String expected = want.located()
                ? CPythonAst.describe(want.type(), want.msg(), want.line(), want.offset(), want.endLine(), want.endOffset())
                : CPythonAst.describe(want.type(), want.msg(), 0, 0, 0, 0);
        if (!got.equals(expected)) return "\n      want " + expected + "\n      got  " + got;
        if (c.sameAsRun() || FILE_RUN) {
            String rendered = DiagnosticRenderer.render(d);
            String stderr = String.join("\n", c.stderr()) + "\n";
            if (!rendered.equals(stderr)) return "rendering differs\n--- want\n" + stderr + "--- got\n" + rendered;
        }
        return null;
    }
}
