package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeGeneratorTest {

    /** main(argc, argv) { puts("hi"); return argc * 2 - argc; } */
    private static LlvmModule sampleModule(Target target) {
        LlvmModule m = LlvmModule.create("sample.py", target);
        LlvmFunction puts = m.function("puts", m.functionType(m.i32(), m.ptr()));
        LlvmFunction main = m.mainFunction();
        LlvmBuilder b = m.builder().positionAtEnd(main.appendBlock("entry"));
        b.call(puts, m.cString("hi"));
        LlvmValue argc = main.param(0);
        b.ret(b.sub(b.mul(argc, m.constInt(m.i32(), 2)), argc));
        return m;
    }

    private static byte[] compile(Target target, OptLevel opt) throws CodegenException {
        try (LlvmModule m = sampleModule(target)) {
            return CodeGenerator.compile(m, opt).bytes();
        }
    }

    @Test
    void nativeObjectIsElfRelocatable() throws CodegenException {
        byte[] bytes = compile(Target.NATIVE, OptLevel.O2);
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Arrays.copyOf(bytes, 4));
        assertEquals(1, bytes[16], "e_type ET_REL");
        assertEquals(62, bytes[18], "e_machine EM_X86_64");
    }

    @Test
    void wasmObjectIsWasmBinary() throws CodegenException {
        byte[] bytes = compile(Target.WASM, OptLevel.O2);
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, Arrays.copyOf(bytes, 8));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void sameModuleGivesSameBytes(Target target) throws CodegenException {
        for (OptLevel opt : OptLevel.values()) {
            assertArrayEquals(compile(target, opt), compile(target, opt), target + " " + opt);
        }
    }

    @Test
    void optimizationSimplifiesArithmetic() throws CodegenException {
        try (LlvmModule m = sampleModule(Target.NATIVE)) {
            assertTrue(m.toText().contains("mul i32 %0, 2"), m.toText());
            CodeGenerator.optimize(m, OptLevel.O2);
            String text = m.toText();
            assertTrue(text.contains("ret i32 %0"), text);
            assertTrue(text.contains("target triple = \"x86_64-pc-linux-gnu\""), text);
        }
    }

    @Test
    void wasmMainUsesWasiLibcEntrySymbol() {
        try (LlvmModule m = sampleModule(Target.WASM)) {
            String text = m.toText();
            assertTrue(text.contains("define i32 @__main_argc_argv(i32 %0, ptr %1)"), text);
            assertTrue(text.contains("target triple = \"wasm32-unknown-wasi\""), text);
        }
    }

    @Test
    void missingTerminatorIsAVerifyError() {
        try (LlvmModule m = LlvmModule.create("broken.py", Target.NATIVE)) {
            LlvmFunction f = m.function("f", m.functionType(m.i64(), m.i64()));
            LlvmBuilder b = m.builder().positionAtEnd(f.appendBlock("entry"));
            b.add(f.param(0), m.constInt(m.i64(), 1)); // no ret
            CodegenException e = assertThrows(CodegenException.class, () -> CodeGenerator.compile(m, OptLevel.O2));
            assertEquals(CodegenException.Kind.VERIFY, e.kind());
            assertTrue(e.getMessage().contains("does not have terminator"), e.getMessage());
            assertTrue(e.getMessage().contains("broken.py"), e.getMessage());
        }
    }

    @Test
    void typeMismatchIsAVerifyErrorNotACrash() throws CodegenException {
        String ir = "define i32 @f(i64 %x) {\n  ret i64 %x\n}\n";
        // The parser itself checks return types, so this fails before the verifier.
        CodegenException e = assertThrows(CodegenException.class, () -> LlvmModule.parse(ir, "bad.ll", Target.WASM));
        assertEquals(CodegenException.Kind.PARSE, e.kind());
        assertTrue(e.detail().contains("value doesn't match function result type"), e.detail());
    }

    @Test
    void parsedModuleCompilesForItsTarget() throws CodegenException {
        String ir = "define i64 @twice(i64 %x) {\n  %y = add i64 %x, %x\n  ret i64 %y\n}\n";
        try (LlvmModule m = LlvmModule.parse(ir, "twice.ll", Target.WASM)) {
            ObjectCode object = CodeGenerator.compile(m, OptLevel.O3);
            assertEquals(Target.WASM, object.target());
            assertEquals(64, object.sha256().length());
        }
    }

    @Test
    void handlesFromAnotherModuleAreRejected() {
        try (LlvmModule a = LlvmModule.create("a", Target.NATIVE);
                LlvmModule b = LlvmModule.create("b", Target.NATIVE)) {
            assertThrows(IllegalArgumentException.class, () -> a.constInt(b.i64(), 1));
            assertThrows(IllegalStateException.class, () -> a.builder().retVoid());
        }
    }

    @Test
    void callArityIsChecked() {
        try (LlvmModule m = LlvmModule.create("a", Target.NATIVE)) {
            LlvmFunction g = m.function("g", m.functionType(m.voidType(), m.i64()));
            LlvmFunction f = m.function("f", m.functionType(m.voidType()));
            LlvmBuilder b = m.builder().positionAtEnd(f.appendBlock("entry"));
            assertThrows(IllegalArgumentException.class, () -> b.call(g));
        }
    }
}
