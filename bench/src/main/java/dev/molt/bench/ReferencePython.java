package dev.molt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds CPython 3.12 the way the tests do: MOLT_CPYTHON, then pyenv's 3.12.x, then python3.12 on PATH. */
final class ReferencePython {
    private ReferencePython() {}

    static Path find() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MOLT_CPYTHON");
        if (env != null && !env.isBlank()) candidates.add(env);
        String root = System.getenv("PYENV_ROOT");
        Path versions = root != null ? Path.of(root, "versions") : Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        try (var dirs = Files.list(versions)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("3.12.")).sorted()
                .forEach(d -> candidates.add(d.resolve("bin/python3.12").toString()));
        } catch (IOException e) {
            // no pyenv: try PATH
        }
        candidates.add("python3.12");
        for (String c : candidates) {
            try {
                if (output(Path.of(c), "import sys; print(sys.version_info[:2] == (3, 12))").equals("True")) return Path.of(c);
            } catch (IOException | IllegalStateException e) {
                // not runnable or not 3.12: next candidate
            }
        }
        throw new IllegalStateException("CPython 3.12 not found: set MOLT_CPYTHON");
    }

    /** stdout of {@code python -c script}, stripped. */
    static String output(Path python, String script) throws IOException {
        Process p = new ProcessBuilder(python.toString(), "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }
}
