package dev.molt.lowering;

import dev.molt.lowering.interp.IrInterpreter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Semantics of the lowering, before any code generator exists: every golden program's IR runs in
 * the test interpreter and must print what CPython 3.12 prints (golden/NAME.out holds CPython's
 * stdout and, after a line "--- stderr", the last stderr line; regenerated with -Dmolt.regen=true).
 */
class IrInterpreterDiffTest {
    @TestFactory
    Stream<DynamicTest> matchesCPython() {
        return TestData.files("golden", ".py").stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    private static void check(Path py) {
        String name = py.getFileName().toString();
        Path expected = py.resolveSibling(name.replace(".py", ".out"));
        if (TestData.regen()) {
            String script = "import runpy, sys, io, traceback\n"
                + "out = io.StringIO(); sys.stdout = out\n"
                + "err = ''\n"
                + "try:\n    runpy.run_path(sys.argv[1], run_name='__main__')\n"
                + "except BaseException as e:\n    err = traceback.format_exception_only(e)[-1].strip()\n"
                + "sys.stdout = sys.__stdout__\n"
                + "sys.stdout.write(out.getvalue() + '--- stderr\\n' + err + '\\n')\n";
            TestData.write(expected, ReferencePython.run(ReferencePython.executable(), List.of("-c", script, py.toString())));
        }
        LowerResult r = TestData.lower(TestData.read(py), name);
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        String[] got = IrInterpreter.run(r.module());
        assertEquals(TestData.read(expected), got[0] + "--- stderr\n" + got[1] + "\n");
    }
}
