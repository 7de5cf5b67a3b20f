package dev.molt.lowering;

import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.Builtins;
import dev.molt.ir.Reg;

/**
 * Assignments on the unboxed float paths (decision 0042): a likely float assigned to a float variable
 * is stored without boxing, and {@code x op= v} / {@code a[i] op= v} / {@code o.x op= v} with a likely
 * float run the float arithmetic (floats are immutable, so the in-place operator is the plain one;
 * the generic fallback still calls the in-place row). Each method returns false when it does not
 * apply, and the caller lowers the statement as usual.
 */
final class FloatAssignments {
    private final FunctionLowering f;
    private final FloatPaths fp;

    FloatAssignments(FunctionLowering f) {
        this.f = f;
        this.fp = new FloatPaths(f);
    }

    /** target = value for a single name target. */
    boolean assign(Expr target, Expr value) {
        if (!(target instanceof Expr.Name name) || f.floats == null) return false;
        FloatLocals.Slots s = f.floats.slots(f.resolve(name.id()));
        boolean arith = FloatTypes.floatArith(value);
        // Only values that are new floats: `y = x` goes the generic way, which boxes x once and
        // shares the box, so `y is x` stays true as in CPython.
        boolean fresh = arith || value instanceof Expr.UnaryOp || value instanceof Expr.Constant;
        if (s == null || !fresh || !(arith || f.types().likely(value))) return false;
        FloatPaths.Dual d = fp.lower(value, arith);
        f.line = target.lineno();
        f.floats.store(s, d);
        return true;
    }

    boolean augAssign(Stmt.AugAssign n) {
        String op = Builtins.BINOPS.get(n.op().ordinal());
        if (!FloatTypes.FLOAT_OPS.contains(op)) return false;
        String generic = "inplace." + op;
        Expr t = n.target();
        if (t instanceof Expr.Name name) {
            VarRef ref = f.resolve(name.id());
            FloatLocals.Slots s = f.floats == null ? null : f.floats.slots(ref);
            if (s == null && !f.types().likely(n.value())) return false;
            FloatPaths.Dual old = s != null ? f.floats.load(s) : fp.of(f.load(ref));
            FloatPaths.Dual v = fp.lower(n.value());
            f.line = n.lineno();
            FloatPaths.Dual r = fp.arith(op, generic, old, v);
            if (s != null) f.floats.store(s, r);
            else f.store(ref, fp.toObj(r));
            return true;
        }
        if (!f.types().likely(n.value())) return false;
        if (t instanceof Expr.Subscript sub) {
            Reg obj = f.expr.lower(sub.value());
            Reg key = f.expr.lower(sub.slice());
            Reg old = f.call("getitem", obj, key);
            FloatPaths.Dual r = fp.arith(op, generic, fp.of(old), fp.lower(n.value()));
            f.call("setitem", obj, key, fp.toObj(r));
            return true;
        }
        if (t instanceof Expr.Attribute a) {
            Reg obj = f.expr.lower(a.value());
            Reg attr = f.str(f.mangle(a.attr()));
            Reg old = f.call("getattr", obj, attr);
            FloatPaths.Dual r = fp.arith(op, generic, fp.of(old), fp.lower(n.value()));
            f.call("setattr", obj, attr, fp.toObj(r));
            return true;
        }
        return false;
    }
}
