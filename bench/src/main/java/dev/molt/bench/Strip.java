package dev.molt.bench;

import dev.molt.link.Toolchain;
import dev.molt.link.ToolchainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Size of a native executable without its symbol table and debug sections, measured with the
 * llvm-objcopy that the bundled LLVM extracts next to llvm-ar. Molt links unstripped binaries
 * (symbols make crash reports readable); both sizes are reported.
 */
final class Strip {
    private final Path objcopy;

    private Strip(Path objcopy) {
        this.objcopy = objcopy;
    }

    static Strip find() {
        try {
            Path tool = Toolchain.bundled().llvmAr().resolveSibling("llvm-objcopy");
            // the toolchain marks executable only the tools it runs itself
            if (Files.isRegularFile(tool) && !Files.isExecutable(tool)) tool.toFile().setExecutable(true, true);
            return new Strip(Files.isExecutable(tool) ? tool : null);
        } catch (ToolchainException e) {
            return new Strip(null);
        }
    }

    /** Bytes of a stripped copy of {@code exe}, or null when no objcopy is at hand. */
    Long strippedSize(Path exe, Path workDir) throws IOException {
        if (objcopy == null) return null;
        Path out = workDir.resolve(exe.getFileName() + ".stripped");
        try {
            Process p = new ProcessBuilder(objcopy.toString(), "--strip-all", exe.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("llvm-objcopy failed: " + log);
            return Files.size(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
