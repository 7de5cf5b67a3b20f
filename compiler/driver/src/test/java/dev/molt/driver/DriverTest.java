package dev.molt.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.link.LinkOptions;
import dev.molt.link.ToolchainException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's control flow: stopping points, emitted texts, and failures turned into diagnostics. */
class DriverTest {
    private static byte[] src(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A driver whose toolchain cannot be made: stages before LINK must not need it. */
    private static Driver noToolchain() {
        return new Driver(() -> {
            throw new ToolchainException("no toolchain in this test");
        }, null, LinkOptions.defaults());
    }

    private static final BuildOptions NATIVE = BuildOptions.of(Target.NATIVE, OptLevel.O2);

    @Test
    void syntaxErrorStopsAtParseWithCPythonsDiagnostic() {
        BuildResult r = noToolchain().build(src("x = (1,\n"), "bad.py", NATIVE);
        assertFalse(r.ok());
        assertNull(r.lastStage());
        assertEquals("SyntaxError", r.diagnostics().get(0).code());
        assertTrue(Diagnostics.render(r.diagnostics().get(0)).contains("File \"bad.py\", line 1"));
    }

    @Test
    void stopAfterParseGivesTheTreeOnly() {
        BuildResult r = noToolchain().build(src("print(1)\n"), "p.py", NATIVE.withStopAfter(Stage.PARSE).withEmitIr(true));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(Stage.PARSE, r.lastStage());
        assertNotNull(r.ast());
        assertNull(r.irText());
        assertNull(r.object());
    }

    @Test
    void stopAfterLowerEmitsTheIr() {
        BuildResult r = noToolchain().build(src("def f(a):\n    return a + 1\nprint(f(2))\n"), "p.py",
                NATIVE.withStopAfter(Stage.LOWER).withEmitIr(true));
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(Stage.LOWER, r.lastStage());
        assertNotNull(r.irText());
        assertTrue(r.irText().contains("f"), r.irText());
        assertNull(r.object());
    }

    @Test
    void unsupportedConstructIsAMoltDiagnosticWithFileAndLine() {
        BuildResult r = noToolchain().build(src("x = 1\nasync def f():\n    return 1\n"), "u.py", NATIVE);
        assertFalse(r.ok());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Diagnostics.UNSUPPORTED, d.code());
        String rendered = Diagnostics.render(d);
        assertTrue(rendered.startsWith("molt: unsupported: "), rendered);
        assertTrue(rendered.endsWith(" at u.py:2\n"), rendered);
    }

    @Test
    void missingToolchainIsADiagnosticNotAnException() {
        BuildResult r = noToolchain().build(src("print(1)\n"), "p.py", NATIVE);
        assertFalse(r.ok());
        assertNull(r.executable());
        List<Diagnostic> ds = r.diagnostics();
        assertTrue(ds.stream().anyMatch(d -> d.code().equals(Diagnostics.TOOLCHAIN) || d.code().equals(Diagnostics.CODEGEN)
                || d.code().equals(Diagnostics.INTERNAL)), ds.toString());
    }

    @Test
    void aBugInAStageBecomesAnInternalDiagnostic() {
        Driver broken = new Driver(() -> {
            throw new IllegalStateException("boom");
        }, null, LinkOptions.defaults());
        BuildResult r = broken.build(src("print(1)\n"), "p.py", NATIVE);
        assertFalse(r.ok());
        String all = r.diagnostics().toString();
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals(Diagnostics.INTERNAL)
                || d.code().equals(Diagnostics.CODEGEN)), all);
    }
}
