package dev.molt.lowering;

import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;
import java.util.List;

/** Statements to IR (CPython's compiler_visit_stmt). Control flow and exceptions live here. */
final class LowerStatements implements Stmt.Visitor<Void> {
    private final FunctionLowering f;

    LowerStatements(FunctionLowering f) { this.f = f; }

    /** Lowers a statement list; an unsupported statement becomes a diagnostic and lowering goes on. */
    void lowerBody(List<Stmt> body) {
        for (Stmt s : body) {
            if (f.b.terminated()) return; // the rest is dead code (after return/raise/break/continue)
            f.line = s.lineno();
            try {
                s.accept(this);
            } catch (Unsupported u) {
                f.mod.unsupported(u);
            }
        }
    }

    private Reg value(Expr e) { return f.expr.lower(e); }

    // ------------------------------------------------------------------ simple statements

    public Void visitExpr(Stmt.Expr n) { value(n.value()); return null; }

    public Void visitPass(Stmt.Pass n) { return null; }

    public Void visitGlobal(Stmt.Global n) { return null; }

    public Void visitNonlocal(Stmt.Nonlocal n) { return null; }

    public Void visitAssign(Stmt.Assign n) {
        if (n.targets().size() == 1 && new FloatAssignments(f).assign(n.targets().get(0), n.value())) return null;
        Reg v = value(n.value());
        for (Expr t : n.targets()) f.expr.assign(t, v);
        return null;
    }

    public Void visitAugAssign(Stmt.AugAssign n) {
        if (new FloatAssignments(f).augAssign(n)) return null;
        String op = "inplace." + dev.molt.ir.Builtins.BINOPS.get(n.op().ordinal());
        Expr t = n.target();
        if (t instanceof Expr.Name name) {
            VarRef ref = f.resolve(name.id());
            Reg old = f.load(ref);
            Reg v = value(n.value());
            String bin = dev.molt.ir.Builtins.BINOPS.get(n.op().ordinal());
            // Ints are immutable, so the in-place operator is the plain one on the fast path.
            Reg r = IntFastPaths.arithOp(bin) != null && IntFastPaths.mayBeInt(n.value())
                ? new IntFastPaths(f).arith(IntFastPaths.arithOp(bin), op, old, v)
                : f.call(op, old, v);
            f.line = n.lineno();
            f.store(ref, r);
        } else if (t instanceof Expr.Attribute a) {
            Reg obj = value(a.value());
            Reg attr = f.str(f.mangle(a.attr()));
            Reg old = f.call("getattr", obj, attr);
            Reg r = f.call(op, old, value(n.value()));
            f.call("setattr", obj, attr, r);
        } else if (t instanceof Expr.Subscript s) {
            Reg obj = value(s.value());
            Reg key = value(s.slice());
            Reg old = f.call("getitem", obj, key);
            Reg r = f.call(op, old, value(n.value()));
            f.call("setitem", obj, key, r);
        } else throw f.unsupported("augmented assignment to " + t.getClass().getSimpleName(), n);
        return null;
    }

    public Void visitAnnAssign(Stmt.AnnAssign n) {
        // Annotations are not evaluated for locals and Molt keeps no __annotations__ (decision 0032).
        if (n.value() != null && !new FloatAssignments(f).assign(n.target(), n.value())) f.expr.assign(n.target(), value(n.value()));
        return null;
    }

    public Void visitDelete(Stmt.Delete n) {
        for (Expr t : n.targets()) f.expr.delete(t);
        return null;
    }

    public Void visitReturn(Stmt.Return n) {
        Reg v = n.value() != null ? value(n.value()) : f.none();
        if (hasExitActions(0)) {
            // The value must survive the finally bodies run on the way out.
            int slot = f.temp("$return");
            f.emit(new Op.StoreSlot(slot, v));
            f.line = n.lineno();
            f.unwind(0);
            if (f.b.terminated()) return null;
            v = f.emit(new Op.LoadSlot(slot, IrType.OBJ));
        }
        f.terminate(new Terminator.Return(v, n.lineno()));
        return null;
    }

    private boolean hasExitActions(int from) {
        for (int i = from; i < f.fblocks.size(); i++) if (!(f.fblocks.get(i) instanceof FunctionLowering.FBlock.Loop)) return true;
        return false;
    }

    public Void visitBreak(Stmt.Break n) {
        int i = f.innermostLoop();
        f.unwind(i + 1);
        if (!f.b.terminated()) f.jump(((FunctionLowering.FBlock.Loop) f.fblocks.get(i)).breakTarget());
        return null;
    }

    public Void visitContinue(Stmt.Continue n) {
        int i = f.innermostLoop();
        f.unwind(i + 1);
        if (!f.b.terminated()) f.jump(((FunctionLowering.FBlock.Loop) f.fblocks.get(i)).continueTarget());
        return null;
    }

    public Void visitRaise(Stmt.Raise n) {
        if (n.exc() == null) f.raise("reraise");
        else {
            Reg exc = value(n.exc());
            if (n.cause() != null) {
                Reg cause = value(n.cause());
                f.line = n.lineno();
                f.raise("raise_from", exc, cause);
            } else {
                f.line = n.lineno();
                f.raise("raise", exc);
            }
        }
        return null;
    }

    public Void visitAssert(Stmt.Assert n) {
        Reg ok = f.expr.condition(n.test());
        int fail = f.b.newBlock(), after = f.b.newBlock();
        f.branch(ok, after, fail);
        f.b.switchTo(fail);
        Reg msg = n.msg() != null ? value(n.msg()) : f.nul();
        f.line = n.lineno();
        f.raise("assert_fail", msg);
        f.b.switchTo(after);
        return null;
    }

    // ------------------------------------------------------------------ compound statements

    public Void visitIf(Stmt.If n) {
        Reg c = f.expr.condition(n.test());
        int then = f.b.newBlock(), orelse = f.b.newBlock(), after = n.orelse().isEmpty() ? orelse : f.b.newBlock();
        f.branch(c, then, orelse);
        f.b.switchTo(then);
        lowerBody(n.body());
        if (!f.b.terminated()) f.jump(after);
        if (!n.orelse().isEmpty()) {
            f.b.switchTo(orelse);
            lowerBody(n.orelse());
            if (!f.b.terminated()) f.jump(after);
        }
        f.b.switchTo(after);
        return null;
    }

    public Void visitWhile(Stmt.While n) {
        int head = f.b.newBlock(), body = f.b.newBlock(), orelse = f.b.newBlock(), after = f.b.newBlock();
        f.jump(head);
        f.b.switchTo(head);
        f.line = n.lineno();
        Reg c = f.expr.condition(n.test());
        f.branch(c, body, orelse);
        f.b.switchTo(body);
        f.fblocks.add(new FunctionLowering.FBlock.Loop(after, head));
        lowerBody(n.body());
        f.fblocks.remove(f.fblocks.size() - 1);
        if (!f.b.terminated()) f.jump(head);
        f.b.switchTo(orelse);
        lowerBody(n.orelse());
        if (!f.b.terminated()) f.jump(after);
        f.b.switchTo(after);
        return null;
    }

    public Void visitFor(Stmt.For n) {
        if (RangeLoop.applies(f, n)) {
            new RangeLoop(f).lower(n);
            return null;
        }
        int itSlot = f.freshTemp("$iter");
        f.emit(new Op.StoreSlot(itSlot, f.call("iter", value(n.iter()))));
        int head = f.b.newBlock(), body = f.b.newBlock(), orelse = f.b.newBlock(), after = f.b.newBlock();
        f.jump(head);
        f.b.switchTo(head);
        f.line = n.lineno();
        Reg item = f.call("next", f.emit(new Op.LoadSlot(itSlot, IrType.OBJ)));
        f.branch(f.emit(new Op.IsNull(item)), orelse, body);
        f.b.switchTo(body);
        f.expr.assign(n.target(), item);
        f.fblocks.add(new FunctionLowering.FBlock.Loop(after, head));
        lowerBody(n.body());
        f.fblocks.remove(f.fblocks.size() - 1);
        if (!f.b.terminated()) f.jump(head);
        f.b.switchTo(orelse);
        f.emit(new Op.StoreSlot(itSlot, f.nul()));
        lowerBody(n.orelse());
        if (!f.b.terminated()) f.jump(after);
        f.b.switchTo(after);
        return null;
    }

    public Void visitTry(Stmt.Try n) {
        new LowerTry(f).lower(n);
        return null;
    }

    public Void visitFunctionDef(Stmt.FunctionDef n) {
        Reg fn = new LowerFunction(f).define(n, n.name(), n.args(), n.decoratorList(), n.body(), null);
        f.store(f.resolve(n.name()), fn);
        return null;
    }

    // ------------------------------------------------------------------ not yet supported

    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) { throw f.unsupported("async functions", n); }

    public Void visitClassDef(Stmt.ClassDef n) {
        Reg cls = new LowerClass(f).define(n);
        f.store(f.resolve(n.name()), cls);
        return null;
    }

    public Void visitTypeAlias(Stmt.TypeAlias n) { throw f.unsupported("type aliases", n); }

    public Void visitAsyncFor(Stmt.AsyncFor n) { throw f.unsupported("async for", n); }

    public Void visitWith(Stmt.With n) {
        new LowerWith(f).lower(n, 0);
        return null;
    }

    public Void visitAsyncWith(Stmt.AsyncWith n) { throw f.unsupported("async with", n); }

    public Void visitMatch(Stmt.Match n) { throw f.unsupported("match statements", n); }

    public Void visitTryStar(Stmt.TryStar n) { throw f.unsupported("try/except*", n); }

    /** import a.b.c binds a (after importing a.b.c); import a.b.c as d binds the submodule itself. */
    public Void visitImport(Stmt.Import n) {
        for (dev.molt.frontend.ast.Alias a : n.names()) {
            f.line = a.lineno();
            Reg m = f.call("import", f.str(a.name()));
            if (a.asname() != null) f.store(f.resolve(a.asname()), m);
            else {
                String top = a.name().split("\\.", 2)[0];
                f.store(f.resolve(top), top.equals(a.name()) ? m : f.call("import", f.str(top)));
            }
        }
        return null;
    }

    public Void visitImportFrom(Stmt.ImportFrom n) {
        String pkg = f.mod.options.packageName();
        String module = ImportNames.resolve(pkg, n.level() == null ? 0 : n.level(), n.module());
        if (module == null) throw f.unsupported("relative import (" + ImportNames.unresolved(pkg) + ")", n);
        if (n.names().size() == 1 && n.names().get(0).name().equals("*")) throw f.unsupported("from ... import *", n);
        int slot = f.temp("$module");
        f.emit(new Op.StoreSlot(slot, f.call("import", f.str(module))));
        for (dev.molt.frontend.ast.Alias a : n.names()) {
            f.line = a.lineno();
            Reg v = f.call("import.from", f.emit(new Op.LoadSlot(slot, IrType.OBJ)), f.str(a.name()));
            f.store(f.resolve(a.asname() != null ? a.asname() : a.name()), v);
        }
        f.emit(new Op.StoreSlot(slot, f.nul()));
        return null;
    }

    static boolean handlersCatchAll(List<ExceptHandler> hs) {
        return !hs.isEmpty() && hs.get(hs.size() - 1).type() == null;
    }
}
