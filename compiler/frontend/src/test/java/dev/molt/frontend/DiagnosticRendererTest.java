package dev.molt.frontend;

import dev.molt.frontend.diag.DiagnosticRenderer;
import dev.molt.frontend.suite.SyntaxErrorCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer against what python3.12 printed for every program of the syntax-error corpus. */
class DiagnosticRendererTest {

    @Test
    void rendersEveryCorpusErrorAsCPythonPrintsIt() {
        List<SyntaxErrorCorpus.Case> cases = SyntaxErrorCorpus.load();
        assertTrue(cases.size() >= 200, "corpus too small: " + cases.size());
        List<String> diffs = new ArrayList<>();
        for (SyntaxErrorCorpus.Case c : cases) {
            // the file run's own exception is the one its stderr shows
            String got = DiagnosticRenderer.render(c.run().toDiagnostic(c.file()));
            String want = String.join("\n", c.stderr()) + "\n";
            if (!got.equals(want)) diffs.add(c.file() + "\n--- want\n" + want + "--- got\n" + got);
        }
        System.out.println("renderer: " + (cases.size() - diffs.size()) + "/" + cases.size() + " identical");
        assertEquals(List.of(), diffs);
    }
}
