package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.testing.CPython;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code molt build FILE} compiles the modules FILE imports from its folder, as {@code python3.12
 * FILE} finds them (decision 0039); tracebacks name each frame's own file and line.
 */
class ModulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void importedModulesAreCompiledInAndTracebacksNameTheirFiles() throws Exception {
        Files.writeString(dir.resolve("main.py"), String.join("\n",
                "import util",
                "from pkg.names import greet",
                "print(greet('molt'), util.double(21))",
                "util.helper(-1)",
                ""));
        Files.writeString(dir.resolve("util.py"), String.join("\n",
                "def double(x):",
                "    return 2 * x",
                "def helper(n):",
                "    if n < 0:",
                "        raise ValueError('negative: ' + str(n))",
                ""));
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/names.py"), "def greet(who):\n    return 'hello ' + who\n");
        Path main = dir.resolve("main.py");
        Path exe = dir.resolve("prog");

        CliRun build = CliRun.of("build", "-o", exe.toString(), main.toString());
        assertEquals(0, build.exit(), build.stderr());
        Process p = new ProcessBuilder(exe.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();

        CPython.Result want = CPython.run(CPython.executable(), List.of(main.toString()), new byte[0]);
        assertEquals(want.stdout(), out);
        assertEquals(want.exit(), exit);
        // The entry was named by its absolute path, so CPython's and Molt's file names agree here.
        assertEquals(frames(want.stderr()), frames(err), err);
        assertTrue(err.contains("File \"" + dir.resolve("util.py") + "\", line 5, in helper"), err);
        assertTrue(err.endsWith("ValueError: negative: -1\n"), err);
    }

    @Test
    void aModuleMissingFromTheFolderIsUnsupportedAtItsImport() throws Exception {
        Files.writeString(dir.resolve("main.py"), "import helpers\n");
        Files.writeString(dir.resolve("helpers.py"), "x = 1\nimport helperz\n");
        CliRun build = CliRun.of("build", dir.resolve("main.py").toString());
        assertEquals(ExitCode.INVALID_INPUT, build.exit());
        assertEquals("molt: unsupported: import of module 'helperz' (not built in; Molt has math and sys) at "
                + dir.resolve("helpers.py") + ":2\n", build.stderr());
    }

    /** The `File "...", line N, in NAME` lines of a traceback. */
    private static List<String> frames(String stderr) {
        return Arrays.stream(stderr.split("\n")).filter(l -> l.startsWith("  File ")).collect(Collectors.toList());
    }
}
