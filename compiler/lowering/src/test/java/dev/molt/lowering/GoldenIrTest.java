package dev.molt.lowering;

import dev.molt.ir.IrModule;
import dev.molt.ir.IrPrinter;
import dev.molt.ir.IrProto;
import dev.molt.ir.IrVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * golden/NAME.py lowers without diagnostics, verifies, round-trips through protobuf, and prints as
 * golden/NAME.ir (rewritten with -Dmolt.regen=true; review the diff).
 */
class GoldenIrTest {
    @TestFactory
    Stream<DynamicTest> golden() {
        return TestData.files("golden", ".py").stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    private static void check(Path py) throws Exception {
        String name = py.getFileName().toString();
        LowerResult r = TestData.lower(TestData.read(py), name);
        assertTrue(r.ok(), () -> "diagnostics: " + r.diagnostics());
        IrModule m = r.module();
        List<String> problems = IrVerifier.verify(m);
        assertTrue(problems.isEmpty(), () -> "verifier: " + String.join("\n", problems) + "\n" + IrPrinter.print(m));

        String text = IrPrinter.print(m);
        byte[] bytes = IrProto.toBytes(m);
        IrModule back = IrProto.fromBytes(bytes);
        assertEquals(m, back, "protobuf round trip changes the IR");
        assertArrayEquals(bytes, IrProto.toBytes(back), "protobuf bytes are not deterministic");
        assertEquals(text, IrPrinter.print(TestData.lower(TestData.read(py), name).module()), "lowering is not deterministic");

        Path expected = py.resolveSibling(name.replace(".py", ".ir"));
        if (TestData.regen() || !Files.exists(expected)) {
            TestData.write(expected, text);
            if (!TestData.regen()) throw new AssertionError("wrote missing golden file " + expected + "; review it");
        } else assertEquals(TestData.read(expected), text);
    }

    static boolean sameBytes(byte[] a, byte[] b) { return Arrays.equals(a, b); }
}
