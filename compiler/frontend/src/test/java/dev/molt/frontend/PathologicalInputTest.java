package dev.molt.frontend;

import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.suite.CPythonAst;
import dev.molt.frontend.suite.Frontend;
import org.junit.jupiter.api.Test;

import dev.molt.frontend.diag.DiagnosticRenderer;
import dev.molt.frontend.testing.CPython;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Inputs built to hurt a parser: huge, deep, binary or badly encoded. Each must give CPython's verdict
 * (asked live: the same tree, or the same error text as running the file) and finish within seconds,
 * without an exception or a stack overflow.
 */
class PathologicalInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private record Case(String name, byte[] source) {}

    private static Case text(String name, String source) {
        return new Case(name, source.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static List<Case> cases() {
        SplittableRandom rnd = new SplittableRandom(7);
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) rnd.nextInt(256);
        String tenMegabytes = "a".repeat(10 * 1024 * 1024);
        return List.of(
                text("100000 nested parentheses", "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n"),
                text("100000 nested brackets, unclosed", "x = " + "[".repeat(100_000) + "\n"),
                text("10 MB string literal on one line", "x = '" + tenMegabytes + "'\n"),
                text("10 MB unterminated string on one line", "x = '" + tenMegabytes + "\n"),
                text("10 MB comment line", "# " + tenMegabytes + "\nx = (1 2)\n"),
                new Case("invalid UTF-8", "x = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1)),
                new Case("invalid UTF-8 after a cookie", concat("# coding: utf-8\n".getBytes(StandardCharsets.US_ASCII),
                        new byte[] {'x', ' ', '=', ' ', '\'', (byte) 0xc3, '\'', '\n'})),
                text("NUL byte", "x = 1\n\0y = 2\n"),
                text("unterminated triple-quoted string at EOF", "def f():\n    '''docstring\n    never ends\n"),
                text("unterminated triple-quoted string, no newline", "s = \"\"\""),
                text("mixed tabs and spaces", "if x:\n        a = 1\n\tb = 2\n"),
                text("tab then spaces in one indent", "if x:\n\t    a = 1\n    \tb = 2\n"),
                new Case("BOM file", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "import os\nprint(os.sep)\n".getBytes(StandardCharsets.US_ASCII))),
                new Case("BOM file with an error", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "x = (1 2)\n".getBytes(StandardCharsets.US_ASCII))),
                new Case("BOM with a latin-1 cookie", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "# coding: latin-1\nx = 1\n".getBytes(StandardCharsets.US_ASCII))),
                new Case("PNG header and random bytes", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise)),
                new Case("random bytes without NUL", noNul(noise)),
                text("empty file", ""),
                text("only a line continuation", "\\"),
                text("200 levels of indentation", indented(200)),
                text("100000 unary minus", "x = " + "-".repeat(100_000) + "1\n"),
                text("100000 nested lambdas", "f = " + "lambda: ".repeat(100_000) + "0\n"),
                text("deep f-string nesting", "x = " + "f'{".repeat(50) + "1" + "}'".repeat(50) + "\n"),
                text("50000 elifs", "if x:\n    pass\n" + "elif x:\n    pass\n".repeat(50_000)));
    }

    private static byte[] noNul(byte[] b) {
        byte[] c = b.clone();
        for (int i = 0; i < c.length; i++) if (c[i] == 0) c[i] = 1;
        return c;
    }

    private static String indented(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) sb.append(" ".repeat(i)).append("if x:\n");
        return sb.append(" ".repeat(levels)).append("pass\n").toString();
    }

    @Test
    void eachGivesCPythonsVerdictWithinSeconds() throws Exception {
        List<Case> cases = cases();
        List<CPythonAst.Bytes> sources = new ArrayList<>();
        for (Case c : cases) sources.add(new CPythonAst.Bytes(c.source()));
        List<String> theirs = CPythonAst.digests(sources);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long t0 = System.nanoTime();
            Frontend.Parsed parsed;
            try {
                parsed = parseWithin(c.source());
            } catch (TimeoutException e) {
                problems.add(c.name() + ": no answer within " + LIMIT.toSeconds() + " s");
                continue;
            } catch (ExecutionException e) {
                problems.add(c.name() + ": parser threw " + e.getCause());
                continue;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String problem = compare(theirs.get(i), parsed, c.source());
            System.out.println("  " + c.name() + ": " + ms + " ms" + (problem == null ? "" : " -- " + problem));
            if (problem != null) problems.add(c.name() + ": " + problem);
        }
        assertEquals(List.of(), problems);
    }

    /** CPython needs minutes and then fails with RecursionError (not a SyntaxError): only ours is checked. */
    @Test
    void tenMegabyteAdditionChainFinishesWithoutCrashing() throws Exception {
        int terms = 10 * 1024 * 1024 / 4;
        byte[] src = ("x = 1" + " + 1".repeat(terms) + "\n").getBytes(StandardCharsets.US_ASCII);
        Frontend.Parsed parsed;
        try {
            parsed = parseWithin(src);
        } catch (TimeoutException e) {
            fail("no answer within " + LIMIT.toSeconds() + " s");
            return;
        }
        assertTrue(parsed.module() != null || !parsed.diagnostics().isEmpty(), "neither a module nor a diagnostic");
        if (parsed.ok()) {
            Stmt.Assign assign = (Stmt.Assign) parsed.module().body().get(0);
            Expr e = assign.value();
            int depth = 0;
            while (e instanceof Expr.BinOp b) {
                e = b.left();
                depth++;
            }
            assertEquals(terms, depth, "a left-leaning chain with one BinOp per '+'");
        }
    }

    private static String compare(String theirs, Frontend.Parsed parsed, byte[] source) throws IOException {
        if (parsed.module() == null && parsed.diagnostics().isEmpty()) return "neither a module nor a diagnostic";
        if (theirs.startsWith(CPythonAst.REJECTED)) {
            if (parsed.ok()) return "accepted; CPython: " + theirs.substring(CPythonAst.REJECTED.length() + 1);
            // Molt compiles files, so the reference is what `python3.12 big.py` prints, which differs from
            // compile() for encoding errors (see SyntaxErrorCorpusTest).
            String want = runAsFile(source);
            String got = DiagnosticRenderer.render(parsed.diagnostics().get(0));
            return want.equals(got) ? null : "\n--- want\n" + want + "--- got\n" + got;
        }
        if (theirs.startsWith("ERROR")) return null; // CPython could not build the tree either: any clean answer will do
        if (!parsed.ok()) return "rejected (" + CPythonAst.describe(parsed.diagnostics().get(0)) + "); CPython accepts it";
        return theirs.equals(CPythonAst.digest(AstDump.dump(parsed.module()))) ? null : "dump differs from CPython's";
    }

    /** The syntax error CPython prints when it runs the source as a file named big.py. */
    private static String runAsFile(byte[] source) throws IOException {
        Path dir = Files.createTempDirectory("molt-pathological");
        try {
            Path file = dir.resolve("big.py");
            Files.write(file, source);
            CPython.Result r = CPython.run(CPython.executable(), List.of("-X", "utf8", file.toString()), new byte[0]);
            String err = r.stderr().replace(file.toString(), "big.py");
            int at = err.lastIndexOf("  File \"big.py\"");
            return at >= 0 ? err.substring(at) : err;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }

    /** Parses on its own thread (with the stack size surefire gives tests) so that a runaway parse is bounded. */
    private static Frontend.Parsed parseWithin(byte[] src) throws TimeoutException, ExecutionException, InterruptedException {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "pathological-parse", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Frontend.Parsed> f = ex.submit(() -> Frontend.parse(src, "big.py"));
            try {
                return f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw e;
            }
        } finally {
            ex.shutdownNow();
        }
    }
}
