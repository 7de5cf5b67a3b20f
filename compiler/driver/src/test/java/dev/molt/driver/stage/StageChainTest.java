package dev.molt.driver.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Driver;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.ObjectFile;
import dev.molt.service.v1.ParsedModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The four stage functions, chained through their serialized artifacts as the services chain them. */
class StageChainTest {
    private static final Driver DRIVER = Driver.standard();
    private static final String PROGRAM = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
            + "print([fib(i) for i in range(10)], 'héllo')\n";

    private static byte[] chain(String filename, byte[] source, Target target, OptLevel opt) throws Exception {
        StageResult parsed = ParseStage.run(filename, source);
        assertTrue(parsed.ok(), parsed.diagnostics().toString());
        StageResult lowered = LowerStage.run(parsed.output());
        assertTrue(lowered.ok(), lowered.diagnostics().toString());
        StageResult object = CodegenStage.run(lowered.output(), target, opt);
        assertTrue(object.ok(), object.diagnostics().toString());
        StageResult linked = new LinkStage(DRIVER).run(object.output(), target, filename);
        assertTrue(linked.ok(), linked.diagnostics().toString());
        return linked.output();
    }

    @Test
    void stagesThroughSerializedArtifactsGiveTheDriversExecutable() throws Exception {
        byte[] source = PROGRAM.getBytes(StandardCharsets.UTF_8);
        for (Target target : Target.values()) {
            BuildResult direct = DRIVER.build(source, "fib.py", BuildOptions.of(target, OptLevel.O2));
            assertTrue(direct.ok(), direct.diagnostics().toString());
            assertArrayEquals(direct.executableBytes(), chain("fib.py", source, target, OptLevel.O2), target.id());
        }
    }

    @Test
    void parsedModuleCarriesTheDecodedSourceAndTheTree() {
        // a Latin-1 coding cookie: the artifact holds the decoded text, re-encoded as UTF-8
        byte[] latin1 = "# -*- coding: latin-1 -*-\nprint('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1);
        StageResult r = ParseStage.run("cafe.py", latin1);
        assertTrue(r.ok(), r.diagnostics().toString());
        ParsedModule m = parse(r.output());
        assertEquals("cafe.py", m.getFilename());
        assertEquals("# -*- coding: latin-1 -*-\nprint('caf\u00e9')\n", m.getSource().toString(StandardCharsets.UTF_8));
        assertFalse(m.getAst().isEmpty());
    }

    @Test
    void syntaxErrorIsCPythonsDiagnosticRenderedAndStructured() {
        StageResult r = ParseStage.run("bad.py", "print(\"ok\")\nx = (1,\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(r.ok());
        assertNull(r.output());
        Diagnostic d = StageDiagnostics.toProto(r.diagnostics().get(0));
        // CPython 3.12.1: traceback.format_exception_only of compile(src, 'bad.py', 'exec');
        // e.lineno 2, e.offset 5, e.end_lineno 2, e.end_offset 0
        assertEquals("  File \"bad.py\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                d.getRendered());
        assertEquals("SyntaxError", d.getKind());
        assertEquals("'(' was never closed", d.getMessage());
        assertEquals("bad.py", d.getFilename());
        assertEquals(2, d.getLine());
        assertEquals(5, d.getColumn());
        assertEquals("x = (1,", d.getSourceLine());
    }

    @Test
    void unsupportedFeatureFailsInLowering() throws Exception {
        StageResult parsed = ParseStage.run("ev.py", "eval('1')\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.ok());
        StageResult lowered = LowerStage.run(parsed.output());
        assertFalse(lowered.ok());
        Diagnostic d = StageDiagnostics.toProto(lowered.diagnostics().get(0));
        assertEquals("unsupported", d.getKind());
        assertTrue(d.getRendered().startsWith("molt: unsupported: "), d.getRendered());
        assertEquals("ev.py", d.getFilename());
    }

    @Test
    void inputsOfTheWrongKindAreRefusedAsBrokenPipelineNotAsProgramErrors() throws Exception {
        byte[] garbage = {(byte) 0xff, (byte) 0xff, 0x00};
        assertThrows(StageInputException.class, () -> LowerStage.run(garbage));
        assertThrows(StageInputException.class, () -> CodegenStage.run(garbage, Target.NATIVE, OptLevel.O2));
        byte[] wasmObject = ObjectFile.newBuilder().setTarget(dev.molt.service.v1.Target.TARGET_WASM).build().toByteArray();
        StageInputException e = assertThrows(StageInputException.class,
                () -> new LinkStage(DRIVER).run(wasmObject, Target.NATIVE, "x.py"));
        assertEquals("the link stage got a wasm object for a native build", e.getMessage());
    }

    @Test
    void compilerVersionIsTheProjectVersionPlusTheRuntimeHash() throws Exception {
        String v = CompilerVersion.current();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+rt\\.[0-9a-f]{16}"), v);
        assertTrue(v.startsWith(CompilerVersion.projectVersion() + "+rt."), v);
        assertEquals(v, CompilerVersion.current());
    }

    private static ParsedModule parse(byte[] bytes) {
        try {
            return ParsedModule.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
