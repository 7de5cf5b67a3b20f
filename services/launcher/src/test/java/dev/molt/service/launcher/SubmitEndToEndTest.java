package dev.molt.service.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.cli.Main;
import dev.molt.codegen.Target;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code molt submit} against the running stack, as a CI job would use it. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SubmitEndToEndTest {
    static EmbeddedStack stack;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
    }

    record Cli(int exit, String stdout, String stderr) {}

    static Cli molt(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, out, err);
        return new Cli(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    @Test
    void submitShowsEachStageAndWritesAWorkingExecutable() throws Exception {
        String source = Programs.fresh();
        Path file = dir.resolve("app.py");
        Files.writeString(file, source);
        Path out = dir.resolve("app-built");
        Cli r = molt("submit", "--server", stack.apiUrl(), "--token", TestStack.token(), "-o", out.toString(),
                file.toString());
        assertEquals(0, r.exit(), r.stdout() + r.stderr());
        for (String stage : new String[] {"parse", "lower", "codegen", "link"}) {
            assertTrue(r.stdout().lines().anyMatch(l -> l.matches("  " + stage + " +done in \\d+ ms")),
                    stage + " has its line:\n" + r.stdout());
        }
        assertTrue(r.stdout().contains(" SUCCEEDED in "), r.stdout());
        assertFalse(r.stdout().contains("\u001b["), "no colours when not on a terminal");
        assertTrue(Files.isExecutable(out));
        PipelineRestTest.assertSameRun(Programs.reference(source, "app.py", Target.NATIVE),
                Programs.run(Files.readAllBytes(out), "app.py", Target.NATIVE));
    }

    @Test
    void failedBuildExitsOneWithTheDiagnostic() throws Exception {
        Path file = dir.resolve("broken.py");
        Files.writeString(file, "x = (1,\n");
        Cli r = molt("submit", "--server", stack.apiUrl(), "--token", TestStack.token(), file.toString());
        assertEquals(1, r.exit(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains(" FAILED in "), r.stdout());
        assertTrue(r.stderr().endsWith("SyntaxError: '(' was never closed\n"), r.stderr());
        assertFalse(Files.exists(dir.resolve("broken")));
    }
}
