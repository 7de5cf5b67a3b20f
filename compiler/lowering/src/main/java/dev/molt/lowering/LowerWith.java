package dev.molt.lowering;

import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Withitem;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;

/**
 * with statements (PEP 343): __exit__ is fetched before __enter__ is called; an exception in the
 * body calls __exit__(type, exc, None) and is suppressed when that returns a true value; any other
 * exit calls __exit__(None, None, None). Several items nest like nested with statements.
 */
final class LowerWith {
    private final FunctionLowering f;

    LowerWith(FunctionLowering f) { this.f = f; }

    private Reg load(int slot) { return f.emit(new Op.LoadSlot(slot, IrType.OBJ)); }

    void lower(Stmt.With n, int item) {
        Withitem w = n.items().get(item);
        Reg mgr = f.expr.lower(w.contextExpr());
        f.line = n.lineno();
        int exitSlot = f.freshTemp("$exit");
        f.emit(new Op.StoreSlot(exitSlot, f.call("with.exit", mgr)));
        Reg value = f.call("with.enter", mgr);
        int outer = f.handler;
        int onError = f.b.newBlock(), after = f.b.newBlock();
        f.handler = onError;
        f.fblocks.add(new FunctionLowering.FBlock.WithExit(exitSlot, outer));
        if (w.optionalVars() != null) f.expr.assign(w.optionalVars(), value);
        if (item + 1 < n.items().size()) lower(n, item + 1);
        else f.stmt.lowerBody(n.body());
        f.fblocks.remove(f.fblocks.size() - 1);
        f.handler = outer;
        if (!f.b.terminated()) {
            f.line = n.lineno();
            Reg none = f.none();
            f.call("call", load(exitSlot), f.nul(), none, none, none);
            f.jump(after);
        }

        // The body raised: let __exit__ see it, with the exception as the one being handled.
        f.b.switchTo(onError);
        f.line = n.lineno();
        int excSlot = f.freshTemp("$exc"), savedSlot = f.freshTemp("$handled");
        f.emit(new Op.StoreSlot(excSlot, f.call("err.fetch")));
        f.emit(new Op.StoreSlot(savedSlot, f.call("err.handled")));
        f.call("err.set_handled", load(excSlot));
        int cleanup = f.b.newBlock(), suppress = f.b.newBlock(), reraise = f.b.newBlock();
        f.handler = cleanup;
        Reg exc = load(excSlot);
        Reg type = f.call("getattr", exc, f.str("__class__"));
        Reg r = f.call("call", load(exitSlot), f.nul(), type, exc, f.none());
        f.branch(f.call("truthy", r), suppress, reraise);
        f.handler = outer;
        f.b.switchTo(suppress);
        f.call("err.set_handled", load(savedSlot));
        f.jump(after);
        f.b.switchTo(reraise);
        f.call("err.set_handled", load(savedSlot));
        f.call("err.restore", load(excSlot));
        f.raise(null);
        f.b.switchTo(cleanup);
        f.call("err.set_handled", load(savedSlot));
        f.raise(null);
        f.b.switchTo(after);
    }
}
