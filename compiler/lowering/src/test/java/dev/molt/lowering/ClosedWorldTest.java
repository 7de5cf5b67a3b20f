package dev.molt.lowering;

import dev.molt.frontend.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What needs code or modules unknown at build time is rejected at compile time, and only that. */
class ClosedWorldTest {
    private static List<String> problems(String src) {
        LowerResult r = TestData.lower(src, "c.py");
        return r.diagnostics().stream().map(ClosedWorldTest::render).collect(Collectors.toList());
    }

    private static String render(Diagnostic d) {
        return d.file() + ":" + d.line() + ":" + d.col() + " " + d.message();
    }

    private static void accepted(String src) {
        LowerResult r = TestData.lower(src, "c.py");
        assertEquals(List.of(), r.diagnostics().stream().map(ClosedWorldTest::render).collect(Collectors.toList()));
        assertNotNull(r.module());
    }

    @Test
    void dynamicBuiltinsAreRejectedWhereverTheyAreUsed() {
        String src = String.join("\n",
            "x = eval('1')",
            "def f(code):",
            "    exec(code)",
            "    return locals()",
            "g = globals",
            "class C:",
            "    obj = compile('1', '<s>', 'eval')",
            "m = [__import__(n) for n in ['json']]",
            "print(vars())",
            "");
        assertEquals(List.of(
            "c.py:1:5 unsupported: eval() (dynamic code)",
            "c.py:3:5 unsupported: exec() (dynamic code)",
            "c.py:4:12 unsupported: locals() (frame introspection)",
            "c.py:5:5 unsupported: globals() (namespace introspection)",
            "c.py:7:11 unsupported: compile() (dynamic code)",
            "c.py:8:6 unsupported: __import__() (import by a run-time name)",
            "c.py:9:7 unsupported: vars() without an argument (frame introspection)"), problems(src));
    }

    @Test
    void namesBoundByTheProgramAreNotTheBuiltins() {
        accepted(String.join("\n",
            "def eval(s):",
            "    return len(s)",
            "print(eval('abc'))",
            "def outer(compile):",
            "    def inner():",
            "        return compile + 1",
            "    return inner()",
            "def h(locals=3):",
            "    return locals",
            "class K:",
            "    exec = 4",
            "    twice = exec * 2",
            "print([globals for globals in range(2)], outer(1), h(), K.twice, vars(K) is not None)",
            ""));
    }

    @Test
    void aGlobalDeclarationElsewhereBindsTheName() {
        accepted("def setup():\n    global exec\n    exec = print\nsetup()\nexec('hi')\n");
    }

    @Test
    void importsOutsideTheRuntimeModulesAreRejected() {
        String src = String.join("\n",
            "import math, sys",
            "from math import sqrt",
            "import os.path",
            "import json as j, math as m",
            "from collections import deque",
            "import math.nothing",
            "");
        assertEquals(List.of(
            "c.py:3:8 unsupported: import of module 'os.path' (not built in; Molt has math and sys)",
            "c.py:4:8 unsupported: import of module 'json' (not built in; Molt has math and sys)",
            "c.py:5:1 unsupported: import of module 'collections' (not built in; Molt has math and sys)",
            "c.py:6:8 unsupported: import of module 'math.nothing' (not built in; Molt has math and sys)"), problems(src));
    }

    @Test
    void anImportWithAnImportErrorFallbackRaisesAtRunTime() {
        accepted(String.join("\n",
            "try:",
            "    import json",
            "except ImportError:",
            "    json = None",
            "try:",
            "    from fancy import thing",
            "except (ValueError, ModuleNotFoundError):",
            "    thing = None",
            "print(json, thing)",
            ""));
        // A handler for something else does not catch the failed import; a function body runs outside the try.
        assertEquals(List.of(
            "c.py:2:18 unsupported: import of module 'json' (not built in; Molt has math and sys)",
            "c.py:6:21 unsupported: import of module 'json' (not built in; Molt has math and sys)"),
            problems("try:\n    import math, json\nexcept KeyError:\n    pass\ntry:\n    def f(): import json\nexcept ImportError:\n    pass\n"));
    }

    @Test
    void storingIntoAModuleIsRejected() {
        String src = String.join("\n",
            "def later():",
            "    math.floor = None",
            "import math",
            "import sys as system",
            "math.sqrt = lambda v: 0",
            "del math.pi",
            "system.argv += ['x']",
            "setattr(math, 'tau', 1)",
            "def local():",
            "    import sys",
            "    def inner():",
            "        sys.exit = print",
            "    return inner",
            "");
        assertEquals(List.of(
            "c.py:2:5 unsupported: assigning to module attribute math.floor (monkeypatching)",
            "c.py:5:1 unsupported: assigning to module attribute math.sqrt (monkeypatching)",
            "c.py:6:5 unsupported: deleting module attribute math.pi (monkeypatching)",
            "c.py:7:1 unsupported: assigning to module attribute system.argv (monkeypatching)",
            "c.py:8:1 unsupported: setattr() on module 'math' (monkeypatching)",
            "c.py:12:9 unsupported: assigning to module attribute sys.exit (monkeypatching)"), problems(src));
    }

    @Test
    void storingIntoOtherObjectsIsFine() {
        accepted(String.join("\n",
            "import math",
            "class Box:",
            "    pass",
            "def fill(math):",
            "    math.value = 1",
            "b = Box()",
            "fill(b)",
            "b.root = math.sqrt(4)",
            "setattr(b, 'pi', math.pi)",
            "print(b.value, b.root, b.pi)",
            ""));
    }

    @Test
    void closedWorldAndOtherUnsupportedConstructsComeInSourceOrder() {
        assertEquals(List.of(
            "c.py:1:1 unsupported: match statements",
            "c.py:3:1 unsupported: exec() (dynamic code)",
            "c.py:4:1 unsupported: try/except*"),
            problems("match 1:\n    case 1: pass\nexec('x')\ntry:\n    pass\nexcept* ValueError:\n    pass\n"));
    }
}
