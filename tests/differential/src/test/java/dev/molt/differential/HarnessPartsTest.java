package dev.molt.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.driver.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison rules and files of the harness, without compiling anything. */
class HarnessPartsTest {
    private static Harness.Attempt ran(int exit, String out, String err) {
        return new Harness.Attempt(null, new RunResult(exit, out.getBytes(StandardCharsets.UTF_8),
                err.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void onlyTheLastStderrLineCounts() {
        Outcome cpython = new Outcome(1, "a\n", "Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 'k'\n");
        assertTrue(Harness.compare(cpython, ran(1, "a\n", "KeyError: 'k'\n")).passed());
        assertFalse(Harness.compare(cpython, ran(1, "a\n", "KeyError: 'j'\n")).passed());
        assertFalse(Harness.compare(cpython, ran(2, "a\n", "KeyError: 'k'\n")).passed());
        assertFalse(Harness.compare(cpython, ran(1, "a", "KeyError: 'k'\n")).passed(), "stdout compared exactly");
    }

    @Test
    void buildFailureIsAFailureWithTheDiagnostic() {
        Verdict v = Harness.compare(new Outcome(0, "", ""), new Harness.Attempt("molt: unsupported: x at p.py:1\n", null));
        assertFalse(v.passed());
        assertEquals("build failed: molt: unsupported: x at p.py:1", v.summary());
    }

    @Test
    void diffShowsRemovedThenAddedLinesWithPositions() {
        String d = UnifiedDiff.diff("e", "1\n2\n3\n", "a", "1\nX\n3\n");
        assertEquals("--- e\n+++ a\n@@ -1,3 +1,3 @@\n 1\n-2\n+X\n 3\n", d);
    }

    @Test
    void knownFailuresFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("known-failures.txt");
        Files.writeString(f, "# comment\n\nfoo native needs generators\nbar compile eval not rejected yet\n");
        KnownFailures k = KnownFailures.load(f);
        assertEquals("needs generators", k.reason("foo", "native"));
        assertNull(k.reason("foo", "wasm"));
        assertEquals("eval not rejected yet", k.reason("bar", "compile"));
    }
}
