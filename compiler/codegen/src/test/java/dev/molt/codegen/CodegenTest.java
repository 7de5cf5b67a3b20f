package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrModule;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Molt IR of real programs (the lowering's golden sources) translates, verifies and emits for both targets. */
class CodegenTest {
    static final Path GOLDEN = Path.of("../lowering/src/test/resources/golden");

    static IrModule lower(String file, String source) {
        ParseResult parsed = Parser.parse(source.getBytes(StandardCharsets.UTF_8), file);
        assertTrue(parsed.ok(), () -> "parse errors: " + parsed.diagnostics());
        LowerResult lowered = Lowerer.lower(parsed.module(), LowerOptions.main(file, source));
        assertTrue(lowered.ok(), () -> "lowering errors: " + lowered.diagnostics());
        return lowered.module();
    }

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void goldenProgramsCompileForBothTargets(String name) throws Exception {
        String source = Files.readString(GOLDEN.resolve(name));
        IrModule ir = lower(name, source);
        for (Target target : Target.values()) {
            ObjectCode first;
            try {
                first = Codegen.generate(ir, target, OptLevel.O2);
            } catch (CodegenException e) {
                Files.writeString(Path.of("/tmp/codegen-failed.ll"), Codegen.assembly(ir, target));
                throw e;
            }
            assertTrue(first.size() > 0);
            // Determinism: a second translation gives the same bytes.
            assertArrayEquals(first.bytes(), Codegen.generate(ir, target, OptLevel.O2).bytes());
        }
    }

    @org.junit.jupiter.api.Test
    void everyIrOpAndTerminatorIsTranslated() {
        java.util.Set<Class<?>> all = new java.util.HashSet<>();
        all.addAll(java.util.List.of(dev.molt.ir.Op.class.getPermittedSubclasses()));
        all.addAll(java.util.List.of(dev.molt.ir.Terminator.class.getPermittedSubclasses()));
        assertEquals(all, new java.util.HashSet<>(FunctionEmitter.TRANSLATED));
    }

    @org.junit.jupiter.api.Test
    void translationFollowsTheFrameAndErrorProtocol() throws Exception {
        IrModule ir = lower("t.py", "def f(x):\n    return x + 1\n\nprint(f(2), 'text', 1208925819614629174706176, 1.5)\n");
        String text = Codegen.emitLlvm(ir, Target.WASM, OptLevel.O0);
        assertEquals(text, Codegen.emitLlvm(ir, Target.WASM, OptLevel.O0), "deterministic text");
        assertTrue(text.contains("call i32 @molt_frame_enter(ptr %frame)"), text);
        assertTrue(text.contains("call void @molt_frame_leave(ptr %frame)"), text);
        assertTrue(text.contains("@molt_function_bind(i64 %callee, ptr %args, i64 %nargs, i64 %kwnames, ptr %roots)"), text);
        // The big int and the float are built once at start-up and kept in rooted globals.
        assertTrue(text.contains("@molt_int_from_str("), text);
        assertTrue(text.contains("@molt_float_new(double 1.500000e+00)"), text);
        assertTrue(text.contains("call void @molt_gc_add_root(ptr @molt.const.0)"), text);
        // WASI's start code calls main under this name; MoltValue stays i64 with 32-bit pointers.
        assertTrue(text.contains("define i32 @__main_argc_argv(i32 %argc, ptr %argv)"), text);
        assertTrue(text.contains("target datalayout = \"e-m:e-p:32:32"), text);
        // Small ints are tagged literals: 2 -> 5.
        assertTrue(text.contains("i64 5"), text);
    }

    @org.junit.jupiter.api.Test
    void generatorFunctionsGetACreatorAndAResumeFunction() throws Exception {
        IrModule ir = lower("g.py", "def g(n):\n    x = yield n\n    yield x\n    return 1\n\nprint(list(g(2)))\n");
        String text = Codegen.emitLlvm(ir, Target.NATIVE, OptLevel.O0);
        // The entry point makes the generator object with the frame's roots inside it.
        assertTrue(text.contains("@molt_generator_new(ptr @molt.code.1, ptr @molt.resume.1, i64 %callee, ptr %args"), text);
        assertTrue(text.contains("define internal i64 @molt.resume.1(i64 %gen, i64 %sent)"), text);
        assertTrue(text.contains("%roots = getelementptr inbounds i8, ptr %gen.p, i64 80"), text);
        // The entry dispatches on the saved state; each yield saves its resume point, return marks it done.
        // LLVM prints the cases on their own lines once the module went through its linker.
        assertTrue(text.replaceAll("\\[\\s+", "[").contains("switch i64 %state, label %b0 [i64 1, label %b"), text);
        assertTrue(text.contains("store i64 1, ptr %gen.state") && text.contains("store i64 2, ptr %gen.state"), text);
        assertTrue(text.contains("store i64 -1, ptr %gen.state"), text);
        for (Target target : Target.values()) assertTrue(Codegen.generate(ir, target, OptLevel.O2).size() > 0);
    }
}
