package dev.molt.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The native runner with shell scripts standing in for executables: args, stdin, streams, exit, timeout. */
class RunnerTest {
    private static byte[] script(String body) {
        return ("#!/bin/sh\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void passesArgumentsAndStdinAndCollectsBothStreams() throws Exception {
        RunResult r = Runner.defaults().runNative(
                script("echo \"$1|$2\"; cat; echo oops >&2; exit 3"),
                List.of("a b", "c"), "from stdin\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a b|c\nfrom stdin\n", r.stdoutText());
        assertEquals("oops\n", r.stderrText());
        assertEquals(3, r.exitCode());
        assertNull(r.trap());
    }

    @Test
    void programThatIgnoresStdinStillRuns() throws Exception {
        byte[] big = new byte[1 << 20];
        RunResult r = Runner.defaults().runNative(script("echo done"), List.of(), big);
        assertEquals("done\n", r.stdoutText());
        assertEquals(0, r.exitCode());
    }

    @Test
    void timeoutStopsTheProgram() throws Exception {
        long start = System.nanoTime();
        RunResult r = new Runner(Duration.ofMillis(300), 1 << 20).runNative(script("sleep 30"), List.of(), new byte[0]);
        assertTrue(r.timedOut(), String.valueOf(r.trap()));
        assertEquals(Runner.TIMEOUT_EXIT, r.exitCode());
        assertTrue(System.nanoTime() - start < 20_000_000_000L);
    }
}
