package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.testing.CPython;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code molt parse} on invalid files prints exactly what {@code python3.12 FILE} prints, run live. */
class ParseErrorsTest {
    @TempDir
    static Path dir;

    /** Mistakes people make, one per error family the parser, tokenizer and decoder raise. */
    static Map<String, byte[]> cases() {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("missing_colon.py", utf8("x = 1\nif x\n    pass\n"));
        c.put("unclosed_paren.py", utf8("def f():\n    return g(1,\n\nprint('done')\n"));
        c.put("mismatched_bracket.py", utf8("items = [1, 2, 3)\n"));
        c.put("no_indented_block.py", utf8("def f():\nreturn 1\n"));
        c.put("unindent_mismatch.py", utf8("if True:\n        a = 1\n    b = 2\n"));
        c.put("tab_error.py", utf8("if True:\n\ta = 1\n        b = 2\n"));
        c.put("assign_literal.py", utf8("1 = x\n"));
        c.put("assign_call.py", utf8("f() = 3\n"));
        c.put("unterminated_string.py", utf8("s = 'abc\n"));
        c.put("unterminated_triple.py", utf8("s = \"\"\"abc\n\nx = 1\n"));
        c.put("fstring_empty.py", utf8("x = f\"{}\"\n"));
        c.put("print_statement.py", utf8("print \"hello\"\n"));
        c.put("non_ascii_line.py", utf8("café = 'é' +\n"));
        c.put("tab_in_line.py", utf8("if 1:\n\tx = = 1\n"));
        c.put("unpacking_order.py", utf8("f(**kwargs, *args)\n"));
        c.put("default_before_plain.py", utf8("def f(a=1, b):\n    pass\n"));
        c.put("walrus_target.py", utf8("(a.b := 1)\n"));
        c.put("else_without_if.py", utf8("x = 1\nelse:\n    pass\n"));
        c.put("invalid_character.py", utf8("x = 1 \u20ac 2\n"));
        c.put("bad_number.py", utf8("x = 1_000_\n"));
        c.put("too_deep_parens.py", utf8("x = " + "(".repeat(250) + "1" + ")".repeat(250) + "\n"));
        c.put("non_utf8.py", new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xff, '"', '\n'});
        c.put("null_byte.py", new byte[] {'x', ' ', '=', ' ', '1', 0, '\n'});
        c.put("binary.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        return c;
    }

    static Stream<Arguments> caseNames() {
        return cases().keySet().stream().map(Arguments::of);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String write(Samples samples, String fileName) {
        return samples.addBytes(fileName, cases().get(fileName));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNames")
    void errorMatchesCPython(String fileName) {
        String name = write(new Samples(dir), fileName);
        // only the parse stage's errors belong here: ast.parse itself must reject the sample
        CPython.Result astParse = CPython.run(CPython.executable(),
                List.of("-c", "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read())", name), null);
        assertEquals(1, astParse.exit(), "ast.parse must reject the sample");
        CPython.Result expected = CPython.run(CPython.executable(), List.of(name), null);
        assertEquals(1, expected.exit(), "CPython must reject the sample: " + expected.stderr());

        CliRun molt = CliRun.of("parse", name);
        assertEquals(expected.stderr(), molt.stderr(), "stderr of molt parse " + name);
        assertEquals("", molt.stdout());
        assertEquals(ExitCode.INVALID_INPUT, molt.exit());
    }

    /**
     * python3.12 prints the script's name joined to the working folder; molt prints the name as typed
     * (docs/decisions/0002), the rest of the report is identical.
     */
    @Test
    void relativeNameIsPrintedAsTyped() {
        String absolute = write(new Samples(dir), "missing_colon.py");
        String relative = Samples.relative(absolute);
        String cwd = Path.of("").toAbsolutePath().toString();
        String expected = CPython.run(CPython.executable(), List.of(relative), null).stderr()
                .replace("File \"" + cwd + "/" + relative + "\"", "File \"" + relative + "\"");
        CliRun molt = CliRun.of("parse", relative);
        assertTrue(expected.startsWith("  File \"" + relative + "\", line 2\n"), expected);
        assertEquals(expected, molt.stderr());
        assertEquals(ExitCode.INVALID_INPUT, molt.exit());
    }

    @Test
    void severalFilesReportEachErrorInOrder() {
        Samples samples = new Samples(dir);
        String valid = samples.add("fine.py", "x = 1\n");
        List<String> args = new ArrayList<>(List.of("parse", valid));
        StringBuilder expected = new StringBuilder();
        for (String fileName : List.of("missing_colon.py", "tab_error.py", "non_utf8.py")) {
            String name = write(samples, fileName);
            args.add(name);
            expected.append(CPython.run(CPython.executable(), List.of(name), null).stderr());
        }
        CliRun molt = CliRun.of(args);
        assertEquals(expected.toString(), molt.stderr());
        assertEquals(ExitCode.INVALID_INPUT, molt.exit());
    }

    @Test
    void unreadableFileIsOneLineAndExitTwo() {
        Samples samples = new Samples(dir);
        String bad = write(samples, "assign_literal.py");
        String missing = dir.resolve("does-not-exist.py").toString();
        CliRun molt = CliRun.of("parse", bad, missing, dir.toString());
        assertEquals(ExitCode.USAGE_OR_IO, molt.exit());
        List<String> lines = molt.stderr().lines().toList();
        assertTrue(lines.contains("molt: cannot read '" + missing + "': no such file"), molt.stderr());
        assertTrue(lines.contains("molt: cannot read '" + dir + "': is a directory"), molt.stderr());
        String expected = CPython.run(CPython.executable(), List.of(bad), null).stderr();
        assertTrue(molt.stderr().startsWith(expected), molt.stderr());
        assertFalse(molt.stderr().contains("Exception"), molt.stderr());
    }
}
