package dev.molt.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrPrinter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A module of a program of several (decision 0039): import names, relative imports, what is rejected. */
class ProgramModulesTest {
    private static final Set<String> PROGRAM = Set.of("__main__", "util", "pkg", "pkg.sub", "pkg.inner", "pkg.inner.deep");

    private static ParseResult parse(String src, String file) {
        ParseResult pr = Parser.parse(src.getBytes(StandardCharsets.UTF_8), file);
        assertTrue(pr.ok(), () -> "parse failed: " + pr.diagnostics());
        return pr;
    }

    private static LowerResult lower(String name, boolean isPackage, String file, String src) {
        ParseResult pr = parse(src, file);
        return Lowerer.lower(pr.module(), new LowerOptions(name, file, pr.source().text(), isPackage, PROGRAM));
    }

    private static List<String> problems(LowerResult r) {
        return r.diagnostics().stream().map(d -> d.file() + ":" + d.line() + " " + d.message()).collect(Collectors.toList());
    }

    @Test
    void relativeNamesResolveAsImportlibDoes() {
        assertEquals("pkg.sub", ImportNames.resolve("pkg", 1, "sub"));
        assertEquals("pkg", ImportNames.resolve("pkg", 1, null));
        assertEquals("pkg.util", ImportNames.resolve("pkg.inner", 2, "util"));
        assertEquals("pkg", ImportNames.resolve("pkg.inner", 2, null));
        assertEquals("json", ImportNames.resolve("", 0, "json"));
        assertNull(ImportNames.resolve("pkg", 2, "x"), "beyond the top-level package");
        assertNull(ImportNames.resolve("", 1, "x"), "no parent package");
        assertEquals("pkg", new LowerOptions("pkg", "pkg/__init__.py", "", true, PROGRAM).packageName());
        assertEquals("pkg.inner", new LowerOptions("pkg.inner.deep", "pkg/inner/deep.py", "", false, PROGRAM).packageName());
        assertEquals("", LowerOptions.main("main.py", "").packageName());
    }

    @Test
    void requestsNameParentsFirstAndFromListSubmodulesAsOptional() {
        String src = String.join("\n",
            "import a.b.c as x",
            "def f():",
            "    from . import sibling, other",
            "    from ..top import name",
            "try:",
            "    import guarded",
            "except ImportError:",
            "    pass",
            "");
        List<String> got = ImportNames.requests(parse(src, "m.py").module(), "pkg.inner").stream()
            .map(r -> r.module() + (r.required() ? "" : "?") + "@" + r.at().lineno()).collect(Collectors.toList());
        assertEquals(List.of("a@1", "a.b@1", "a.b.c@1", "pkg@3", "pkg.inner@3", "pkg.inner.sibling?@3", "pkg.inner.other?@3",
            "pkg@4", "pkg.top@4", "pkg.top.name?@4", "guarded@6"), got);
    }

    @Test
    void theProgramsModulesCanBeImportedAndTheirAttributesSet() {
        LowerResult r = lower("pkg.inner.deep", false, "pkg/inner/deep.py", String.join("\n",
            "import util",
            "import pkg.sub",
            "import pkg.inner as inner",
            "from . import deep",
            "from .. import sub",
            "from ..sub import helper",
            "util.counter = 1",
            "del util.counter",
            "pkg.flag = True",
            "inner.level = 2",
            "setattr(util, 'x', 3)",
            ""));
        assertEquals(List.of(), problems(r));
        assertEquals("pkg.inner.deep", r.module().name());
        assertEquals("pkg/inner/deep.py", r.module().file());
    }

    @Test
    void relativeImportsCallTheRuntimeWithAbsoluteNames() {
        LowerResult r = lower("pkg.inner.deep", false, "pkg/inner/deep.py", "from . import x\nfrom ..sub import helper\n");
        assertEquals(List.of(), problems(r));
        String ir = IrPrinter.print(r.module());
        assertTrue(ir.contains("const 'pkg.inner'"), ir);
        assertTrue(ir.contains("const 'pkg.sub'"), ir);
        assertTrue(!ir.contains("const 'sub'") && !ir.contains("const '.sub'"), ir);
    }

    @Test
    void missingModulesAndRuntimeModuleStoresAreStillRejectedWithTheirFile() {
        LowerResult r = lower("util", false, "util.py", String.join("\n",
            "import math",
            "import pkg.nothing",
            "from .sibling import x",
            "math.pi = 3",
            ""));
        assertEquals(List.of(
            "util.py:2 unsupported: import of module 'pkg.nothing' (not built in; Molt has math and sys)",
            "util.py:3 unsupported: relative import (attempted relative import with no known parent package)",
            "util.py:4 unsupported: assigning to module attribute math.pi (monkeypatching)"), problems(r));
    }

    @Test
    void aRelativeImportAboveTheTopLevelPackageIsRejected() {
        LowerResult r = lower("pkg", true, "pkg/__init__.py", "from .. import x\n");
        assertEquals(List.of("pkg/__init__.py:1 unsupported: relative import (attempted relative import beyond top-level package)"),
            problems(r));
    }
}
