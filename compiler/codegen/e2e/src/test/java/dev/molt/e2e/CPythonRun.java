package dev.molt.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the reference interpreter: $MOLT_CPYTHON, then pyenv's 3.12.1, then python3.12 on PATH. */
final class CPythonRun {
    private static String executable;

    private CPythonRun() {}

    static synchronized String executable() {
        if (executable != null) {
            return executable;
        }
        String env = System.getenv("MOLT_CPYTHON");
        String pyenv = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        for (String candidate : new String[] {env, pyenv + "/versions/3.12.1/bin/python3.12", "python3.12"}) {
            if (candidate != null && is312(candidate)) {
                executable = candidate;
                return candidate;
            }
        }
        throw new IllegalStateException("CPython 3.12 not found (set MOLT_CPYTHON)");
    }

    private static boolean is312(String exe) {
        try {
            Outcome o = exec(List.of(exe, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"), null);
            return o.exit() == 0 && o.stdout().strip().equals("True");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs a script from its own folder with an empty stdin, in UTF-8 mode. */
    static Outcome run(Path script) throws IOException, InterruptedException {
        Path abs = script.toAbsolutePath();
        return exec(List.of(executable(), "-X", "utf8", abs.getFileName().toString()), abs.getParent());
    }

    private static Outcome exec(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().remove("PYTHONSTARTUP");
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        return new Outcome(exit, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

}
