package dev.molt.link;

import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Links object files with the runtime library into an executable. Inputs are written to a
 * private temporary folder under fixed names ({@code 0.o}, {@code 1.o}, …) so that nothing about
 * the caller's paths can reach the output: the same inputs give the same bytes.
 */
public final class Linker {
    private final Toolchain toolchain;

    public Linker(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /**
     * Links with the runtime built from {@code runtimeSources} for the objects' target (built once,
     * then served from the cache). {@code BundledRuntime.sources(toolchain.cacheDir())} gives the
     * runtime packaged with this module.
     */
    public Executable link(List<ObjectCode> objects, RuntimeSources runtimeSources, LinkOptions options)
            throws ToolchainException {
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("nothing to link");
        }
        RuntimeLibrary runtime = new RuntimeBuilder(toolchain).build(runtimeSources, objects.get(0).target());
        return link(objects, runtime, options);
    }

    public Executable link(List<ObjectCode> objects, RuntimeLibrary runtime, LinkOptions options)
            throws ToolchainException {
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("nothing to link");
        }
        Target target = runtime.target();
        for (ObjectCode object : objects) {
            if (object.target() != target) {
                throw new IllegalArgumentException("object for " + object.target() + " linked with a " + target + " runtime");
            }
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("molt-link-");
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                String name = i + ".o";
                Files.write(work.resolve(name), objects.get(i).bytes());
                inputs.add(name);
            }
            Path runtimeCopy = work.resolve(RuntimeBuilder.ARCHIVE_NAME);
            Files.copy(runtime.archive(), runtimeCopy);
            String output = target == Target.WASM ? "a.wasm" : "a.out";
            List<String> command = target == Target.WASM
                    ? wasmCommand(inputs, runtimeCopy.getFileName().toString(), output, options)
                    : nativeCommand(inputs, runtimeCopy.getFileName().toString(), output, options);
            toolchain.run(command, work);
            return new Executable(target, Files.readAllBytes(work.resolve(output)));
        } catch (IOException e) {
            throw new ToolchainException("link failed: " + e.getMessage(), e);
        } finally {
            RuntimeBuilder.deleteTree(work);
        }
    }

    private List<String> nativeCommand(List<String> inputs, String runtime, String output, LinkOptions options) {
        // The clang driver finds crt files and libgcc of the host's gcc/libc6-dev.
        List<String> command = new ArrayList<>(List.of(
                toolchain.clang().toString(), "--target=" + Target.NATIVE.triple(), "-fuse-ld=lld"));
        command.add(options.staticNative() ? "-static-pie" : "-pie");
        command.add("-Wl,--gc-sections");
        command.add("-o");
        command.add(output);
        command.addAll(inputs);
        command.add(runtime);
        command.add("-lm");
        return command;
    }

    private List<String> wasmCommand(List<String> inputs, String runtime, String output, LinkOptions options)
            throws ToolchainException {
        WasiSysroot wasi = toolchain.wasiSysroot();
        // wasm-ld directly: the clang driver looks for compiler-rt builtins where the jar has none.
        List<String> command = new ArrayList<>(List.of(
                toolchain.wasmLd().toString(),
                "-z", "stack-size=" + options.wasmStackBytes(),
                "--stack-first",
                "--max-memory=" + options.wasmMaxMemoryBytes(),
                "-o", output,
                wasi.crt1Command().toString()));
        command.addAll(inputs);
        command.add(runtime);
        command.add("-L" + wasi.libDir());
        command.add("-lc");
        command.add(wasi.builtins().toString());
        return command;
    }
}
