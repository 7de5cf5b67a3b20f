package dev.molt.lowering;

import dev.molt.ir.Block;
import dev.molt.ir.Edge;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import dev.molt.ir.IrPrinter;
import dev.molt.ir.IrProto;
import dev.molt.ir.IrType;
import dev.molt.ir.IrVerifier;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generators in the IR (decision 0036): yields, resume blocks, spilled registers, generator expressions. */
class LowerGeneratorTest {
    private static IrModule lower(String src) {
        LowerResult r = TestData.lower(src, "g.py");
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        List<String> problems = IrVerifier.verify(r.module());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n" + IrPrinter.print(r.module()));
        return r.module();
    }

    private static IrFunction fn(IrModule m, String id) {
        IrFunction f = m.function(id);
        assertTrue(f != null, () -> "no function " + id + " in\n" + IrPrinter.print(m));
        return f;
    }

    private static List<Terminator.Yield> yields(IrFunction f) {
        List<Terminator.Yield> out = new ArrayList<>();
        for (Block b : f.blocks()) if (b.terminator() instanceof Terminator.Yield y) out.add(y);
        return out;
    }

    @Test
    void generatorFunctionYieldsAndResumes() throws Exception {
        IrModule m = lower("def count(n):\n    i = 0\n    while i < n:\n        x = yield i\n        i += 1\n    return 'done'\n");
        IrFunction f = fn(m, "count");
        assertTrue(f.generator());
        assertFalse(fn(m, "<module>").generator());
        List<Terminator.Yield> ys = yields(f);
        assertEquals(1, ys.size());
        assertFalse(ys.get(0).delegate());
        // The entry and the resume block both begin with the sent value.
        assertTrue(f.blocks().get(0).instrs().get(0).op() instanceof Op.ResumeValue);
        assertTrue(f.block(ys.get(0).resume()).instrs().get(0).op() instanceof Op.ResumeValue);
        String text = IrPrinter.print(f);
        assertTrue(text.contains(" generator\n"), text);
        assertTrue(text.contains("= resume_value  @4"), text);
        assertTrue(text.matches("(?s).*yield %\\d+, resume b\\d+  @4.*"), text);
        assertEquals(m, IrProto.fromBytes(IrProto.toBytes(m)), "protobuf round trip");
    }

    @Test
    void operandsEvaluatedBeforeAYieldAreSpilledIntoSlots() {
        // f and a are evaluated before the yield and used by the call after it.
        IrFunction g = fn(lower("def g(f, a):\n    return f(a, (yield 1))\n"), "g");
        List<Slot> spilled = g.slots().stream().filter(s -> s.name().startsWith("$live")).toList();
        assertEquals(2, spilled.size(), () -> IrPrinter.print(g));
        for (Slot s : spilled) {
            assertEquals(Slot.Kind.TEMP, s.kind());
            assertEquals(IrType.OBJ, s.type());
        }
    }

    @Test
    void yieldAtAJoinOfPathsWithAndWithoutAYieldStillVerifies() {
        IrFunction g = fn(lower("def g(c, a):\n    return a + ((yield 'y') if c else 2)\n"), "g");
        assertEquals(1, g.slots().stream().filter(s -> s.name().startsWith("$live")).count(), () -> IrPrinter.print(g));
    }

    @Test
    void yieldFromDelegatesTheIterator() {
        IrFunction g = fn(lower("def g(xs):\n    r = yield from xs\n    return r\n"), "g");
        List<Terminator.Yield> ys = yields(g);
        assertEquals(1, ys.size());
        assertTrue(ys.get(0).delegate());
        assertTrue(IrPrinter.print(g).contains("yield_from "), () -> IrPrinter.print(g));
    }

    @Test
    void generatorExpressionIsAGeneratorFunctionOverItsFirstIterator() {
        IrModule m = lower("def f(xs, k):\n    return sum(x * k for x in xs if x)\n");
        IrFunction ge = fn(m, "f.<locals>.<genexpr>");
        assertTrue(ge.generator());
        assertEquals(List.of(".0"), ge.argNames());
        assertEquals(1, yields(ge).size());
        // iter(xs) is called in f, before the generator function is called.
        String outer = IrPrinter.print(fn(m, "f"));
        assertTrue(outer.indexOf("make_function f.<locals>.<genexpr>") < outer.indexOf("call iter("), outer);
        assertEquals("<genexpr>", fn(lower("g = (c for c in 'ab')\n"), "<genexpr>").qualname());
    }

    @Test
    void yieldInsideTryKeepsTheHandlerOnTheResumeValue() {
        IrFunction g = fn(lower("def g():\n    try:\n        yield 1\n    finally:\n        print('x')\n"), "g");
        Terminator.Yield y = yields(g).get(0);
        Instr resume = g.block(y.resume()).instrs().get(0);
        assertTrue(resume.handler() >= 0, "a throw() at the yield must run the finally body");
    }

    @Test
    void verifierRejectsRegistersLiveAcrossAYield() {
        Reg v = new Reg(0, IrType.OBJ), sent = new Reg(1, IrType.OBJ);
        Block entry = new Block(0, List.of(), List.of(new Instr(v, new Op.ResumeValue(), 1, -1)),
            new Terminator.Yield(v, false, 1, 1));
        Block after = new Block(1, List.of(), List.of(new Instr(sent, new Op.ResumeValue(), 1, -1)),
            new Terminator.Return(v, 1));
        IrFunction bad = new IrFunction("g", "g", "g", 1, List.of(), List.of(), 0, 0, 0, false, false, List.of(entry, after), true);
        List<String> problems = IrVerifier.verify(new IrModule("m", "m.py", List.of(bad)));
        assertTrue(problems.stream().anyMatch(p -> p.contains("live across a yield")), problems::toString);

        IrFunction notGen = new IrFunction("g", "g", "g", 1, List.of(), List.of(), 0, 0, 0, false, false,
            List.of(new Block(0, List.of(), List.of(), new Terminator.Yield(new Reg(0, IrType.OBJ), false, 0, 1))));
        assertFalse(IrVerifier.verify(new IrModule("m", "m.py", List.of(notGen))).isEmpty());
        assertEquals(Edge.to(1), new Terminator.Yield(v, false, 1, 1).edges().get(0));
    }
}
