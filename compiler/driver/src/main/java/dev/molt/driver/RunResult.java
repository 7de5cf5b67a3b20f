package dev.molt.driver;

import java.nio.charset.StandardCharsets;

/**
 * How a compiled program's run ended.
 *
 * @param exitCode the process exit code (128+signal for a native crash, 134 for a wasm trap)
 * @param trap     why the run was cut short (timeout, wasm trap), or null
 */
public record RunResult(int exitCode, byte[] stdout, byte[] stderr, String trap) {
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    public boolean timedOut() {
        return trap != null && trap.startsWith("timeout");
    }
}
