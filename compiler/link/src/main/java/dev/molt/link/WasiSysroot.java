package dev.molt.link;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * WASI preview 1 libc for wasm32, from Debian's {@code wasi-libc} and compiler-rt builtins from
 * {@code libclang-rt-14-dev-wasm32}. Debian installs them multiarch-style under /usr, and
 * {@code --sysroot=/usr} would drag in glibc headers, so a folder of symlinks stands in as sysroot:
 * {@code include/wasm32-wasi[p1]} and {@code lib/wasm32-wasi[p1]} (clang 20 looks for the p1 names).
 */
public final class WasiSysroot {
    /** What a machine needs installed for WASM builds (the CI script installs these). */
    public static final String APT_PACKAGES = "wasi-libc libclang-rt-14-dev-wasm32";

    private static final Path DEBIAN_INCLUDE = Path.of("/usr/include/wasm32-wasi");
    private static final Path DEBIAN_LIB = Path.of("/usr/lib/wasm32-wasi");
    private static final Path DEBIAN_LLVM_PARENT = Path.of("/usr/lib");

    private final Path root;
    private final Path builtins;

    private WasiSysroot(Path root, Path builtins) {
        this.root = root;
        this.builtins = builtins;
    }

    static WasiSysroot prepare(Path root) throws ToolchainException {
        if (!Files.isRegularFile(DEBIAN_INCLUDE.resolve("stdio.h")) || !Files.isRegularFile(DEBIAN_LIB.resolve("libc.a"))) {
            throw missing("wasi-libc headers and libc.a under " + DEBIAN_INCLUDE + " and " + DEBIAN_LIB);
        }
        Path builtins = findBuiltins().orElseThrow(() -> missing("libclang_rt.builtins-wasm32.a under /usr/lib/llvm-*"));
        try {
            for (String triple : List.of("wasm32-wasi", "wasm32-wasip1")) {
                symlink(root.resolve("include").resolve(triple), DEBIAN_INCLUDE);
                symlink(root.resolve("lib").resolve(triple), DEBIAN_LIB);
            }
        } catch (IOException e) {
            throw new ToolchainException("cannot make the WASI sysroot in " + root + ": " + e.getMessage(), e);
        }
        return new WasiSysroot(root, builtins);
    }

    private static ToolchainException missing(String what) {
        return new ToolchainException("WASM builds need " + what + ": apt-get install -y " + APT_PACKAGES);
    }

    /** The newest {@code /usr/lib/llvm-N/lib/clang/V/lib/wasi/libclang_rt.builtins-wasm32.a}. */
    private static Optional<Path> findBuiltins() {
        try (Stream<Path> llvms = Files.list(DEBIAN_LLVM_PARENT)) {
            List<Path> candidates = llvms
                    .filter(p -> p.getFileName().toString().matches("llvm-\\d+"))
                    .sorted(Comparator.comparingInt(
                                    (Path p) -> Integer.parseInt(p.getFileName().toString().substring(5)))
                            .reversed())
                    .collect(Collectors.toList());
            for (Path llvm : candidates) {
                Path clangDir = llvm.resolve("lib/clang");
                if (!Files.isDirectory(clangDir)) {
                    continue;
                }
                try (Stream<Path> versions = Files.list(clangDir)) {
                    Optional<Path> found = versions.sorted(Comparator.reverseOrder())
                            .map(v -> v.resolve("lib/wasi/libclang_rt.builtins-wasm32.a"))
                            .filter(Files::isRegularFile)
                            .findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void symlink(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        }
        try {
            Files.createSymbolicLink(link, target);
        } catch (FileAlreadyExistsException raced) {
            // another process made the same link
        }
    }

    /** Folder to pass as {@code --sysroot}. */
    public Path root() {
        return root;
    }

    /** Folder holding libc.a and the crt files. */
    public Path libDir() {
        return DEBIAN_LIB;
    }

    /** Start code of a WASI command: {@code _start} calls main and exits with its result. */
    public Path crt1Command() {
        return DEBIAN_LIB.resolve("crt1-command.o");
    }

    /** compiler-rt builtins (i128 multiply for overflow checks, long double). */
    public Path builtins() {
        return builtins;
    }
}
