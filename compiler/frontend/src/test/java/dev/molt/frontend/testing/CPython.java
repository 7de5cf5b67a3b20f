package dev.molt.frontend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The reference interpreter, CPython 3.12, for tests that compare against it. */
public final class CPython {
    private CPython() {}

    private static Path cached;

    /** MOLT_CPYTHON, else pyenv's 3.12.x, else python3.12 on PATH; checked to really be 3.12. */
    public static synchronized Path executable() {
        if (cached != null) return cached;
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MOLT_CPYTHON");
        if (env != null && !env.isBlank()) candidates.add(env);
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        String pyenvRoot = System.getenv("PYENV_ROOT");
        if (pyenvRoot != null) versions = Path.of(pyenvRoot, "versions");
        try (var dirs = Files.list(versions)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("3.12."))
                .sorted()
                .forEach(d -> candidates.add(d.resolve("bin/python3.12").toString()));
        } catch (IOException ignored) {
            // no pyenv: fall through to PATH
        }
        candidates.add("python3.12");
        for (String c : candidates) {
            try {
                Result r = run(Path.of(c), List.of("-c", "import sys; print(sys.version_info[:2] == (3, 12))"), null);
                if (r.exit() == 0 && r.stdout().strip().equals("True")) return cached = Path.of(c);
            } catch (UncheckedIOException ignored) {
                // not runnable: try the next one
            }
        }
        throw new IllegalStateException("CPython 3.12 not found: set MOLT_CPYTHON");
    }

    /** The interpreter's standard library folder (Lib/). */
    public static Path stdlib() {
        return Path.of(runScript("import os, sys; print(os.path.dirname(os.__file__))", List.of(), null).strip());
    }

    public record Result(int exit, String stdout, String stderr) {}

    /** Runs {@code python3.12 -c script args...} with optional stdin; fails the caller on a non-zero exit. */
    public static String runScript(String script, List<String> args, byte[] stdin) {
        List<String> all = new ArrayList<>();
        all.add("-c");
        all.add(script);
        all.addAll(args);
        Result r = run(executable(), all, stdin);
        if (r.exit() != 0) throw new IllegalStateException("CPython failed: " + r.stderr());
        return r.stdout();
    }

    /** Runs the interpreter with the given arguments; stdout and stderr decoded as UTF-8. */
    public static Result run(Path exe, List<String> args, byte[] stdin) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(args);
        try {
            Path out = Files.createTempFile("molt-cpython", ".out");
            Path err = Files.createTempFile("molt-cpython", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                pb.environment().put("PYTHONUTF8", "1");
                Process p = pb.start();
                try (var in = p.getOutputStream()) {
                    if (stdin != null) in.write(stdin);
                }
                if (!p.waitFor(20, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("CPython timed out: " + cmd);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
