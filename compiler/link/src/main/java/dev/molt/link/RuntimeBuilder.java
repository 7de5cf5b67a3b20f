package dev.molt.link;

import dev.molt.codegen.Target;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Compiles the C runtime into {@code libmolt_rt.a} for a target with the bundled clang, once per
 * change: the archive is cached under a hash of the sources, the flags and the LLVM version. The
 * build is reproducible (sorted inputs, relative paths, prefix maps, llvm-ar's deterministic
 * mode), and published by an atomic rename so concurrent builders never see half an archive.
 */
public final class RuntimeBuilder {
    /** Bump when the build recipe changes in a way the flags do not show. */
    private static final String RECIPE = "molt-rt-1";
    public static final String ARCHIVE_NAME = "libmolt_rt.a";

    private final Toolchain toolchain;

    public RuntimeBuilder(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** The cached archive for these sources and target, building it first if needed. */
    public RuntimeLibrary build(RuntimeSources sources, Target target) throws ToolchainException {
        List<String> flags = compileFlags(sources, target);
        String key = cacheKey(sources, target, flags);
        Path targetDir = toolchain.cacheDir().resolve("runtime").resolve(target.id());
        Path finalDir = targetDir.resolve(key.substring(0, 24));
        Path archive = finalDir.resolve(ARCHIVE_NAME);
        if (Files.isRegularFile(archive)) {
            return new RuntimeLibrary(target, archive, key);
        }
        Path work = null;
        try {
            Files.createDirectories(targetDir);
            work = Files.createTempDirectory(targetDir, ".build-");
            compileAndArchive(sources, flags, work);
            publish(work, finalDir);
        } catch (IOException e) {
            throw new ToolchainException("cannot build the runtime for " + target.id() + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
        return new RuntimeLibrary(target, archive, key);
    }

    /** clang arguments shared by every source file (without -c, input and output). */
    List<String> compileFlags(RuntimeSources sources, Target target) throws ToolchainException {
        List<String> flags = new ArrayList<>();
        if (target == Target.WASM) {
            Path sysroot = toolchain.wasiSysroot().root();
            flags.add("--target=wasm32-wasip1");
            flags.add("--sysroot=" + sysroot);
            flags.add("-ffile-prefix-map=" + sysroot + "=/wasi-sysroot");
        } else {
            flags.add("--target=" + target.triple());
            flags.add("-fPIC");
            flags.add("-ffunction-sections");
            flags.add("-fdata-sections");
        }
        flags.add("-std=c11");
        flags.add("-O2");
        flags.add("-Wall");
        flags.add("-Iinclude");
        // No absolute build paths in __FILE__ or debug info: the cache folder differs per machine.
        flags.add("-ffile-prefix-map=" + sources.root() + "=.");
        return flags;
    }

    private String cacheKey(RuntimeSources sources, Target target, List<String> flags) throws ToolchainException {
        ContentHash hash = new ContentHash().add(RECIPE).add(toolchain.id()).add(target.triple());
        for (String flag : flags) {
            // The sysroot and source folders are absolute but do not change the output.
            hash.add(flag.replace(sources.root().toString(), "<src>").replace(toolchain.cacheDir().toString(), "<cache>"));
        }
        try {
            for (String file : concat(sources.sources(), sources.headers())) {
                hash.add(file).add(Files.readAllBytes(sources.root().resolve(file)));
            }
        } catch (IOException e) {
            throw new ToolchainException("cannot read runtime sources: " + e.getMessage(), e);
        }
        return hash.hex();
    }

    private void compileAndArchive(RuntimeSources sources, List<String> flags, Path work)
            throws ToolchainException, IOException {
        Path objDir = Files.createDirectories(work.resolve("obj"));
        List<String> objects = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        for (String source : sources.sources()) {
            String object = objectName(source);
            if (objects.contains(object)) {
                throw new ToolchainException("two runtime sources compile to " + object);
            }
            objects.add(object);
            List<String> command = new ArrayList<>();
            command.add(toolchain.clang().toString());
            command.addAll(flags);
            command.add("-c");
            command.add(source);
            command.add("-o");
            command.add(objDir.resolve(object).toString());
            commands.add(command);
        }
        runAll(commands, sources.root());
        List<String> ar = new ArrayList<>(List.of(toolchain.llvmAr().toString(), "rcsD", ARCHIVE_NAME));
        for (String object : objects) {
            ar.add("obj/" + object);
        }
        toolchain.run(ar, work);
    }

    private void runAll(List<List<String>> commands, Path workDir) throws ToolchainException {
        int threads = Math.max(1, Math.min(commands.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (List<String> command : commands) {
                results.add(pool.submit(() -> toolchain.run(command, workDir)));
            }
            // Report the first failing file in source order, so the error is the same on every run.
            for (Future<String> result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ToolchainException failure) {
                        throw failure;
                    }
                    throw new ToolchainException("runtime compile failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ToolchainException("interrupted while building the runtime", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String objectName(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - 2) + ".o";
    }

    private static void publish(Path work, Path finalDir) throws IOException {
        Path staged = work.resolve("publish");
        Files.createDirectories(staged);
        Files.move(work.resolve(ARCHIVE_NAME), staged.resolve(ARCHIVE_NAME));
        try {
            Files.move(staged, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            // Another builder published the same key first; its archive is identical.
            if (!Files.isRegularFile(finalDir.resolve(ARCHIVE_NAME))) {
                throw raced;
            }
        } catch (IOException e) {
            // Linux reports a non-empty target folder as DirectoryNotEmptyException.
            if (!Files.isRegularFile(finalDir.resolve(ARCHIVE_NAME))) {
                throw e;
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
