package dev.molt.e2e;

import dev.molt.codegen.Codegen;
import dev.molt.codegen.CodegenException;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.ir.IrModule;
import dev.molt.link.Executable;
import dev.molt.link.LinkOptions;
import dev.molt.link.Linker;
import dev.molt.link.RuntimeBuilder;
import dev.molt.link.RuntimeLibrary;
import dev.molt.link.RuntimeSources;
import dev.molt.link.Toolchain;
import dev.molt.link.WasmRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Codegen, link and run for the tests: one toolchain and one runtime build per target per JVM. */
final class Pipeline {
    private static final Path RUNTIME = Path.of("../../../runtime").toAbsolutePath().normalize();
    private static final Map<Target, RuntimeLibrary> RUNTIMES = new EnumMap<>(Target.class);
    private static Toolchain toolchain;

    private Pipeline() {}

    static synchronized Toolchain toolchain() throws Exception {
        if (toolchain == null) {
            Path cache = Path.of(System.getProperty("molt.build.dir", "target")).toAbsolutePath().resolve("molt-test-cache");
            Files.createDirectories(cache);
            toolchain = Toolchain.bundled(cache);
        }
        return toolchain;
    }

    static Executable build(IrModule ir, Target target) throws Exception {
        ObjectCode object;
        try {
            object = Codegen.generate(ir, target, OptLevel.O2);
        } catch (CodegenException e) {
            throw new AssertionError("codegen failed for " + ir.file() + ": " + e.getMessage(), e);
        }
        return new Linker(toolchain()).link(List.of(object), runtime(target), LinkOptions.defaults());
    }

    private static synchronized RuntimeLibrary runtime(Target target) throws Exception {
        RuntimeLibrary lib = RUNTIMES.get(target);
        if (lib == null) {
            lib = new RuntimeBuilder(toolchain()).build(RuntimeSources.fromDirectory(RUNTIME), target);
            RUNTIMES.put(target, lib);
        }
        return lib;
    }

    static Outcome runNative(Executable exe, Map<String, String> env) throws Exception {
        Path file = Files.createTempFile("molt-e2e-", ".exe");
        try {
            exe.writeTo(file);
            ProcessBuilder pb = new ProcessBuilder(file.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
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

    /** A WASM run; a trap is reported as exit 134 with the trap message on stderr. */
    static Outcome runWasm(Executable exe, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasmRunner.Result result = new WasmRunner(WasmRunner.Options.defaults())
                .run(exe.bytes(), name, List.of(), new ByteArrayInputStream(new byte[0]), out, err);
        String stderr = err.toString(StandardCharsets.UTF_8) + (result.trap() == null ? "" : "\ntrap: " + result.trap());
        return new Outcome(result.exitCode(), out.toString(StandardCharsets.UTF_8), stderr);
    }
}
