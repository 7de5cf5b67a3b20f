package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.CodeGenerator;
import dev.molt.codegen.LlvmModule;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tool failures become ToolchainExceptions with the tool's message; guest failures become results. */
class FailureTest {
    static Path cache;
    static Toolchain toolchain;

    @BeforeAll
    static void setUp() throws Exception {
        cache = TestCache.shared();
        toolchain = Toolchain.bundled(cache);
    }


    /** A module whose main has the given body (LLVM assembly, %0 = argc, %1 = argv). */
    private static ObjectCode mainWithBody(Target target, String declarations, String body) throws Exception {
        String ir = declarations + "\ndefine i32 @" + target.mainSymbol() + "(i32 %0, ptr %1) {\n" + body + "\n}\n";
        try (LlvmModule m = LlvmModule.parse(ir, "test.ll", target)) {
            return CodeGenerator.compile(m, OptLevel.O2);
        }
    }

    private static Executable link(ObjectCode object) throws Exception {
        RuntimeLibrary runtime = new RuntimeBuilder(toolchain).build(TestPrograms.minirt(), object.target());
        return new Linker(toolchain).link(List.of(object), runtime, LinkOptions.defaults());
    }

    private static WasmRunner.Result runWasm(Executable wasm, WasmRunner.Options options, ByteArrayOutputStream out) {
        return new WasmRunner(options).run(wasm.bytes(), "t", List.of(), new ByteArrayInputStream(new byte[0]), out,
                new ByteArrayOutputStream());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void cCompileErrorNamesTheFile(Target target) throws Exception {
        Path root = TestCache.fresh("bad-src");
        try {
            Files.createDirectories(root.resolve("src"));
            Files.writeString(root.resolve("src/good.c"), "int good(void) { return 1; }\n");
            Files.writeString(root.resolve("src/bad.c"), "int bad(void) { return missing_name; }\n");
            RuntimeSources sources = RuntimeSources.fromDirectory(root);
            ToolchainException e = assertThrows(ToolchainException.class,
                    () -> new RuntimeBuilder(toolchain).build(sources, target));
            assertTrue(e.getMessage().contains("src/bad.c:1:24: error: use of undeclared identifier 'missing_name'"),
                    e.getMessage());
        } finally {
            TestCache.delete(root);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void undefinedSymbolIsALinkError(Target target) throws Exception {
        ObjectCode object = mainWithBody(target, "declare i32 @minirt_missing()",
                "  %r = call i32 @minirt_missing()\n  ret i32 %r");
        ToolchainException e = assertThrows(ToolchainException.class, () -> link(object));
        assertTrue(e.getMessage().contains("undefined symbol: minirt_missing"), e.getMessage());
    }

    @Test
    void objectAndRuntimeTargetsMustMatch() throws Exception {
        ObjectCode wasmObject = mainWithBody(Target.WASM, "", "  ret i32 0");
        RuntimeLibrary nativeRuntime = new RuntimeBuilder(toolchain).build(TestPrograms.minirt(), Target.NATIVE);
        assertThrows(IllegalArgumentException.class,
                () -> new Linker(toolchain).link(List.of(wasmObject), nativeRuntime, LinkOptions.defaults()));
    }

    @Test
    void wasmReturningZeroExitsZero() throws Exception {
        Executable wasm = link(mainWithBody(Target.WASM, "", "  ret i32 0"));
        WasmRunner.Result result = runWasm(wasm, WasmRunner.Options.defaults(), new ByteArrayOutputStream());
        assertEquals(new WasmRunner.Result(0, null), result);
    }

    @Test
    void wasmTrapIsAResultNotAnException() throws Exception {
        Executable wasm = link(mainWithBody(Target.WASM, "", "  unreachable"));
        WasmRunner.Result result = runWasm(wasm, WasmRunner.Options.defaults(), new ByteArrayOutputStream());
        assertTrue(result.trapped());
        assertEquals(134, result.exitCode());
        assertTrue(result.trap().contains("unreachable"), result.trap());
    }

    @Test
    void wasmInfiniteLoopIsStoppedByTheTimeout() throws Exception {
        Executable wasm = link(mainWithBody(Target.WASM, "", "entry:\n  br label %loop\nloop:\n  br label %loop"));
        WasmRunner.Options options = new WasmRunner.Options(64L << 20, Duration.ofMillis(500), true);
        long start = System.nanoTime();
        WasmRunner.Result result = runWasm(wasm, options, new ByteArrayOutputStream());
        assertTrue(result.trapped());
        assertTrue(result.trap().startsWith("timeout"), result.trap());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped promptly");
    }

    @Test
    void wasmMemoryIsCappedByTheRunner() throws Exception {
        Executable wasm = link(mainWithBody(Target.WASM, "declare i64 @minirt_alloc_until_failure(i64)",
                "  %n = call i64 @minirt_alloc_until_failure(i64 1048576)\n  %c = trunc i64 %n to i32\n  ret i32 %c"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasmRunner.Result result = runWasm(wasm, new WasmRunner.Options(32L << 20, null, true), out);
        assertNull(result.trap());
        // 32 MiB of memory minus the 8 MiB stack and libc's data leaves room for 20-something 1 MiB chunks.
        assertTrue(result.exitCode() > 10 && result.exitCode() < 24, "chunks: " + result.exitCode());
        assertEquals("allocated " + result.exitCode() + " chunks\n", out.toString(StandardCharsets.UTF_8));
        assertFalse(result.trapped());
    }
}
