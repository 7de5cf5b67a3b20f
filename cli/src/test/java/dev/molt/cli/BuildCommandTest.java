package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.testing.CPython;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code molt build}: the executable it writes behaves like {@code python3.12 FILE}, run live. */
class BuildCommandTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = String.join("\n",
            "def fib(n):",
            "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
            "print('fib', fib(15), 2 ** 70, [x * x for x in range(4)])",
            "d = {'a': 1}",
            "print(d['missing'])",
            "");

    @Test
    void nativeExecutableMatchesCPython() throws Exception {
        Path src = dir.resolve("prog.py");
        Files.writeString(src, PROGRAM);
        Path exe = dir.resolve("prog");
        CliRun build = CliRun.of("build", "-o", exe.toString(), "--emit-ir", src.toString());
        assertEquals(0, build.exit(), build.stderr());
        assertTrue(Files.isExecutable(exe));
        assertTrue(Files.readString(dir.resolve("prog.ir")).contains("fib"), "the IR text names the function");

        Process p = new ProcessBuilder(exe.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        CPython.Result want = CPython.run(CPython.executable(), List.of(src.toString()), new byte[0]);
        assertEquals(want.stdout(), out);
        assertEquals(lastLine(want.stderr()), lastLine(err));
        assertEquals(want.exit(), exit);
    }

    @Test
    void syntaxErrorWritesNothingAndExitsOne() throws Exception {
        Path src = dir.resolve("bad.py");
        Files.writeString(src, "x = (1,\n");
        CliRun build = CliRun.of("build", src.toString());
        assertEquals(ExitCode.INVALID_INPUT, build.exit());
        assertTrue(build.stderr().endsWith("SyntaxError: '(' was never closed\n"), build.stderr());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void unknownOptimizationLevelIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("build", "-O7", "x.py").exit());
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }
}
