package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.frontend.testing.CPython;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code molt parse --dump-ast} prints what CPython's ast.dump prints for the same files, run live. */
class DumpAstTest {
    @TempDir
    Path dir;

    /** What {@code molt parse --dump-ast FILES} must print, computed by CPython 3.12. */
    private static String cpythonDumps(List<String> files) {
        String script = String.join("\n",
                "import ast, sys",
                "for name in sys.argv[1:]:",
                "    with open(name, 'rb') as f:",
                "        source = f.read()",
                "    print('==> ' + name + ' <==')",
                "    print(ast.dump(ast.parse(source, name), include_attributes=True))");
        return CPython.runScript(script, files, null);
    }

    @Test
    void samplesCoveringTheGrammarDumpLikeCPython() {
        Samples s = new Samples(dir);
        s.add("basics.py", "import os, sys as system\nfrom . import x\nx: int = 1\ny = x ** -2 // 3 @ m\n"
                + "del a[1:2, ::3], b.c\nassert x, 'msg'\nglobal g\n");
        s.add("functions.py", "@decorator(arg)\nasync def f[T: int, *Ts, **P](a, /, b=1, *args, c, d=2, **kw) -> T:\n"
                + "    await g()\n    async with a as b, c:\n        yield from h\n    return lambda x, *y: x\n"
                + "class C(Base, metaclass=M):\n    '''doc'''\n    def m(self): nonlocal_ = 1\n"
                + "type Alias[K] = dict[K, int]\n");
        s.add("control.py", "for i, (j, k) in enumerate(z):\n    if i: continue\n    elif j: break\n    else: pass\n"
                + "else:\n    pass\nwhile (n := n - 1) > 0: ...\n"
                + "try:\n    1 / 0\nexcept* (ValueError, TypeError) as e:\n    raise RuntimeError from e\n"
                + "try: pass\nexcept: pass\nelse: pass\nfinally: pass\nwith (open(a) as f, open(b)): pass\n");
        s.add("match.py", "match cmd:\n    case [\"go\", direction] if direction:\n        pass\n"
                + "    case {\"k\": 1, **rest} | Point(x=0, y=_) | (1 | 2) as n:\n        pass\n"
                + "    case -1 + 2j | None | b\"x\" | str():\n        pass\n    case [*_, last]:\n        pass\n");
        s.add("literals.py", "s = 'caf\u00e9' \"\\N{BULLET}\" r'\\d' u'u'\nb = b'\\x00\\xff' rb'\\n'\n"
                + "f = f\"{x!r:>{width}} {y=} {{}} {'\\u00e9'}\"\nn = [0x1F, 0o7, 0b1, 1_000, 1e-5, 1.5j, 10**100, 0.1]\n"
                + "e = ...\nt = (1,)\nc = {k: v for k, v in d if k} | {*a} | [x async for x in y]\n"
                + "\u00e9t\u00e9 = '\uD83D\uDE00'\n");
        s.add("empty.py", "");
        s.add("comments_only.py", "# coding: latin-1\n# just a comment\n");
        List<String> files = s.names();

        List<String> args = new ArrayList<>(List.of("parse", "--dump-ast"));
        args.addAll(files);
        CliRun molt = CliRun.of(args);
        assertEquals("", molt.stderr());
        TextDiff.assertSameText(cpythonDumps(files), molt.stdout());
        assertEquals(ExitCode.OK, molt.exit());
    }

    @Test
    void stdlibFilesDumpLikeCPython() {
        Path lib = CPython.stdlib();
        List<String> files = new ArrayList<>();
        for (String f : List.of("json/decoder.py", "textwrap.py", "dataclasses.py", "asyncio/tasks.py")) {
            files.add(lib.resolve(f).toString());
        }
        List<String> args = new ArrayList<>(List.of("parse", "--dump-ast"));
        args.addAll(files);
        CliRun molt = CliRun.of(args);
        assertEquals("", molt.stderr());
        TextDiff.assertSameText(cpythonDumps(files), molt.stdout());
        assertEquals(ExitCode.OK, molt.exit());
    }

    @Test
    void validFilesWithoutDumpPrintNothing() {
        Samples s = new Samples(dir);
        String a = s.add("a.py", "print('hello')\n");
        CliRun molt = CliRun.of("parse", a, a);
        assertEquals(new CliRun(ExitCode.OK, "", ""), molt);
    }
}
