package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code molt submit} without a server: what a CI job sees when the address is wrong. The whole
 * round trip against a running pipeline is tested in services/launcher (SubmitEndToEndTest).
 */
class SubmitCommandTest {
    @TempDir
    Path dir;

    @Test
    void unreachableServerIsOneClearLine() throws Exception {
        Path src = dir.resolve("app.py");
        Files.writeString(src, "print(1)\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again at once: nothing listens there
        }
        CliRun r = CliRun.of("submit", "--server", "http://127.0.0.1:" + port, src.toString());
        assertEquals(ExitCode.USAGE_OR_IO, r.exit(), r.stderr());
        assertEquals("molt: cannot reach the Molt server at http://127.0.0.1:" + port
                + "/ (is it running? start one with ./molt up, or pass --server URL)\n", r.stderr());
        assertFalse(Files.exists(dir.resolve("app")));
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun r = CliRun.of("submit", dir.resolve("nope.py").toString());
        assertEquals(ExitCode.USAGE_OR_IO, r.exit());
        assertTrue(r.stderr().contains("no such file"), r.stderr());
    }

    @Test
    void badServerAddressIsAUsageError() throws Exception {
        Path src = dir.resolve("app.py");
        Files.writeString(src, "print(1)\n");
        CliRun r = CliRun.of("submit", "--server", "not a url", src.toString());
        assertEquals(ExitCode.USAGE_OR_IO, r.exit());
        assertTrue(r.stderr().startsWith("molt: bad server address 'not a url'"), r.stderr());
    }

    @Test
    void zipOutputIsNamedAfterTheArchive() {
        assertEquals(Path.of("pkg"), SubmitCommand.defaultOutput("pkg.zip", dev.molt.codegen.Target.NATIVE));
        assertEquals(Path.of("pkg.wasm"), SubmitCommand.defaultOutput("pkg.zip", dev.molt.codegen.Target.WASM));
        assertEquals(Path.of("app.wasm"), SubmitCommand.defaultOutput("app.py", dev.molt.codegen.Target.WASM));
    }
}
