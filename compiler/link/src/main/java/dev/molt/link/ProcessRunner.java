package dev.molt.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runs one tool to completion, collecting its output; a non-zero exit becomes a ToolchainException. */
final class ProcessRunner {
    private ProcessRunner() {}

    static String run(List<String> command, Path workDir) throws ToolchainException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Same output whatever the caller's locale or clang-related environment.
        env.put("LC_ALL", "C");
        env.remove("SOURCE_DATE_EPOCH");
        env.remove("CPATH");
        env.remove("C_INCLUDE_PATH");
        env.remove("LIBRARY_PATH");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ToolchainException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close(); // tools never read stdin here
        } catch (IOException ignored) {
            // the process may already have exited
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolchainException("interrupted while running " + command.get(0), e);
        }
        String text = output.join();
        if (exit != 0) {
            throw new ToolchainException(
                    Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "): " + String.join(" ", command)
                            + "\n" + text.strip());
        }
        return text;
    }

    private static String readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
