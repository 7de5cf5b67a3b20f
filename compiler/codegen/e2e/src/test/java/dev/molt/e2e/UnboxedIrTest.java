package dev.molt.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.Target;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.ir.Builtins;
import dev.molt.ir.Edge;
import dev.molt.ir.FunctionBuilder;
import dev.molt.ir.IrModule;
import dev.molt.ir.IrType;
import dev.molt.ir.IrVerifier;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unboxed paths the lowering does not produce yet, on hand-built IR: overflow-checked i64
 * arithmetic with both edges, a loop carrying values in block parameters (phis), f64 arithmetic,
 * small-int tag tests, boxing. Expected output: the equivalent Python run by CPython.
 */
class UnboxedIrTest {
    private static final String EQUIVALENT_PYTHON = String.join("\n",
            "print(2 ** 60 * 4)",
            "print('overflow')",
            "print(sum(range(1, 11)))",
            "print(1 / 3, 2.5 < 3.0)",
            "print(41 + 1)",
            "");

    private FunctionBuilder fb;

    private Reg emit(Op op) {
        return fb.emit(op, 1, -1);
    }

    private void print(Reg value) {
        Reg fn = emit(new Op.CallC("global.load", null, List.of(emit(new Op.Globals()),
                emit(new Op.LoadConst(new ConstValue.Str("print"))))));
        emit(new Op.CallC("call", null, List.of(fn, emit(new Op.Null()), value)));
    }

    private Reg box(Reg i64) {
        return emit(new Op.CallC("box.i64", null, List.of(i64)));
    }

    private void checkedMulThenPrint(long a, long b) {
        int ok = fb.newBlock(IrType.I64);
        int overflow = fb.newBlock();
        int join = fb.newBlock();
        Reg x = emit(new Op.ConstI64(a));
        Reg y = emit(new Op.ConstI64(b));
        fb.terminate(new Terminator.CheckedIntArith(Op.IntOp.MUL, x, y, Edge.to(ok), Edge.to(overflow), 1));
        fb.switchTo(ok);
        print(box(fb.params(ok).get(0)));
        fb.terminate(new Terminator.Jump(Edge.to(join), 1));
        fb.switchTo(overflow);
        print(emit(new Op.LoadConst(new ConstValue.Str("overflow"))));
        fb.terminate(new Terminator.Jump(Edge.to(join), 1));
        fb.switchTo(join);
    }

    IrModule module() {
        fb = new FunctionBuilder("<module>", "<module>", "<module>", 1);
        checkedMulThenPrint(1L << 60, 4);
        checkedMulThenPrint(1L << 61, 4);

        // acc, i = 0, 1; while i <= 10: acc += i; i += 1
        int head = fb.newBlock(IrType.I64, IrType.I64);
        int body = fb.newBlock();
        int added = fb.newBlock(IrType.I64);
        int done = fb.newBlock();
        int overflowed = fb.newBlock();
        fb.terminate(new Terminator.Jump(new Edge(head, List.of(emit(new Op.ConstI64(0)), emit(new Op.ConstI64(1)))), 1));
        fb.switchTo(head);
        Reg acc = fb.params(head).get(0);
        Reg i = fb.params(head).get(1);
        Reg more = emit(new Op.IntCompare(Op.CmpOp.LE, i, emit(new Op.ConstI64(10))));
        fb.terminate(new Terminator.Branch(more, Edge.to(body), Edge.to(done), 1));
        fb.switchTo(body);
        fb.terminate(new Terminator.CheckedIntArith(Op.IntOp.ADD, acc, i, Edge.to(added), Edge.to(overflowed), 1));
        fb.switchTo(added);
        Reg next = emit(new Op.IntArith(Op.IntOp.ADD, i, emit(new Op.ConstI64(1))));
        fb.terminate(new Terminator.Jump(new Edge(head, List.of(fb.params(added).get(0), next)), 1));
        fb.switchTo(overflowed);
        fb.terminate(new Terminator.Unreachable(1));
        fb.switchTo(done);
        print(box(acc));

        Reg third = emit(new Op.FloatArith(Op.FloatOp.DIV, emit(new Op.IntToFloat(emit(new Op.ConstI64(1)))),
                emit(new Op.ConstF64(3.0))));
        Reg less = emit(new Op.FloatCompare(Op.CmpOp.LT, emit(new Op.ConstF64(2.5)), emit(new Op.ConstF64(3.0))));
        Reg fn = emit(new Op.CallC("global.load", null, List.of(emit(new Op.Globals()),
                emit(new Op.LoadConst(new ConstValue.Str("print"))))));
        emit(new Op.CallC("call", null, List.of(fn, emit(new Op.Null()),
                emit(new Op.CallC("box.f64", null, List.of(third))), emit(new Op.CallC("box.bool", null, List.of(less))))));

        int small = fb.newBlock();
        int notSmall = fb.newBlock();
        int end = fb.newBlock();
        Reg boxed = emit(new Op.LoadConst(new ConstValue.Int(BigInteger.valueOf(41))));
        fb.terminate(new Terminator.Branch(emit(new Op.IsSmallInt(boxed)), Edge.to(small), Edge.to(notSmall), 1));
        fb.switchTo(small);
        print(box(emit(new Op.IntArith(Op.IntOp.ADD, emit(new Op.UntagInt(boxed)), emit(new Op.ConstI64(1))))));
        fb.terminate(new Terminator.Jump(Edge.to(end), 1));
        fb.switchTo(notSmall);
        fb.terminate(new Terminator.Unreachable(1));
        fb.switchTo(end);
        fb.terminate(new Terminator.Return(emit(new Op.LoadConst(ConstValue.NONE)), 1));
        IrModule m = new IrModule("__main__", "unboxed.py", List.of(fb.finish()));
        List<String> problems = IrVerifier.verify(m);
        assertTrue(problems.isEmpty(), problems::toString);
        return m;
    }

    @Test
    void nativeAndWasmMatchCPython() throws Exception {
        Path script = Files.createTempFile("unboxed", ".py");
        Outcome expected;
        try {
            Files.writeString(script, EQUIVALENT_PYTHON);
            expected = CPythonRun.run(script);
        } finally {
            Files.deleteIfExists(script);
        }
        assertEquals(0, expected.exit());
        IrModule ir = module();
        for (Target target : Target.values()) {
            Outcome actual = target == Target.NATIVE
                    ? Pipeline.runNative(Pipeline.build(ir, target), Map.of("MOLT_GC_STRESS", "1"))
                    : Pipeline.runWasm(Pipeline.build(ir, target), "unboxed.py");
            assertEquals(expected.stdout(), actual.stdout(), () -> target + " stderr: " + actual.stderr());
            assertEquals(0, actual.exit(), () -> target + " stderr: " + actual.stderr());
        }
    }
}
