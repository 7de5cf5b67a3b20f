package dev.molt.lowering;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.Edge;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;
import dev.molt.lowering.scope.Binding;
import java.util.List;

/**
 * {@code for x in range(...)} over the builtin range: an i64 counter in typed slots, no range or
 * iterator object (decision 0033). The bounds go through __index__ once, like range() itself; the
 * counter is boxed (a tag, no allocation for small ints) when assigned to the target.
 */
final class RangeLoop {
    private final FunctionLowering f;

    RangeLoop(FunctionLowering f) { this.f = f; }

    /** The builtin range: a global name no module-level code binds (closed world, DESIGN.md §2). */
    static boolean applies(FunctionLowering f, Stmt.For n) {
        if (!(n.iter() instanceof Expr.Call c) || !(c.func() instanceof Expr.Name name) || !name.id().equals("range")) return false;
        if (!c.keywords().isEmpty() || c.args().isEmpty() || c.args().size() > 3) return false;
        for (Expr a : c.args()) if (a instanceof Expr.Starred) return false;
        if (!(f.resolve("range") instanceof VarRef.Global)) return false;
        Binding module = f.mod.symbols.module().bindings().get("range");
        return module == null || module == Binding.GLOBAL_IMPLICIT;
    }

    private static Long literal(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof ConstValue.Int i && i.value().bitLength() < 63) return i.value().longValue();
        if (e instanceof Expr.UnaryOp u && u.op() == dev.molt.frontend.ast.Unaryop.USub && literal(u.operand()) != null) return -literal(u.operand());
        return null;
    }

    private Reg index(Expr e) {
        Long lit = literal(e);
        if (lit != null) return f.i64(lit);
        return f.call("index.i64", f.expr.lower(e));
    }

    void lower(Stmt.For n) {
        List<Expr> args = ((Expr.Call) n.iter()).args();
        // range() converts its arguments in order before the loop starts, as CPython does.
        Reg start = args.size() == 1 ? f.i64(0) : index(args.get(0));
        Reg stop = index(args.size() == 1 ? args.get(0) : args.get(1));
        Long stepLit = args.size() == 3 ? literal(args.get(2)) : Long.valueOf(1);
        Reg step = args.size() == 3 ? index(args.get(2)) : f.i64(1);
        if (stepLit == null || stepLit == 0) f.call("range.check_step", step);
        int iSlot = f.freshTemp("$i", IrType.I64), stopSlot = f.freshTemp("$stop", IrType.I64), stepSlot = f.freshTemp("$step", IrType.I64);
        f.emit(new Op.StoreSlot(iSlot, start));
        f.emit(new Op.StoreSlot(stopSlot, stop));
        f.emit(new Op.StoreSlot(stepSlot, step));

        int head = f.b.newBlock(), body = f.b.newBlock(), inc = f.b.newBlock(IrType.I64), ovf = f.b.newBlock(),
            run = f.b.newBlock(), orelse = f.b.newBlock(), after = f.b.newBlock();
        f.jump(head);
        f.b.switchTo(head);
        f.line = n.lineno();
        Reg i = f.emit(new Op.LoadSlot(iSlot, IrType.I64));
        Reg end = f.emit(new Op.LoadSlot(stopSlot, IrType.I64));
        if (stepLit != null && stepLit != 0) {
            f.branch(f.emit(new Op.IntCompare(stepLit > 0 ? Op.CmpOp.LT : Op.CmpOp.GT, i, end)), body, orelse);
        } else {
            int up = f.b.newBlock(), down = f.b.newBlock();
            Reg st = f.emit(new Op.LoadSlot(stepSlot, IrType.I64));
            f.branch(f.emit(new Op.IntCompare(Op.CmpOp.GT, st, f.i64(0))), up, down);
            f.b.switchTo(up);
            f.branch(f.emit(new Op.IntCompare(Op.CmpOp.LT, i, end)), body, orelse);
            f.b.switchTo(down);
            f.branch(f.emit(new Op.IntCompare(Op.CmpOp.GT, i, end)), body, orelse);
        }

        // Advance before the body so `continue` is a plain jump to the head; an i64 overflow of the
        // counter means the next value is past stop, so the loop ends after this iteration.
        f.b.switchTo(body);
        Reg cur = f.emit(new Op.LoadSlot(iSlot, IrType.I64));
        Reg item = f.call("box.i64", cur);
        Reg st = f.emit(new Op.LoadSlot(stepSlot, IrType.I64));
        f.terminate(new Terminator.CheckedIntArith(Op.IntOp.ADD, cur, st, Edge.to(inc), Edge.to(ovf), f.line));
        f.b.switchTo(inc);
        f.emit(new Op.StoreSlot(iSlot, f.b.params(inc).get(0)));
        f.jump(run);
        f.b.switchTo(ovf);
        f.emit(new Op.StoreSlot(iSlot, f.emit(new Op.LoadSlot(stopSlot, IrType.I64))));
        f.jump(run);

        f.b.switchTo(run);
        f.expr.assign(n.target(), item);
        f.fblocks.add(new FunctionLowering.FBlock.Loop(after, head));
        f.stmt.lowerBody(n.body());
        f.fblocks.remove(f.fblocks.size() - 1);
        if (!f.b.terminated()) f.jump(head);
        f.b.switchTo(orelse);
        f.stmt.lowerBody(n.orelse());
        if (!f.b.terminated()) f.jump(after);
        f.b.switchTo(after);
    }
}
