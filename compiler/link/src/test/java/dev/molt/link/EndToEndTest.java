package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IR built by hand -> object -> link with a small C runtime -> run natively and under Chicory. */
class EndToEndTest {
    static Path cache;
    static Toolchain toolchain;

    @BeforeAll
    static void extract() throws Exception {
        cache = TestCache.shared();
        toolchain = Toolchain.bundled(cache);
    }


    private static Executable build(Target target) throws Exception {
        ObjectCode object = TestPrograms.program(target);
        return new Linker(toolchain).link(List.of(object), TestPrograms.minirt(), LinkOptions.defaults());
    }

    @Test
    void nativeExecutableRuns(@TempDir Path dir) throws Exception {
        Path exe = build(Target.NATIVE).writeTo(dir.resolve("prog"));
        TestPrograms.Run run = TestPrograms.runNative(exe, TestPrograms.ARGS, TestPrograms.STDIN);
        assertEquals(TestPrograms.EXPECTED_STDOUT, run.stdout());
        assertEquals("", run.stderr());
        assertEquals(TestPrograms.EXPECTED_EXIT, run.exit());
    }

    @Test
    void nativeExecutableIsStaticPie() throws Exception {
        byte[] elf = build(Target.NATIVE).bytes();
        assertEquals(3, elf[16], "e_type ET_DYN (position independent)");
        String text = new String(elf, StandardCharsets.ISO_8859_1);
        assertTrue(!text.contains("/lib64/ld-linux-x86-64.so.2"), "no dynamic loader requested");
    }

    @Test
    void wasmModuleRunsUnderChicory() throws Exception {
        Executable wasm = build(Target.WASM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasmRunner.Result result = new WasmRunner(WasmRunner.Options.defaults()).run(
                wasm.bytes(), "prog", TestPrograms.ARGS,
                new ByteArrayInputStream(TestPrograms.STDIN.getBytes(StandardCharsets.UTF_8)), out, err);
        assertNull(result.trap());
        assertEquals(TestPrograms.EXPECTED_STDOUT, out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(TestPrograms.EXPECTED_EXIT, result.exitCode());
    }

    @Test
    void callerStreamsStayOpen() throws Exception {
        Executable wasm = build(Target.WASM);
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new WasmRunner(WasmRunner.Options.defaults()).run(
                wasm.bytes(), "prog", List.of(), new ByteArrayInputStream(new byte[0]), out, out);
        assertTrue(!closed[0], "stdout was closed");
        assertTrue(out.size() > 0);
    }

    @Test
    void wasmModuleRunsInTheInterpreterToo() throws Exception {
        Executable wasm = build(Target.WASM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasmRunner.Options interpreted = new WasmRunner.Options(64L << 20, null, false);
        WasmRunner.Result result = new WasmRunner(interpreted).run(
                wasm.bytes(), "prog", List.of(), new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertEquals("hello 42\nread 0 bytes\noverflow 1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(TestPrograms.EXPECTED_EXIT, result.exitCode());
    }

    /** 20! fits in an i64, 21! overflows: the checked multiply must say so on both targets. */
    private static Executable factorialProgram(Target target) throws Exception {
        String ir = String.join("\n",
                "declare void @minirt_hello(i64)",
                "declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)",
                "define internal i64 @fact(i64 %n) {",
                "entry:",
                "  br label %loop",
                "loop:",
                "  %i = phi i64 [ 1, %entry ], [ %i2, %next ]",
                "  %acc = phi i64 [ 1, %entry ], [ %p, %next ]",
                "  %done = icmp sgt i64 %i, %n",
                "  br i1 %done, label %exit, label %body",
                "body:",
                "  %r = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %acc, i64 %i)",
                "  %p = extractvalue { i64, i1 } %r, 0",
                "  %o = extractvalue { i64, i1 } %r, 1",
                "  br i1 %o, label %overflow, label %next",
                "next:",
                "  %i2 = add i64 %i, 1",
                "  br label %loop",
                "exit:",
                "  ret i64 %acc",
                "overflow:",
                "  ret i64 -1",
                "}",
                // argc keeps the arguments unknown to the optimizer, so the multiply happens at run time.
                "define i32 @" + target.mainSymbol() + "(i32 %argc, ptr %argv) {",
                "  %base = sext i32 %argc to i64",
                "  %n20 = add i64 %base, 19",
                "  %n21 = add i64 %base, 20",
                "  %a = call i64 @fact(i64 %n20)",
                "  call void @minirt_hello(i64 %a)",
                "  %b = call i64 @fact(i64 %n21)",
                "  call void @minirt_hello(i64 %b)",
                "  ret i32 0",
                "}",
                "");
        try (LlvmModule m = LlvmModule.parse(ir, "fact.py", target)) {
            ObjectCode object = CodeGenerator.compile(m, OptLevel.O2);
            return new Linker(toolchain).link(List.of(object), TestPrograms.minirt(), LinkOptions.defaults());
        }
    }

    @Test
    void overflowCheckedMultiplyAgreesOnBothTargets(@TempDir Path dir) throws Exception {
        // 20! = 2432902008176640000 (math.factorial in CPython 3.12); 21! > 2**63 - 1.
        String expected = "hello 2432902008176640000\nhello -1\n";
        Path exe = factorialProgram(Target.NATIVE).writeTo(dir.resolve("fact"));
        TestPrograms.Run run = TestPrograms.runNative(exe, List.of(), "");
        assertEquals(expected, run.stdout());
        assertEquals(0, run.exit());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasmRunner.Result result = new WasmRunner(WasmRunner.Options.defaults()).run(
                factorialProgram(Target.WASM).bytes(), "fact", List.of(), new ByteArrayInputStream(new byte[0]), out,
                new ByteArrayOutputStream());
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertEquals(new WasmRunner.Result(0, null), result);
    }

    @Test
    void linkingTwiceGivesIdenticalBytes() throws Exception {
        for (Target target : Target.values()) {
            Executable first = build(target);
            Executable second = build(target);
            assertEquals(first.sha256(), second.sha256(), target.id());
            assertArrayEquals(first.bytes(), second.bytes(), target.id());
        }
    }

    @Test
    void runtimeIsBuiltOnceAndReproducibly() throws Exception {
        Path otherCache = TestCache.fresh("other");
        try {
            checkRuntimeReproducible(otherCache);
        } finally {
            TestCache.delete(otherCache);
        }
    }

    private static void checkRuntimeReproducible(Path otherCache) throws Exception {
        for (Target target : Target.values()) {
            RuntimeLibrary first = new RuntimeBuilder(toolchain).build(TestPrograms.minirt(), target);
            long modified = Files.getLastModifiedTime(first.archive()).toMillis();
            RuntimeLibrary again = new RuntimeBuilder(toolchain).build(TestPrograms.minirt(), target);
            assertEquals(first.archive(), again.archive(), "served from the cache");
            assertEquals(modified, Files.getLastModifiedTime(again.archive()).toMillis());

            RuntimeLibrary elsewhere =
                    new RuntimeBuilder(Toolchain.bundled(otherCache)).build(TestPrograms.minirt(), target);
            assertEquals(first.key(), elsewhere.key(), "the key does not depend on the cache folder");
            assertArrayEquals(Files.readAllBytes(first.archive()), Files.readAllBytes(elsewhere.archive()), target.id());
            String archive = new String(Files.readAllBytes(first.archive()), StandardCharsets.ISO_8859_1);
            assertTrue(!archive.contains(cache.toString()) && !archive.contains(otherCache.toString()),
                    "no cache paths in the archive");
            assertTrue(!archive.contains(TestPrograms.minirt().root().toString()), "no source paths in the archive");
        }
    }
}
