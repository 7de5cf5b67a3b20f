package dev.molt.ir;

import dev.molt.frontend.ast.ConstValue;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IR built by hand: printing, verification (good and broken), protobuf round trip. */
class IrTest {
    /** def add1(x): return x + 1, with an unboxed fast path: i64 add with overflow falling back to the generic op. */
    static IrModule sample() {
        FunctionBuilder m = new FunctionBuilder("<module>", "<module>", "<module>", 1);
        Reg none = m.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        m.terminate(new Terminator.Return(none, 1));

        FunctionBuilder f = new FunctionBuilder("add1", "add1", "add1", 1);
        int x = f.addSlot("x", IrType.OBJ, Slot.Kind.PARAM);
        f.signature(List.of("x"), 0, 1, 0, false, false);
        int fast = f.newBlock(), slow = f.newBlock(), done = f.newBlock(IrType.OBJ), boxed = f.newBlock(IrType.I64);
        Reg xv = f.emit(new Op.LoadSlot(x, IrType.OBJ), 2, -1);
        Reg big = f.emit(new Op.LoadConst(new ConstValue.Int(new BigInteger("4611686018427387904"))), 2, -1);
        Reg isBig = f.emit(new Op.Identical(xv, big), 2, -1);
        f.terminate(new Terminator.Branch(isBig, Edge.to(slow), Edge.to(fast), 2));
        f.switchTo(fast);
        Reg one = f.emit(new Op.ConstI64(1), 2, -1);
        Reg two = f.emit(new Op.ConstI64(2), 2, -1);
        f.terminate(new Terminator.CheckedIntArith(Op.IntOp.ADD, one, two, Edge.to(boxed), Edge.to(slow), 2));
        f.switchTo(boxed);
        Reg sum = f.params(boxed).get(0);
        Reg obj = f.emit(new Op.CallC("box.i64", null, List.of(sum)), 2, -1);
        f.terminate(new Terminator.Jump(new Edge(done, List.of(obj)), 2));
        f.switchTo(slow);
        Reg x2 = f.emit(new Op.LoadSlot(x, IrType.OBJ), 2, -1);
        Reg c1 = f.emit(new Op.LoadConst(new ConstValue.Int(BigInteger.ONE)), 2, -1);
        Reg r = f.emit(new Op.CallC("binop.add", null, List.of(x2, c1)), 2, -1);
        f.terminate(new Terminator.Jump(new Edge(done, List.of(r)), 2));
        f.switchTo(done);
        f.terminate(new Terminator.Return(f.params(done).get(0), 2));
        return new IrModule("__main__", "t.py", List.of(m.finish(), f.finish()));
    }

    @Test
    void printsReadableText() {
        String text = IrPrinter.print(sample());
        assertTrue(text.startsWith("module __main__ 't.py'\n"), text);
        assertTrue(text.contains("function add1 name=add1 qualname=add1 line=1 roots=1\n  args (x) posonly=0 positional=1 kwonly=0\n  slot s0 x: obj param\n"), text);
        assertTrue(text.contains("  checked int.add %3, %4 ok b4 overflow b2  @2\n"), text);
        assertTrue(text.contains("b4(%9: i64):\n  %10: obj = call box.i64(%9)  @2\n"), text);
        assertTrue(text.contains("%1: obj = const 4611686018427387904  @2"), text);
    }

    @Test
    void sampleVerifies() {
        assertEquals(List.of(), IrVerifier.verify(sample()));
    }

    @Test
    void protobufRoundTripIsLosslessAndDeterministic() throws Exception {
        IrModule m = sample();
        byte[] bytes = IrProto.toBytes(m);
        IrModule back = IrProto.fromBytes(bytes);
        assertEquals(m, back);
        assertArrayEquals(bytes, IrProto.toBytes(back));
        assertEquals(IrPrinter.print(m), IrPrinter.print(back));
    }

    @Test
    void finishDropsUnreachableBlocksAndRenumbers() {
        FunctionBuilder f = new FunctionBuilder("<module>", "<module>", "<module>", 1);
        int dead = f.newBlock();
        Reg v = f.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        f.terminate(new Terminator.Return(v, 1));
        f.switchTo(dead);
        f.terminate(new Terminator.Unreachable(1));
        IrFunction fn = f.finish();
        assertEquals(1, fn.blocks().size());
        assertEquals(0, fn.blocks().get(0).instrs().get(0).result().id());
    }

    private static IrModule single(FunctionBuilder f) {
        FunctionBuilder m = new FunctionBuilder("<module>", "<module>", "<module>", 1);
        m.terminate(new Terminator.Return(m.emit(new Op.LoadConst(ConstValue.NONE), 1, -1), 1));
        return new IrModule("__main__", "t.py", List.of(m.finish(), f.finish()));
    }

    private static String firstProblem(IrModule m) {
        List<String> p = IrVerifier.verify(m);
        assertTrue(!p.isEmpty(), "expected a verifier problem in\n" + IrPrinter.print(m));
        return p.get(0);
    }

    @Test
    void rejectsWrongOperandType() {
        FunctionBuilder f = new FunctionBuilder("f", "f", "f", 1);
        Reg i = f.emit(new Op.ConstI64(1), 1, -1);
        Reg o = f.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        f.emit(new Op.CallC("binop.add", null, List.of(i, o)), 1, -1);
        f.terminate(new Terminator.Return(o, 1));
        assertEquals("f b0: binop.add argument 0 must be obj, is i64", firstProblem(single(f)));
    }

    @Test
    void rejectsUseNotDominatedByDefinition() {
        FunctionBuilder f = new FunctionBuilder("f", "f", "f", 1);
        int left = f.newBlock(), right = f.newBlock(), join = f.newBlock();
        Reg c = f.emit(new Op.ConstBool(true), 1, -1);
        f.terminate(new Terminator.Branch(c, Edge.to(left), Edge.to(right), 1));
        f.switchTo(left);
        Reg v = f.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        f.terminate(new Terminator.Jump(Edge.to(join), 1));
        f.switchTo(right);
        f.terminate(new Terminator.Jump(Edge.to(join), 1));
        f.switchTo(join);
        f.terminate(new Terminator.Return(v, 1));
        assertTrue(firstProblem(single(f)).endsWith("is used where its definition does not dominate"));
    }

    @Test
    void rejectsHandlerWithParameters() {
        FunctionBuilder f = new FunctionBuilder("f", "f", "f", 1);
        int h = f.newBlock(IrType.OBJ);
        Reg o = f.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        Reg r = f.emit(new Op.CallC("neg", null, List.of(o)), 1, h);
        f.terminate(new Terminator.Return(r, 1));
        f.switchTo(h);
        f.terminate(new Terminator.Return(f.params(h).get(0), 1));
        assertEquals("f b0: handler b1 takes parameters", firstProblem(single(f)));
    }

    @Test
    void rejectsEdgeArityMismatchAndBadBranchCondition() {
        FunctionBuilder f = new FunctionBuilder("f", "f", "f", 1);
        int join = f.newBlock(IrType.OBJ);
        Reg o = f.emit(new Op.LoadConst(ConstValue.NONE), 1, -1);
        f.terminate(new Terminator.Branch(o, Edge.to(join), Edge.to(join), 1));
        f.switchTo(join);
        f.terminate(new Terminator.Return(f.params(join).get(0), 1));
        List<String> p = IrVerifier.verify(single(f));
        assertTrue(p.contains("f b0: branch: %0 must be bool"), p.toString());
        assertTrue(p.contains("f b0: edge to b1 passes 0 values for 1 parameters"), p.toString());
    }

    @Test
    void rejectsUnknownFunctionAndHandlerOnInfallibleOp() {
        FunctionBuilder f = new FunctionBuilder("f", "f", "f", 1);
        int h = f.newBlock();
        Reg n = f.emit(new Op.Null(), 1, -1);
        Reg fn = f.emit(new Op.MakeFunction("nope", n, n, n), 1, -1);
        f.emit(new Op.Globals(), 1, h);
        f.terminate(new Terminator.Return(fn, 1));
        f.switchTo(h);
        f.terminate(new Terminator.Raise(null, List.of(), -1, 1));
        List<String> p = IrVerifier.verify(single(f));
        assertTrue(p.contains("f b0: make_function of unknown function nope"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("f b0: handler on an op that cannot fail")), p.toString());
    }

    @Test
    void everyBuiltinRowIsWellFormed() {
        for (Builtin b : Builtins.all().values()) {
            assertTrue(b.symbol().startsWith("molt_"), b.key());
            if (b.error() == ErrorKind.NEG) assertTrue(b.ret() == CType.INT || b.ret() == CType.I64, b.key());
            if (b.error() == ErrorKind.NULL || b.error() == ErrorKind.NULL_PENDING) assertEquals(CType.VALUE, b.ret(), b.key());
        }
        assertEquals(List.of(IrType.OBJ, IrType.OBJ), Builtins.get("call").fixedArgTypes());
        assertEquals(List.of(6), Builtins.get("binop.pow").imms());
    }
}
