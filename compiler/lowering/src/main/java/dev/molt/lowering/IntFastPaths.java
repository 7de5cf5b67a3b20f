package dev.molt.lowering;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.ir.Edge;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;

/**
 * Unboxed int fast paths (decision 0033): when both operands are small ints at run time, add/sub/mul
 * and comparisons run on i64 payloads with an overflow check; anything else (big ints, floats, str,
 * user types, overflow) takes the generic runtime call. Emitted only where the static type may be int.
 */
final class IntFastPaths {
    private final FunctionLowering f;

    IntFastPaths(FunctionLowering f) { this.f = f; }

    /** False when an operand is a literal that is certainly not an int (a str, a float, ...). */
    static boolean mayBeInt(Expr e) {
        if (e instanceof Expr.Constant c) return c.value() instanceof ConstValue.Int;
        return !(e instanceof Expr.JoinedStr || e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.Dict
            || e instanceof Expr.Set || e instanceof Expr.ListComp || e instanceof Expr.DictComp || e instanceof Expr.SetComp
            || e instanceof Expr.Lambda);
    }

    static Op.IntOp arithOp(String binop) {
        switch (binop) {
            case "add": return Op.IntOp.ADD;
            case "sub": return Op.IntOp.SUB;
            case "mul": return Op.IntOp.MUL;
            default: return null;
        }
    }

    static Op.CmpOp cmpOp(String rich) {
        switch (rich) {
            case "lt": return Op.CmpOp.LT;
            case "le": return Op.CmpOp.LE;
            case "eq": return Op.CmpOp.EQ;
            case "ne": return Op.CmpOp.NE;
            case "gt": return Op.CmpOp.GT;
            case "ge": return Op.CmpOp.GE;
            default: return null;
        }
    }

    /** Branches to fast when a and b are both small ints, else to slow. */
    private void guard(Reg a, Reg b, int fast, int slow) {
        int second = f.b.newBlock();
        f.branch(f.emit(new Op.IsSmallInt(a)), second, slow);
        f.b.switchTo(second);
        f.branch(f.emit(new Op.IsSmallInt(b)), fast, slow);
    }

    /** a op b (op add/sub/mul) as an object; generic is the row used when the fast path does not apply. */
    Reg arith(Op.IntOp op, String generic, Reg a, Reg b) {
        int fast = f.b.newBlock(), slow = f.b.newBlock(), boxed = f.b.newBlock(IrType.I64), join = f.b.newBlock(IrType.OBJ);
        guard(a, b, fast, slow);
        f.b.switchTo(fast);
        Reg x = f.emit(new Op.UntagInt(a));
        Reg y = f.emit(new Op.UntagInt(b));
        f.terminate(new Terminator.CheckedIntArith(op, x, y, Edge.to(boxed), Edge.to(slow), f.line));
        f.b.switchTo(boxed);
        f.jump(join, f.call("box.i64", f.b.params(boxed).get(0)));
        f.b.switchTo(slow);
        f.jump(join, f.call(generic, a, b));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    /** a op b as an object (True/False on the fast path); generic is the compare row. */
    Reg compareValue(Op.CmpOp op, String generic, Reg a, Reg b) {
        int fast = f.b.newBlock(), slow = f.b.newBlock(), join = f.b.newBlock(IrType.OBJ);
        guard(a, b, fast, slow);
        f.b.switchTo(fast);
        Reg c = f.emit(new Op.IntCompare(op, f.emit(new Op.UntagInt(a)), f.emit(new Op.UntagInt(b))));
        f.jump(join, f.call("box.bool", c));
        f.b.switchTo(slow);
        f.jump(join, f.call(generic, a, b));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    /** The truth of a op b as a BOOL; generic is the compare_bool row. */
    Reg compare(Op.CmpOp op, String generic, Reg a, Reg b) {
        int fast = f.b.newBlock(), slow = f.b.newBlock(), join = f.b.newBlock(IrType.BOOL);
        guard(a, b, fast, slow);
        f.b.switchTo(fast);
        f.jump(join, f.emit(new Op.IntCompare(op, f.emit(new Op.UntagInt(a)), f.emit(new Op.UntagInt(b)))));
        f.b.switchTo(slow);
        f.jump(join, f.call(generic, a, b));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }
}
