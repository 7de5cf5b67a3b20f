package dev.molt.lowering;

import dev.molt.frontend.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Constructs not lowered yet give one `unsupported` diagnostic each, at their position, and never a crash. */
class UnsupportedTest {
    private static List<String> problems(String src) {
        LowerResult r = TestData.lower(src, "u.py");
        assertNull(r.module());
        return r.diagnostics().stream().map(UnsupportedTest::render).collect(Collectors.toList());
    }

    private static String render(Diagnostic d) {
        return d.code() + " " + d.file() + ":" + d.line() + ":" + d.col() + " " + d.message();
    }

    @Test
    void reportsEveryUnsupportedConstructAndKeepsGoing() {
        String src = String.join("\n",
            "from . import sibling",
            "class C(metaclass=type):",
            "    pass",
            "def gen():",
            "    yield 1",
            "async def co(): pass",
            "async def co2(): pass",
            "",
            "g = (i for i in range(3))",
            "from os import *",
            "type T = int",
            "print('still lowered')",
            "");
        assertEquals(List.of(
            "unsupported u.py:1:1 unsupported: relative import (attempted relative import with no known parent package)",
            "unsupported u.py:2:1 unsupported: class keywords (metaclass=...)",
            "unsupported u.py:6:1 unsupported: async functions",
            "unsupported u.py:7:1 unsupported: async functions",
            "unsupported u.py:10:1 unsupported: from ... import *",
            "unsupported u.py:11:1 unsupported: type aliases"), problems(src));
    }

    @Test
    void unsupportedInsideFunctionBodies() {
        assertEquals(List.of("unsupported u.py:3:5 unsupported: match statements"),
            problems("def f(x):\n    y = 1\n    match x:\n        case 1: pass\n    return y\n"));
    }
}
