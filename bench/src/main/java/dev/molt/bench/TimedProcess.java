package dev.molt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process under {@code timed_run.py}, which reports the child's own CPU
 * time (wait4) besides the wall time: Java cannot read a finished child's rusage.
 */
final class TimedProcess implements AutoCloseable {
    private final Path python;
    private final Path script;
    private final long timeoutSeconds;

    TimedProcess(Path python, long timeoutSeconds) throws IOException {
        this.python = python;
        this.timeoutSeconds = timeoutSeconds;
        script = Files.createTempFile("molt-bench-timed", ".py");
        try (InputStream in = TimedProcess.class.getResourceAsStream("timed_run.py")) {
            Files.write(script, in.readAllBytes());
        }
    }

    RunSample run(List<String> command, Path workDir) throws IOException {
        Path report = Files.createTempFile("molt-bench-run", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of(python.toString(), script.toString(), report.toString()));
            full.addAll(command);
            Process p = new ProcessBuilder(full).directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            String[] fields = Files.readString(report, StandardCharsets.UTF_8).strip().split(" ");
            if (fields.length != 4) throw new IOException("no timing reported for " + String.join(" ", command));
            return new RunSample(Integer.parseInt(fields[0]), out.join(), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]) + Double.parseDouble(fields[3]));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(script);
    }
}
