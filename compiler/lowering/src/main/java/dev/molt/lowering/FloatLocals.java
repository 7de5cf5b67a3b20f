package dev.molt.lowering;

import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Storage of the float variables FloatTypes picked (decision 0042). Each keeps its ordinary object
 * slot plus an f64 slot and a flag: a float computed on an unboxed path is stored as (MOLT_ERR, true,
 * value) and boxed only when generic code loads the variable, which caches the box in the object
 * slot (so {@code y = x; y is x} holds as in CPython). Any other value is stored as an object with
 * the flag false, so a wrong guess costs only the flag test. The invariant is {@link FloatPaths.Dual}'s:
 * object slot MOLT_ERR and flag false means unbound. LLVM promotes the f64 slot and the flag to
 * registers; the object slot stays a GC root.
 */
final class FloatLocals {
    /** The three slots of one float variable; obj is the variable's ordinary slot. */
    record Slots(int obj, int f64, int unboxed, String name, boolean alwaysBound) {}

    private final FunctionLowering f;
    private final Map<Integer, Slots> byObjSlot = new LinkedHashMap<>();

    private FloatLocals(FunctionLowering f) { this.f = f; }

    /** Adds the slots of every float variable and clears the flags at function entry. */
    static FloatLocals setUp(FunctionLowering f, FloatTypes types) {
        FloatLocals out = new FloatLocals(f);
        for (String name : types.vars()) {
            VarRef.Local l = (VarRef.Local) f.resolve(name);
            int f64 = f.b.addSlot(name + "$f64", IrType.F64, Slot.Kind.TEMP);
            int flag = f.b.addSlot(name + "$unboxed", IrType.BOOL, Slot.Kind.TEMP);
            f.emit(new Op.StoreSlot(flag, f.emit(new Op.ConstBool(false))));
            f.emit(new Op.StoreSlot(f64, f.emit(new Op.ConstF64(0.0))));
            out.byObjSlot.put(l.slot(), new Slots(l.slot(), f64, flag, l.name(), l.alwaysBound()));
        }
        return out;
    }

    /** The slots of v if it is a float variable, else null. */
    Slots slots(VarRef v) { return v instanceof VarRef.Local l ? byObjSlot.get(l.slot()) : null; }

    /** The variable as a Dual; UnboundLocalError if it is unbound. */
    FloatPaths.Dual load(Slots s) {
        Reg obj = f.emit(new Op.LoadSlot(s.obj(), IrType.OBJ));
        Reg flag = f.emit(new Op.LoadSlot(s.unboxed(), IrType.BOOL));
        Reg value = f.emit(new Op.LoadSlot(s.f64(), IrType.F64));
        if (!s.alwaysBound()) {
            int bound = f.b.newBlock(), noObj = f.b.newBlock(), unbound = f.b.newBlock();
            f.branch(f.emit(new Op.IsNull(obj)), noObj, bound);
            f.b.switchTo(noObj);
            f.branch(flag, bound, unbound);
            f.b.switchTo(unbound);
            // A literal MOLT_ERR operand: RedundantBoundChecks must never drop this check.
            f.callText("local.check", s.name(), f.nul());
            f.terminate(new Terminator.Unreachable(f.line));
            f.b.switchTo(bound);
        }
        return new FloatPaths.Dual(obj, flag, value, null, false);
    }

    /** The variable as an object for generic code: boxes an unboxed float once and keeps the box. */
    Reg loadObj(Slots s) {
        FloatPaths.Dual d = load(s);
        int box = f.b.newBlock(), join = f.b.newBlock(IrType.OBJ);
        int have = f.b.newBlock();
        f.branch(f.emit(new Op.IsNull(d.obj())), box, have);
        f.b.switchTo(have);
        f.jump(join, d.obj());
        f.b.switchTo(box);
        Reg boxed = f.call("box.f64", d.f64());
        f.emit(new Op.StoreSlot(s.obj(), boxed));
        f.jump(join, boxed);
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    void store(Slots s, FloatPaths.Dual d) {
        f.emit(new Op.StoreSlot(s.obj(), d.obj()));
        f.emit(new Op.StoreSlot(s.unboxed(), d.unboxed()));
        f.emit(new Op.StoreSlot(s.f64(), d.f64()));
    }

    void storeObj(Slots s, Reg obj) {
        f.emit(new Op.StoreSlot(s.obj(), obj));
        f.emit(new Op.StoreSlot(s.unboxed(), f.emit(new Op.ConstBool(false))));
    }

    /** del x: UnboundLocalError if unbound, then unbinds. */
    void delete(Slots s) {
        load(s);
        storeObj(s, f.nul());
    }
}
