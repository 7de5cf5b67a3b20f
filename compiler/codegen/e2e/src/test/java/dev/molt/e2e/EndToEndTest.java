package dev.molt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.Target;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.link.Executable;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole compiler on small programs: source -> Parser -> Lowerer -> Codegen -> Linker, run
 * natively (also with the collector running at every allocation) and as WASM, compared with
 * CPython 3.12 run live on the same file: stdout, exit code and the last stderr line (DESIGN.md §2).
 */
class EndToEndTest {
    /** -Dmolt.e2e.programs=DIR runs another folder of programs (handy while chasing one bug). */
    private static final Path PROGRAMS = Path.of(System.getProperty("molt.e2e.programs", "src/test/resources/programs"));

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void nativeMatchesCPython(String name) throws Exception {
        compare(CPythonRun.run(PROGRAMS.resolve(name)), Pipeline.runNative(build(name, Target.NATIVE), Map.of()));
    }

    /** The collector runs at every allocation (MOLT_GC_STRESS): a value codegen forgot to root gets freed under it. */
    @ParameterizedTest
    @MethodSource("programs")
    void nativeUnderGcStressMatchesCPython(String name) throws Exception {
        compare(CPythonRun.run(PROGRAMS.resolve(name)),
                Pipeline.runNative(build(name, Target.NATIVE), Map.of("MOLT_GC_STRESS", "1")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void wasmMatchesCPython(String name) throws Exception {
        compare(CPythonRun.run(PROGRAMS.resolve(name)), Pipeline.runWasm(build(name, Target.WASM), name));
    }

    private static void compare(Outcome expected, Outcome actual) {
        assertEquals(expected.stdout(), actual.stdout(), () -> "stdout differs; stderr was:\n" + actual.stderr());
        assertEquals(expected.lastStderrLine(), actual.lastStderrLine(), () -> "stderr:\n" + actual.stderr());
        assertEquals(expected.exit(), actual.exit(), () -> "exit code; stderr:\n" + actual.stderr());
    }

    private static Executable build(String name, Target target) throws Exception {
        String source = Files.readString(PROGRAMS.resolve(name));
        ParseResult parsed = Parser.parse(source.getBytes(StandardCharsets.UTF_8), name);
        assertTrue(parsed.ok(), () -> "parse errors: " + parsed.diagnostics());
        LowerResult lowered = Lowerer.lower(parsed.module(), LowerOptions.main(name, source));
        assertTrue(lowered.ok(), () -> "lowering errors: " + lowered.diagnostics());
        return Pipeline.build(lowered.module(), target);
    }
}
