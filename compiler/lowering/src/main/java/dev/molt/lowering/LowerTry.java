package dev.molt.lowering;

import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;

/**
 * try/except/else/finally. Exceptions reach a dispatch block through the handler of every op in
 * the body; the exception object lives in a temporary slot, and the "currently handled" exception
 * (for bare raise and __context__) is saved and restored around except clauses and finally bodies.
 * Early exits (return/break/continue) run finally bodies through FunctionLowering.unwind.
 */
final class LowerTry {
    private final FunctionLowering f;

    LowerTry(FunctionLowering f) { this.f = f; }

    private Reg load(int slot) { return f.emit(new Op.LoadSlot(slot, IrType.OBJ)); }

    private void store(int slot, Reg v) { f.emit(new Op.StoreSlot(slot, v)); }

    void lower(Stmt.Try n) {
        boolean hasFinally = !n.finalbody().isEmpty();
        int outer = f.handler;
        int after = f.b.newBlock();
        int finExc = hasFinally ? f.b.newBlock() : -1;
        int normalExit = hasFinally ? f.b.newBlock() : after;
        int inner = hasFinally ? finExc : outer;
        int dispatch = n.handlers().isEmpty() ? -1 : f.b.newBlock();
        if (hasFinally) f.fblocks.add(new FunctionLowering.FBlock.Finally(n.finalbody(), outer));

        f.handler = dispatch >= 0 ? dispatch : inner;
        f.stmt.lowerBody(n.body());
        f.handler = inner;
        if (!f.b.terminated()) {
            f.stmt.lowerBody(n.orelse());
            if (!f.b.terminated()) f.jump(normalExit);
        }
        if (dispatch >= 0) handlers(n, dispatch, inner, normalExit);
        if (hasFinally) {
            f.fblocks.remove(f.fblocks.size() - 1);
            f.handler = outer;
            exceptionalFinally(n, finExc, outer);
            f.b.switchTo(normalExit);
            f.line = n.finalbody().get(0).lineno();
            f.stmt.lowerBody(n.finalbody());
            if (!f.b.terminated()) f.jump(after);
        }
        f.handler = outer;
        f.b.switchTo(after);
    }

    private void handlers(Stmt.Try n, int dispatch, int inner, int normalExit) {
        int excSlot = f.freshTemp("$exc");
        int savedSlot = f.freshTemp("$handled");
        f.b.switchTo(dispatch);
        f.line = n.handlers().get(0).lineno();
        store(excSlot, f.call("err.fetch"));
        store(savedSlot, f.call("err.handled"));
        f.call("err.set_handled", load(excSlot));

        // An error while matching (e.g. `except 42:`) leaves the clause machinery like any raise in it.
        int matchCleanup = f.b.newBlock();
        for (ExceptHandler h : n.handlers()) {
            f.line = h.lineno();
            int body = f.b.newBlock(), next = f.b.newBlock();
            if (h.type() != null) {
                f.handler = matchCleanup;
                Reg spec = f.expr.lower(h.type());
                f.line = h.lineno();
                Reg m = f.call("exc.matches", load(excSlot), spec);
                f.branch(m, body, next);
            } else f.jump(body);
            f.handler = inner;

            f.b.switchTo(body);
            VarRef name = h.name() != null ? f.resolve(h.name()) : null;
            if (name != null) f.store(name, load(excSlot));
            int cleanup = f.b.newBlock();
            f.fblocks.add(new FunctionLowering.FBlock.Handler(savedSlot, name, inner));
            f.handler = cleanup;
            f.stmt.lowerBody(h.body());
            f.fblocks.remove(f.fblocks.size() - 1);
            f.handler = inner;
            if (!f.b.terminated()) {
                f.call("err.set_handled", load(savedSlot));
                if (name != null) f.clear(name);
                f.jump(normalExit);
            }
            // A raise inside the clause: restore the outer handled exception, unbind, propagate the new one.
            f.b.switchTo(cleanup);
            f.line = h.lineno();
            f.call("err.set_handled", load(savedSlot));
            if (name != null) f.clear(name);
            f.raise(null);

            f.b.switchTo(next);
        }
        // No clause matched: the exception continues outward.
        f.call("err.set_handled", load(savedSlot));
        f.call("err.restore", load(excSlot));
        f.raise(null);

        f.b.switchTo(matchCleanup);
        f.call("err.set_handled", load(savedSlot));
        f.raise(null);
    }

    private void exceptionalFinally(Stmt.Try n, int finExc, int outer) {
        int excSlot = f.freshTemp("$exc");
        int savedSlot = f.freshTemp("$handled");
        f.b.switchTo(finExc);
        f.line = n.finalbody().get(0).lineno();
        store(excSlot, f.call("err.fetch"));
        store(savedSlot, f.call("err.handled"));
        f.call("err.set_handled", load(excSlot));
        int cleanup = f.b.newBlock();
        f.fblocks.add(new FunctionLowering.FBlock.Handler(savedSlot, null, outer));
        f.handler = cleanup;
        f.stmt.lowerBody(n.finalbody());
        f.fblocks.remove(f.fblocks.size() - 1);
        f.handler = outer;
        if (!f.b.terminated()) {
            f.call("err.set_handled", load(savedSlot));
            f.call("err.restore", load(excSlot));
            f.raise(null);
        }
        f.b.switchTo(cleanup);
        f.call("err.set_handled", load(savedSlot));
        f.raise(null);
    }
}
