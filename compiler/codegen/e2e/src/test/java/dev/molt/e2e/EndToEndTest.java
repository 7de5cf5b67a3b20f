package dev.molt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.Codegen;
import dev.molt.codegen.CodegenException;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrModule;
import dev.molt.link.Executable;
import dev.molt.link.LinkOptions;
import dev.molt.link.Linker;
import dev.molt.link.RuntimeBuilder;
import dev.molt.link.RuntimeLibrary;
import dev.molt.link.RuntimeSources;
import dev.molt.link.Toolchain;
import dev.molt.link.WasmRunner;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole compiler on small programs: source -> Parser -> Lowerer -> Codegen -> Linker, run
 * natively and as WASM, compared with CPython 3.12 run live on the same file: stdout, exit code
 * and the last stderr line (DESIGN.md §2).
 */
class EndToEndTest {
    /** -Dmolt.e2e.programs=DIR runs another folder of programs (handy while chasing one bug). */
    private static final Path PROGRAMS = Path.of(System.getProperty("molt.e2e.programs", "src/test/resources/programs"));
    private static final Path RUNTIME = Path.of("../../../runtime").toAbsolutePath().normalize();
    private static Toolchain toolchain;
    private static final Map<Target, RuntimeLibrary> RUNTIMES = new EnumMap<>(Target.class);

    @BeforeAll
    static void setUp() throws Exception {
        Path cache = Path.of("target" + System.getProperty("molt.build.suffix", "")).toAbsolutePath().resolve("molt-test-cache");
        Files.createDirectories(cache);
        toolchain = Toolchain.bundled(cache);
    }

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void nativeMatchesCPython(String name) throws Exception {
        Outcome expected = CPythonRun.run(PROGRAMS.resolve(name));
        compare(expected, runNative(build(name, Target.NATIVE), Map.of()));
    }

    /** The collector runs at every allocation (MOLT_GC_STRESS): a value codegen forgot to root gets freed under it. */
    @ParameterizedTest
    @MethodSource("programs")
    void nativeUnderGcStressMatchesCPython(String name) throws Exception {
        Outcome expected = CPythonRun.run(PROGRAMS.resolve(name));
        compare(expected, runNative(build(name, Target.NATIVE), Map.of("MOLT_GC_STRESS", "1")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void wasmMatchesCPython(String name) throws Exception {
        Outcome expected = CPythonRun.run(PROGRAMS.resolve(name));
        Executable exe = build(name, Target.WASM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasmRunner.Result result = new WasmRunner(WasmRunner.Options.defaults())
                .run(exe.bytes(), name, List.of(), new ByteArrayInputStream(new byte[0]), out, err);
        assertNull(result.trap(), () -> "trap; stderr: " + err.toString(StandardCharsets.UTF_8));
        compare(expected, new Outcome(result.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)));
    }

    private static Outcome runNative(Executable exe, Map<String, String> env) throws Exception {
        Path file = Files.createTempFile("molt-e2e-", ".exe");
        try {
            exe.writeTo(file);
            ProcessBuilder pb = new ProcessBuilder(file.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            return new Outcome(exit, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
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
        IrModule ir = lowered.module();
        ObjectCode object;
        try {
            object = Codegen.generate(ir, target, OptLevel.O2);
        } catch (CodegenException e) {
            throw new AssertionError("codegen failed for " + name + ": " + e.getMessage(), e);
        }
        return new Linker(toolchain).link(List.of(object), runtime(target), LinkOptions.defaults());
    }

    private static synchronized RuntimeLibrary runtime(Target target) throws Exception {
        RuntimeLibrary lib = RUNTIMES.get(target);
        if (lib == null) {
            lib = new RuntimeBuilder(toolchain).build(RuntimeSources.fromDirectory(RUNTIME), target);
            RUNTIMES.put(target, lib);
        }
        return lib;
    }
}
