package dev.molt.lowering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs CPython 3.12 to regenerate expectations. The shared helper (dev.molt.frontend.testing.CPython)
 * lives in the frontend's test sources, which this module cannot see until the frontend publishes
 * a test-jar; this is the same lookup order (MOLT_CPYTHON, pyenv 3.12.x, python3.12).
 */
final class ReferencePython {
    private ReferencePython() {}

    static Path executable() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MOLT_CPYTHON");
        if (env != null && !env.isBlank()) candidates.add(env);
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        try (var dirs = Files.list(versions)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("3.12.")).sorted()
                .forEach(d -> candidates.add(d.resolve("bin/python3.12").toString()));
        } catch (IOException ignored) {
            // no pyenv
        }
        candidates.add("python3.12");
        for (String c : candidates) {
            try {
                if (run(Path.of(c), List.of("-c", "import sys; print(sys.version_info[:2] == (3, 12))")).strip().equals("True")) return Path.of(c);
            } catch (RuntimeException ignored) {
                // try the next candidate
            }
        }
        throw new IllegalStateException("CPython 3.12 not found (set MOLT_CPYTHON)");
    }

    static String run(Path exe, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            if (p.exitValue() != 0) throw new IllegalStateException("python failed: " + new String(out, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
