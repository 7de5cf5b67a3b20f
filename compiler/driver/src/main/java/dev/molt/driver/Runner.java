package dev.molt.driver;

import dev.molt.codegen.Target;
import dev.molt.link.Executable;
import dev.molt.link.WasmRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a built program: a native executable as a child process (from a private temporary file),
 * a .wasm in this JVM under {@link WasmRunner}. Both get the same arguments and stdin, and both
 * are stopped by the same wall-clock limit.
 */
public final class Runner {
    /** Exit code reported for a run that hit the time limit (like `timeout`). */
    public static final int TIMEOUT_EXIT = 124;

    private final Duration timeout;
    private final long wasmMaxMemoryBytes;
    private final boolean wasmCompile;

    /**
     * @param wasmCompile translate wasm to JVM bytecode before running (slower start, faster loops);
     *                    false runs Chicory's interpreter
     */
    public Runner(Duration timeout, long wasmMaxMemoryBytes, boolean wasmCompile) {
        this.timeout = timeout;
        this.wasmMaxMemoryBytes = wasmMaxMemoryBytes;
        this.wasmCompile = wasmCompile;
    }

    public Runner(Duration timeout, long wasmMaxMemoryBytes) {
        this(timeout, wasmMaxMemoryBytes, true);
    }

    /** A 60 s limit and 256 MiB of wasm memory. */
    public static Runner defaults() {
        return new Runner(Duration.ofSeconds(60), 256L << 20);
    }

    /** @param programName argv[0] as the program sees it */
    public RunResult run(Executable program, String programName, List<String> args, byte[] stdin) throws IOException {
        return program.target() == Target.WASM
                ? runWasm(program.bytes(), programName, args, stdin)
                : runNative(program.bytes(), args, stdin);
    }

    public RunResult runWasm(byte[] wasm, String programName, List<String> args, byte[] stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasmRunner runner = new WasmRunner(new WasmRunner.Options(wasmMaxMemoryBytes, timeout, wasmCompile));
        WasmRunner.Result r = runner.run(wasm, programName, args, new ByteArrayInputStream(stdin), out, err);
        return new RunResult(r.exitCode(), out.toByteArray(), err.toByteArray(), r.trap());
    }

    public RunResult runNative(byte[] executable, List<String> args, byte[] stdin) throws IOException {
        Path dir = Files.createTempDirectory("molt-run-");
        Path exe = dir.resolve("a.out");
        try {
            Files.write(exe, executable);
            if (!exe.toFile().setExecutable(true, true)) {
                throw new IOException("cannot make " + exe + " executable");
            }
            List<String> command = new ArrayList<>();
            command.add(exe.toString());
            command.addAll(args);
            return runProcess(command, dir, stdin);
        } finally {
            Files.deleteIfExists(exe);
            Files.deleteIfExists(dir);
        }
    }

    private RunResult runProcess(List<String> command, Path workDir, byte[] stdin) throws IOException {
        Process p = start(command, workDir);
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException ignored) {
            // The program exited without reading all of stdin; what it printed still counts.
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // children would keep the output pipes open after the parent dies
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new RunResult(TIMEOUT_EXIT, out.join(), err.join(), "timeout after " + timeout);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        return new RunResult(p.exitValue(), out.join(), err.join(), null);
    }

    /**
     * Starts the process, retrying "Text file busy": another thread's fork can briefly inherit the
     * descriptor the executable was just written through.
     */
    private static Process start(List<String> command, Path workDir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new ProcessBuilder(command).directory(workDir.toFile()).start();
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage());
                if (attempt >= 20 || !message.contains("busy")) {
                    throw e;
                }
                try {
                    Thread.sleep(25L * (attempt + 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream s = stream) {
                return s.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "molt-run-drain");
            t.setDaemon(true);
            t.start();
        });
    }
}
