package dev.molt.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.IrFunction;
import dev.molt.ir.IrPrinter;
import dev.molt.ir.IrType;
import dev.molt.ir.IrVerifier;
import dev.molt.ir.Slot;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The IR of the unboxed float paths (decision 0042): what is unboxed, what is boxed, and where. */
class FloatPathsTest {
    private static String ir(String source) {
        LowerResult r = TestData.lower(source, "t.py");
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals(List.of(), IrVerifier.verify(r.module()));
        return IrPrinter.print(r.module());
    }

    private static IrFunction function(String source, String name) {
        return TestData.lower(source, "t.py").module().functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The printed body of one function (from its header to the next function). */
    private static String body(String ir, String name) {
        int start = ir.indexOf("function " + name + " ");
        int end = ir.indexOf("\nfunction ", start + 1);
        return ir.substring(start, end < 0 ? ir.length() : end);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void floatVariablesGetAnF64SlotAndAFlag() {
        IrFunction f = function("def f(n):\n    t = 0.0\n    for i in range(n):\n        t += i * 0.5\n    return t\n", "f");
        List<Slot> slots = f.slots();
        assertTrue(slots.stream().anyMatch(s -> s.name().equals("t$f64") && s.type() == IrType.F64), slots::toString);
        assertTrue(slots.stream().anyMatch(s -> s.name().equals("t$unboxed") && s.type() == IrType.BOOL), slots::toString);
        assertFalse(slots.stream().anyMatch(s -> s.name().startsWith("i$")), "i is never assigned a float: " + slots);
    }

    @Test
    void nestedArithmeticStaysUnboxedAndIsBoxedOnceWhereItEscapes() {
        String f = body(ir("def f(a: float, b: float):\n    return a * a + b * b - a / b\n"), "f");
        assertEquals(1, count(f, "float.add "), f);
        assertEquals(1, count(f, "float.sub "), f);
        assertEquals(2, count(f, "float.mul "), f);
        assertEquals(1, count(f, "float.div "), f);
        // Intermediates are f64 block parameters (the joins of fast and generic paths).
        assertTrue(f.contains(": obj, %") && f.contains(": bool, %") && f.contains(": f64):"), f);
        // The divisor is tested against 0.0 so that the generic path raises ZeroDivisionError.
        assertTrue(f.contains("float.ne "), f);
    }

    @Test
    void aFloatVariableIsStoredUnboxedAndBoxedOnlyWhenGenericCodeReadsIt() {
        String f = body(ir("def f(x):\n    y = x * 2.0\n    z = y + 1.0\n    print(z)\n"), "f");
        // y and z are stored as (null, true, value). Three boxes, none on the float path: x and y
        // (x is a float variable too, as an operand of x * 2.0) for the generic paths of the two
        // operations, taken only when an operand is not a number, and z where print(z) reads it.
        assertEquals(3, count(f, "call box.f64"), f);
        assertTrue(f.contains("store s1(y), "), f);
        assertTrue(f.contains("y$f64"), f);
    }

    @Test
    void wrongAnnotationsOnlyChooseThePathTheGuardStillChecks() {
        String f = body(ir("def f(x: float) -> float:\n    return x + 1\n"), "f");
        assertTrue(f.contains("call float.is("), f);
        assertTrue(f.contains("call binop.add(") || f.contains("call inplace.add("), "generic fallback kept: " + f);
    }

    @Test
    void floatComparisonsFeedBranchesWithoutBoxing() {
        String f = body(ir("def f(x):\n    y = x * 1.5\n    if y < 0.5:\n        return 1\n    return 2\n"), "f");
        assertTrue(f.contains("float.lt "), f);
        assertFalse(f.contains("box.bool"), f);
        // x and y, each only on the generic path of the operation that uses it.
        assertEquals(2, count(f, "call box.f64"), f);
    }

    @Test
    void chainedComparisonsInConditionsAreBools() {
        String f = body(ir("def f(i, n):\n    while 0 <= i < n:\n        i = i + 1\n"), "f");
        assertFalse(f.contains("box.bool"), f);
        assertFalse(f.contains("call truthy"), f);
        assertEquals(2, count(f, "int.l"), f);   // int.le and int.lt on the small-int fast paths
    }

    @Test
    void intOperandsOfMixedArithmeticAreConvertedAndBigIntsFallBack() {
        String f = body(ir("def f(x):\n    return x * 0.5\n"), "f");
        assertTrue(f.contains("int_to_float"), f);
        assertTrue(f.contains("is_small_int"), f);
        assertTrue(f.contains("call binop.mul("), f);
    }

    @Test
    void generatorsKeepTheGenericPaths() {
        String f = body(ir("def g(x):\n    y = x * 0.5\n    yield y\n"), "g");
        assertFalse(f.contains("float.mul"), f);
        assertFalse(f.contains("$f64"), f);
    }

    @Test
    void powerFloorDivisionAndModuloCallTheRuntimesFloatArithmetic() {
        String f = body(ir("def f(x):\n    return (x ** 0.5, x // 2.0, x % 2.0)\n"), "f");
        assertTrue(f.contains("call float.binop.pow("), f);
        assertTrue(f.contains("call float.binop.floordiv("), f);
        assertTrue(f.contains("call float.binop.mod("), f);
    }
}
