package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.molt.codegen.CodeGenerator;
import dev.molt.codegen.LlvmModule;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hand-written module that calls the real runtime the way compiled Python will:
 * {@code print("hello from molt", 42)} in the module body, run through {@code molt_main}.
 */
class RealRuntimeSmokeTest {
    private static final Path RUNTIME = Path.of("../../runtime").toAbsolutePath().normalize();
    private static final String EXPECTED = "hello from molt 42\n";
    static Path cache;
    static Toolchain toolchain;

    @BeforeAll
    static void setUp() throws Exception {
        cache = TestCache.shared();
        toolchain = Toolchain.bundled(cache);
    }


    private static Executable build(Target target) throws Exception {
        // MoltValue is a uint64_t on both targets; MOLT_ERR (0) for sep/end/file means "default".
        String ir = String.join("\n",
                "@.msg = private unnamed_addr constant [16 x i8] c\"hello from molt\\00\"",
                "declare i64 @molt_str_from_cstr(ptr)",
                "declare i64 @molt_int_from_i64(i64)",
                "declare i64 @molt_print(ptr, i64, i64, i64, i64, i1 zeroext)",
                "declare i32 @molt_main(i32, ptr, ptr)",
                "define internal i64 @module_body() {",
                "  %args = alloca [2 x i64], align 8",
                "  %s = call i64 @molt_str_from_cstr(ptr @.msg)",
                "  store i64 %s, ptr %args, align 8",
                "  %n = call i64 @molt_int_from_i64(i64 42)",
                "  %slot1 = getelementptr inbounds [2 x i64], ptr %args, i32 0, i32 1",
                "  store i64 %n, ptr %slot1, align 8",
                "  %r = call i64 @molt_print(ptr %args, i64 2, i64 0, i64 0, i64 0, i1 zeroext false)",
                "  ret i64 %r",
                "}",
                "define i32 @" + target.mainSymbol() + "(i32 %argc, ptr %argv) {",
                "  %code = call i32 @molt_main(i32 %argc, ptr %argv, ptr @module_body)",
                "  ret i32 %code",
                "}",
                "");
        ObjectCode object;
        try (LlvmModule m = LlvmModule.parse(ir, "smoke.py", target)) {
            object = CodeGenerator.compile(m, OptLevel.O2);
        }
        RuntimeLibrary runtime = new RuntimeBuilder(toolchain).build(RuntimeSources.fromDirectory(RUNTIME), target);
        return new Linker(toolchain).link(List.of(object), runtime, LinkOptions.defaults());
    }

    @Test
    void nativePrintsThroughTheRuntime() throws Exception {
        Path exe = build(Target.NATIVE).writeTo(cache.resolve("smoke"));
        TestPrograms.Run run = TestPrograms.runNative(exe, List.of(), "");
        assertEquals(EXPECTED, run.stdout());
        assertEquals("", run.stderr());
        assertEquals(0, run.exit());
    }

    @Test
    void wasmPrintsThroughTheRuntime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasmRunner.Result result = new WasmRunner(WasmRunner.Options.defaults()).run(
                build(Target.WASM).bytes(), "smoke", List.of(), new ByteArrayInputStream(new byte[0]), out, err);
        assertNull(result.trap());
        assertEquals(EXPECTED, out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, result.exitCode());
    }
}
