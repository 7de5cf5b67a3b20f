package dev.molt.lowering;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.FunctionBuilder;
import dev.molt.ir.Instr;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import dev.molt.lowering.scope.Binding;
import dev.molt.lowering.scope.Mangling;
import dev.molt.lowering.scope.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of lowering one function (or the module body): builder, variables, handlers, loop and finally nesting. */
final class FunctionLowering {
    final ModuleLowering mod;
    final Scope scope;
    final FunctionBuilder b;
    final LowerExpressions expr;
    final LowerStatements stmt;
    /** Innermost first: comprehension environments shadow the function's own. */
    final Deque<Map<String, VarRef>> envs = new ArrayDeque<>();
    final List<FBlock> fblocks = new ArrayList<>();
    /** Block receiving exceptions raised by the code being emitted, or -1 to propagate. */
    int handler = Instr.PROPAGATE;
    int line;
    /** In a class body: the slot holding the namespace dict. */
    int classNsSlot = -1;
    /** Qualified name, the prefix of nested functions' qualnames. */
    String qualname = "<module>";
    private final Map<String, Integer> temps = new HashMap<>();
    /** Float facts (decision 0042); set by LowerFunction for function bodies, else expression facts only. */
    private FloatTypes types;
    /** Storage of the float variables, or null (no float variables: module, class, generator, lambda). */
    FloatLocals floats;

    /** What must happen when control leaves a construct early (return, break, continue). */
    sealed interface FBlock {
        record Loop(int breakTarget, int continueTarget) implements FBlock {}

        record Finally(List<Stmt> body, int outerHandler) implements FBlock {}

        /** Inside an except clause: restore the previously handled exception and unbind the name. */
        record Handler(int savedHandledSlot, VarRef name, int outerHandler) implements FBlock {}

        /** Inside a with body: leaving early calls __exit__(None, None, None). */
        record WithExit(int exitSlot, int outerHandler) implements FBlock {}
    }

    FunctionLowering(ModuleLowering mod, Scope scope, FunctionBuilder b) {
        this.mod = mod;
        this.scope = scope;
        this.b = b;
        this.expr = new LowerExpressions(this);
        this.stmt = new LowerStatements(this);
        envs.push(new HashMap<>());
    }

    // ------------------------------------------------------------------ emitting

    Reg emit(Op op) {
        return b.emit(op, line, op.errorKind().canFail() ? handler : Instr.PROPAGATE);
    }

    Reg call(String builtin, Reg... args) { return emit(new Op.CallC(builtin, null, List.of(args))); }

    Reg call(String builtin, List<Reg> args) { return emit(new Op.CallC(builtin, null, args)); }

    Reg callText(String builtin, String text, Reg... args) { return emit(new Op.CallC(builtin, text, List.of(args))); }

    Reg constant(ConstValue v) { return emit(new Op.LoadConst(v)); }

    Reg str(String s) { return constant(new ConstValue.Str(s)); }

    Reg none() { return constant(ConstValue.NONE); }

    Reg nul() { return emit(new Op.Null()); }

    Reg i64(long v) { return emit(new Op.ConstI64(v)); }

    void terminate(Terminator t) { b.terminate(t); }

    void jump(int block, Reg... args) { b.terminate(new Terminator.Jump(new dev.molt.ir.Edge(block, List.of(args)), line)); }

    void branch(Reg cond, int ifTrue, int ifFalse) {
        b.terminate(new Terminator.Branch(cond, dev.molt.ir.Edge.to(ifTrue), dev.molt.ir.Edge.to(ifFalse), line));
    }

    void raise(String builtin, Reg... args) { b.terminate(new Terminator.Raise(builtin, List.of(args), handler, line)); }

    /** A compiler temporary slot, one per name (reused: temporaries of sibling constructs never overlap in time). */
    int temp(String name) {
        return temps.computeIfAbsent(name, n -> b.addSlot(n, IrType.OBJ, Slot.Kind.TEMP));
    }

    /** A fresh temporary slot for constructs that can nest (loops, try statements). */
    int freshTemp(String base) {
        return freshTemp(base, IrType.OBJ);
    }

    int freshTemp(String base, IrType type) {
        int n = 0;
        while (temps.containsKey(base + n)) n++;
        int slot = b.addSlot(base + n, type, Slot.Kind.TEMP);
        temps.put(base + n, slot);
        return slot;
    }

    // ------------------------------------------------------------------ variables

    String mangle(String name) { return Mangling.mangle(privateName(), name); }

    private String privateName() {
        for (Scope s = scope; s != null; s = s.parent()) if (s.kind() == Scope.Kind.CLASS) return s.name();
        return null;
    }

    VarRef resolve(String rawName) {
        String name = mangle(rawName);
        for (Map<String, VarRef> env : envs) {
            VarRef r = env.get(name);
            if (r != null) return r;
        }
        if (scope.kind() == Scope.Kind.MODULE) return new VarRef.Global(name);
        Binding bnd = scope.binding(name);
        if (bnd == Binding.GLOBAL_EXPLICIT) return new VarRef.Global(name);
        if (scope.kind() == Scope.Kind.CLASS) return new VarRef.ClassName(classNsSlot, name);
        if (bnd == Binding.GLOBAL_IMPLICIT) return new VarRef.Global(name);
        throw new IllegalStateException("no slot for " + name + " in " + scope);
    }

    FloatTypes types() {
        if (types == null) types = FloatTypes.expressionsOnly(this);
        return types;
    }

    /** Uses the inferred float facts of a function body and sets up its float variables' slots. */
    void useFloatTypes(FloatTypes inferred) {
        types = inferred;
        floats = FloatLocals.setUp(this, inferred);
    }

    private FloatLocals.Slots floatSlots(VarRef v) { return floats == null ? null : floats.slots(v); }

    Reg load(VarRef v) {
        if (floatSlots(v) != null) return floats.loadObj(floatSlots(v));
        if (v instanceof VarRef.Local l) {
            Reg r = emit(new Op.LoadSlot(l.slot(), IrType.OBJ));
            return l.alwaysBound() ? r : callText("local.check", l.name(), r);
        }
        if (v instanceof VarRef.Cell c) {
            Reg cell = emit(new Op.LoadSlot(c.slot(), IrType.OBJ));
            return callText(c.free() ? "cell.get" : "cell.get_local", c.name(), cell);
        }
        if (v instanceof VarRef.ClassName c)
            return call("class.load_name", emit(new Op.LoadSlot(c.nsSlot(), IrType.OBJ)), emit(new Op.Globals()), str(c.name()));
        VarRef.Global g = (VarRef.Global) v;
        return call("global.load", emit(new Op.Globals()), str(g.name()));
    }

    void store(VarRef v, Reg value) {
        if (floatSlots(v) != null) floats.storeObj(floatSlots(v), value);
        else if (v instanceof VarRef.Local l) emit(new Op.StoreSlot(l.slot(), value));
        else if (v instanceof VarRef.Cell c) call("cell.set", emit(new Op.LoadSlot(c.slot(), IrType.OBJ)), value);
        else if (v instanceof VarRef.ClassName c) call("dict.setitem", emit(new Op.LoadSlot(c.nsSlot(), IrType.OBJ)), str(c.name()), value);
        else call("global.store", emit(new Op.Globals()), str(((VarRef.Global) v).name()), value);
    }

    void delete(VarRef v) {
        if (floatSlots(v) != null) floats.delete(floatSlots(v));
        else if (v instanceof VarRef.Local l) {
            callText("local.check", l.name(), emit(new Op.LoadSlot(l.slot(), IrType.OBJ)));
            emit(new Op.StoreSlot(l.slot(), nul()));
        } else if (v instanceof VarRef.Cell c) {
            Reg cell = emit(new Op.LoadSlot(c.slot(), IrType.OBJ));
            callText(c.free() ? "cell.get" : "cell.get_local", c.name(), cell);
            call("cell.set", cell, nul());
        } else if (v instanceof VarRef.ClassName c) call("class.delete_name", emit(new Op.LoadSlot(c.nsSlot(), IrType.OBJ)), str(c.name()));
        else call("global.delete", emit(new Op.Globals()), str(((VarRef.Global) v).name()));
    }

    /** Unbinds without checking (cleanup of an except clause's name). */
    void clear(VarRef v) {
        if (floatSlots(v) != null) floats.storeObj(floatSlots(v), nul());
        else if (v instanceof VarRef.Local l) emit(new Op.StoreSlot(l.slot(), nul()));
        else if (v instanceof VarRef.Cell c) call("cell.set", emit(new Op.LoadSlot(c.slot(), IrType.OBJ)), nul());
        else if (v instanceof VarRef.ClassName c) {
            Reg ns = emit(new Op.LoadSlot(c.nsSlot(), IrType.OBJ));
            call("dict.setitem", ns, str(c.name()), none());
            call("class.delete_name", ns, str(c.name()));
        } else {
            // `del` of a global that may already be gone must not raise here: store then delete.
            VarRef.Global g = (VarRef.Global) v;
            Reg globals = emit(new Op.Globals());
            call("global.store", globals, str(g.name()), none());
            call("global.delete", globals, str(g.name()));
        }
    }

    // ------------------------------------------------------------------ leaving constructs early

    /** Emits the exit actions of fblocks[from..top] (innermost first), as return/break/continue need. */
    void unwind(int downTo) {
        List<FBlock> saved = new ArrayList<>(fblocks);
        int savedHandler = handler;
        for (int i = saved.size() - 1; i >= downTo; i--) {
            FBlock f = saved.get(i);
            while (fblocks.size() > i) fblocks.remove(fblocks.size() - 1);
            if (f instanceof FBlock.Finally fin) {
                handler = fin.outerHandler();
                stmt.lowerBody(fin.body());
            } else if (f instanceof FBlock.Handler h) {
                handler = h.outerHandler();
                call("err.set_handled", emit(new Op.LoadSlot(h.savedHandledSlot(), IrType.OBJ)));
                if (h.name() != null) clear(h.name());
            } else if (f instanceof FBlock.WithExit w) {
                handler = w.outerHandler();
                Reg none = none();
                call("call", emit(new Op.LoadSlot(w.exitSlot(), IrType.OBJ)), nul(), none, none, none);
            }
            if (b.terminated()) break;
        }
        fblocks.clear();
        fblocks.addAll(saved);
        handler = savedHandler;
    }

    int innermostLoop() {
        for (int i = fblocks.size() - 1; i >= 0; i--) if (fblocks.get(i) instanceof FBlock.Loop) return i;
        return -1;
    }

    Unsupported unsupported(String feature, Located at) { return new Unsupported(feature, at); }

    static boolean isParamNeverDeleted(String name, Set<String> deleted) { return !deleted.contains(name); }
}
