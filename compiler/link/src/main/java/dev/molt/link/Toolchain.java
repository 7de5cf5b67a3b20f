package dev.molt.link;

import dev.molt.codegen.CodeGenerator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.Loader;

/**
 * The clang, lld and llvm-ar that ship inside the org.bytedeco:llvm jar, extracted once per machine
 * into javacpp's cache (~500 MB, ~6 s the first time), plus Molt's own cache folder for the WASI
 * sysroot and the runtime libraries. No system compiler is used.
 */
public final class Toolchain {
    private static Toolchain defaultInstance;

    private final Path binDir;
    private final Path cacheDir;
    private final String llvmVersion;
    private WasiSysroot wasiSysroot;

    private Toolchain(Path binDir, Path cacheDir, String llvmVersion) {
        this.binDir = binDir;
        this.cacheDir = cacheDir;
        this.llvmVersion = llvmVersion;
    }

    /** The bundled tools with Molt's default cache folder (see {@link #defaultCacheDir()}). */
    public static synchronized Toolchain bundled() throws ToolchainException {
        if (defaultInstance == null) {
            defaultInstance = bundled(defaultCacheDir());
        }
        return defaultInstance;
    }

    /** The bundled tools with a given Molt cache folder (tests use private ones). */
    public static Toolchain bundled(Path cacheDir) throws ToolchainException {
        return new Toolchain(extract(), cacheDir.toAbsolutePath(), CodeGenerator.llvmVersion());
    }

    /** {@code molt.cache.dir} system property, else {@code MOLT_CACHE_DIR}, else {@code ~/.cache/molt}. */
    public static Path defaultCacheDir() {
        String property = System.getProperty("molt.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("MOLT_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "molt");
    }

    private static Path extracted;

    private static synchronized Path extract() throws ToolchainException {
        if (extracted != null) {
            return extracted;
        }
        String clang;
        try {
            clang = Loader.load(org.bytedeco.llvm.program.clang.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ToolchainException("cannot extract the clang bundled with org.bytedeco:llvm: " + e, e);
        }
        if (clang == null) {
            throw new ToolchainException("the org.bytedeco:llvm jar has no clang for this platform");
        }
        Path dir = Path.of(clang).getParent();
        String version = CodeGenerator.llvmVersion();
        String soVersion = version.substring(0, version.lastIndexOf('.'));
        try {
            // The 20.1.7-1.5.12 jar ships these unversioned while the executables ask for
            // libX.so.20.1; their RUNPATH is $ORIGIN, so a link beside them is enough.
            for (String lib : List.of("libLLVM.so", "libclang-cpp.so")) {
                linkIfMissing(dir.resolve(lib + "." + soVersion), dir.resolve(lib));
            }
            // Only the executables javacpp knows about are made executable on extraction.
            for (String tool : List.of("clang", "ld.lld", "wasm-ld", "llvm-ar")) {
                makeExecutable(dir.resolve(tool));
            }
        } catch (IOException e) {
            throw new ToolchainException("cannot prepare the bundled toolchain in " + dir + ": " + e.getMessage(), e);
        }
        extracted = dir;
        return dir;
    }

    private static void linkIfMissing(Path link, Path target) throws IOException {
        if (Files.exists(link) || !Files.exists(target)) {
            return;
        }
        try {
            Files.createSymbolicLink(link, target.getFileName());
        } catch (FileAlreadyExistsException raced) {
            // another process made it first
        }
    }

    private static void makeExecutable(Path tool) throws IOException {
        if (!Files.exists(tool) || Files.isExecutable(tool)) {
            return;
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(tool));
        perms.add(PosixFilePermission.OWNER_EXECUTE);
        perms.add(PosixFilePermission.GROUP_EXECUTE);
        perms.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(tool, perms);
    }

    public Path clang() {
        return binDir.resolve("clang");
    }

    public Path wasmLd() {
        return binDir.resolve("wasm-ld");
    }

    public Path llvmAr() {
        return binDir.resolve("llvm-ar");
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /** Identifies the tools in cache keys: a new LLVM invalidates every cached runtime. */
    public String id() {
        return "llvm-" + llvmVersion;
    }

    /** The WASI sysroot folder, made on first use from the Debian packages. */
    public synchronized WasiSysroot wasiSysroot() throws ToolchainException {
        if (wasiSysroot == null) {
            wasiSysroot = WasiSysroot.prepare(cacheDir.resolve("wasi-sysroot"));
        }
        return wasiSysroot;
    }

    String run(List<String> command, Path workDir) throws ToolchainException {
        return ProcessRunner.run(command, workDir);
    }
}
