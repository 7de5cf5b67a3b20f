package dev.molt.differential;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds CPython 3.12 (MOLT_CPYTHON, then pyenv's 3.12.1, then python3.12 on PATH, each checked
 * with sys.version_info) and runs programs under it. A small copy of the frontend's test helper's
 * idea, so this module needs no test jar from another module.
 */
final class ReferencePython {
    private static Path executable;

    private ReferencePython() {}

    static synchronized Path executable() {
        if (executable == null) {
            executable = locate();
        }
        return executable;
    }

    private static Path locate() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MOLT_CPYTHON");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        candidates.add(root + "/versions/3.12.1/bin/python3.12");
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            candidates.add(dir + "/python3.12");
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p) && is312(p)) {
                return p;
            }
        }
        throw new IllegalStateException("CPython 3.12 not found: set MOLT_CPYTHON (tried " + candidates.size() + " places)");
    }

    private static boolean is312(Path python) {
        try {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import sys; print(sys.version_info[:2] == (3, 12))").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && out.equals("True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code python3.12 -I NAME.py args} in the program's folder: isolated mode, fixed hash seed,
     * UTF-8. A program of several modules runs as {@code -E -s -B main.py}: isolated mode would also
     * leave the entry's folder out of sys.path (-P), where its modules are; -B writes no
     * __pycache__ into the sources.
     */
    static Outcome run(Program program) throws IOException, InterruptedException {
        List<String> isolation = program.folder() != null ? List.of("-E", "-s", "-B") : List.of("-I");
        List<String> command = new ArrayList<>(List.of(executable().toString()));
        command.addAll(isolation);
        command.addAll(List.of("-X", "utf8", program.fileName()));
        command.addAll(program.args());
        ProcessBuilder pb = new ProcessBuilder(command).directory(program.file().getParent().toFile());
        Map<String, String> env = pb.environment();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        Path out = Files.createTempFile("molt-cpython-out", ".txt");
        Path err = Files.createTempFile("molt-cpython-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(program.stdin());
            } catch (IOException ignored) {
                // the program stopped reading; its output is what counts
            }
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("CPython timed out on " + program.name());
            }
            return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
