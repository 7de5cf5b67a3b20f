package dev.molt.lowering;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Unaryop;
import dev.molt.ir.Builtins;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import java.util.List;

/**
 * Unboxed float paths (decision 0042). Where FloatTypes says an expression is likely a float, its
 * operands are tested at run time (float, or a small int converted as CPython converts it) and the
 * arithmetic runs on f64 registers; intermediate results of nested expressions are never boxed. Any
 * other operand (big int, str, user type, ...) and any case whose error or result CPython computes
 * differently (division by zero, an int too wide for an exact comparison) take the generic runtime
 * call, with the int fast path (0033) in front of it for add/sub/mul and comparisons.
 */
final class FloatPaths {
    /** 2^53: every int of at most this magnitude converts to a double exactly. */
    private static final long EXACT = 1L << 53;

    /**
     * A value that may be held unboxed. obj is the value when it is not MOLT_ERR (and then, if
     * unboxed is true, f64 is its float value); obj MOLT_ERR means the value is the float f64
     * (unboxed is then true). known is the static value of unboxed, or null; hasObj says obj is
     * statically not MOLT_ERR.
     */
    record Dual(Reg obj, Reg unboxed, Reg f64, Boolean known, boolean hasObj) {}

    private final FunctionLowering f;

    FloatPaths(FunctionLowering f) { this.f = f; }

    /** True if the binary operation gets a float path. */
    boolean applies(Expr.BinOp n) {
        return FloatTypes.FLOAT_OPS.contains(Builtins.BINOPS.get(n.op().ordinal())) && f.types().likely(n);
    }

    /** True if a comparison of these operands gets a float path. */
    boolean applies(Expr a, Expr b) { return f.types().likely(a) || f.types().likely(b); }

    /** A Dual for an object produced by generic code. */
    Dual of(Reg obj) {
        return new Dual(obj, f.emit(new Op.ConstBool(false)), f.emit(new Op.ConstF64(0.0)), Boolean.FALSE, true);
    }

    /** e as a Dual: float variables and float arithmetic without boxing, anything else as an object. */
    Dual lower(Expr e) { return lower(e, false); }

    /** The same; with arith set, arithmetic of the top node takes the float path even if not likely. */
    Dual lower(Expr e, boolean arith) {
        int saved = f.line;
        f.line = e.lineno();
        try {
            if (e instanceof Expr.Constant c && c.value() instanceof ConstValue.Float x)
                return new Dual(f.constant(x), f.emit(new Op.ConstBool(true)), f.emit(new Op.ConstF64(x.value())), Boolean.TRUE, true);
            if (e instanceof Expr.Name n && f.floats != null) {
                FloatLocals.Slots s = f.floats.slots(f.resolve(n.id()));
                if (s != null) return f.floats.load(s);
            }
            if (e instanceof Expr.BinOp b && (applies(b) || arith && FloatTypes.floatArith(b))) {
                String op = Builtins.BINOPS.get(b.op().ordinal());
                Dual left = lower(b.left());
                Dual right = lower(b.right());
                f.line = e.lineno();
                return arith(op, "binop." + op, left, right);
            }
            if (e instanceof Expr.UnaryOp u && u.op() == Unaryop.USub && f.types().likely(u.operand())) return negate(lower(u.operand()));
            return of(f.expr.lower(e));
        } finally {
            f.line = saved;
        }
    }

    /** The value as an object: an unboxed float is boxed here, where it escapes. */
    Reg toObj(Dual d) {
        if (d.hasObj()) return d.obj();
        int box = f.b.newBlock(), have = f.b.newBlock(), join = f.b.newBlock(IrType.OBJ);
        f.branch(f.emit(new Op.IsNull(d.obj())), box, have);
        f.b.switchTo(box);
        f.jump(join, f.call("box.f64", d.f64()));
        f.b.switchTo(have);
        f.jump(join, d.obj());
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    /**
     * Jumps to asFloat (one F64 parameter) when d is a float, to asInt (one I64 parameter) when it is
     * a small int and asInt is not -1, else to other.
     */
    private void unbox(Dual d, int asFloat, int asInt, int other) {
        if (Boolean.TRUE.equals(d.known())) {
            f.jump(asFloat, d.f64());
            return;
        }
        if (d.known() == null) {
            int unboxed = f.b.newBlock(), boxed = f.b.newBlock();
            f.branch(d.unboxed(), unboxed, boxed);
            f.b.switchTo(unboxed);
            f.jump(asFloat, d.f64());
            f.b.switchTo(boxed);
        }
        // obj is a value here: MOLT_ERR only ever comes with unboxed true.
        int isFloat = f.b.newBlock(), notFloat = f.b.newBlock();
        f.branch(f.call("float.is", d.obj()), isFloat, notFloat);
        f.b.switchTo(isFloat);
        f.jump(asFloat, f.call("float.value", d.obj()));
        f.b.switchTo(notFloat);
        if (asInt < 0) {
            f.jump(other);
            return;
        }
        int small = f.b.newBlock();
        f.branch(f.emit(new Op.IsSmallInt(d.obj())), small, other);
        f.b.switchTo(small);
        f.jump(asInt, f.emit(new Op.UntagInt(d.obj())));
    }

    private Reg param(int block) { return f.b.params(block).get(0); }

    private Reg toF64(Reg i64) { return f.emit(new Op.IntToFloat(i64)); }

    /**
     * a op b where at least one is a float: CPython converts the int operand to float (int.__op__
     * returns NotImplemented, float's reflected method converts), so the int side may be any small int.
     * Two ints, or anything else, take the generic path.
     */
    Dual arith(String op, String generic, Dual a, Dual b) {
        int join = f.b.newBlock(IrType.OBJ, IrType.BOOL, IrType.F64), slow = f.b.newBlock();
        int aFloat = f.b.newBlock(IrType.F64), aInt = f.b.newBlock(IrType.I64);
        unbox(a, aFloat, aInt, slow);

        f.b.switchTo(aFloat);
        Reg x = param(aFloat);
        int bFloat = f.b.newBlock(IrType.F64), bInt = f.b.newBlock(IrType.I64);
        unbox(b, bFloat, bInt, slow);
        f.b.switchTo(bFloat);
        compute(op, x, param(bFloat), join, slow);
        f.b.switchTo(bInt);
        compute(op, x, toF64(param(bInt)), join, slow);

        f.b.switchTo(aInt);
        Reg ix = param(aInt);
        int bFloat2 = f.b.newBlock(IrType.F64);
        unbox(b, bFloat2, -1, slow);
        f.b.switchTo(bFloat2);
        compute(op, toF64(ix), param(bFloat2), join, slow);

        f.b.switchTo(slow);
        Reg oa = toObj(a), ob = toObj(b);
        Op.IntOp intOp = IntFastPaths.arithOp(op);
        Reg r = intOp != null ? new IntFastPaths(f).arith(intOp, generic, oa, ob) : f.call(generic, oa, ob);
        f.jump(join, r, f.emit(new Op.ConstBool(false)), f.emit(new Op.ConstF64(0.0)));

        f.b.switchTo(join);
        List<Reg> p = f.b.params(join);
        return new Dual(p.get(0), p.get(1), p.get(2), null, false);
    }

    /** x op y on doubles into join; slow where CPython raises (division by zero: the generic path raises it). */
    private void compute(String op, Reg x, Reg y, int join, int slow) {
        Op.FloatOp fop = floatOp(op);
        if (fop == null) {
            // // % **: the runtime's float arithmetic, CPython's sign rules and errors; the result is an object.
            Reg r = f.call("float.binop." + op, x, y);
            f.jump(join, r, f.emit(new Op.ConstBool(false)), f.emit(new Op.ConstF64(0.0)));
            return;
        }
        if (fop == Op.FloatOp.DIV) {
            int ok = f.b.newBlock();
            f.branch(f.emit(new Op.FloatCompare(Op.CmpOp.NE, y, f.emit(new Op.ConstF64(0.0)))), ok, slow);
            f.b.switchTo(ok);
        }
        f.jump(join, f.nul(), f.emit(new Op.ConstBool(true)), f.emit(new Op.FloatArith(fop, x, y)));
    }

    private static Op.FloatOp floatOp(String op) {
        switch (op) {
            case "add": return Op.FloatOp.ADD;
            case "sub": return Op.FloatOp.SUB;
            case "mul": return Op.FloatOp.MUL;
            case "truediv": return Op.FloatOp.DIV;
            default: return null;
        }
    }

    /** -d: exact negation as a multiplication by -1.0 (0.0 - x would give 0.0 for x = 0.0, not -0.0). */
    Dual negate(Dual d) {
        int join = f.b.newBlock(IrType.OBJ, IrType.BOOL, IrType.F64), slow = f.b.newBlock(), isFloat = f.b.newBlock(IrType.F64);
        unbox(d, isFloat, -1, slow);
        f.b.switchTo(isFloat);
        Reg r = f.emit(new Op.FloatArith(Op.FloatOp.MUL, f.emit(new Op.ConstF64(-1.0)), param(isFloat)));
        f.jump(join, f.nul(), f.emit(new Op.ConstBool(true)), r);
        f.b.switchTo(slow);
        f.jump(join, f.call("neg", toObj(d)), f.emit(new Op.ConstBool(false)), f.emit(new Op.ConstF64(0.0)));
        f.b.switchTo(join);
        List<Reg> p = f.b.params(join);
        return new Dual(p.get(0), p.get(1), p.get(2), null, false);
    }

    /**
     * The truth of a op b as a BOOL. Float against float compares the doubles (NaN unordered, -0.0 ==
     * 0.0); against a small int only when the int converts exactly (|i| <= 2^53), because CPython
     * compares float and int exactly. Everything else: the int fast path, then compare_bool.
     */
    Reg compare(Op.CmpOp op, String generic, Dual a, Dual b) {
        int join = f.b.newBlock(IrType.BOOL), slow = f.b.newBlock();
        int aFloat = f.b.newBlock(IrType.F64), aInt = f.b.newBlock(IrType.I64);
        unbox(a, aFloat, aInt, slow);

        f.b.switchTo(aFloat);
        Reg x = param(aFloat);
        int bFloat = f.b.newBlock(IrType.F64), bInt = f.b.newBlock(IrType.I64);
        unbox(b, bFloat, bInt, slow);
        f.b.switchTo(bFloat);
        f.jump(join, f.emit(new Op.FloatCompare(op, x, param(bFloat))));
        f.b.switchTo(bInt);
        Reg iy = param(bInt);
        exact(iy, slow);
        f.jump(join, f.emit(new Op.FloatCompare(op, x, toF64(iy))));

        f.b.switchTo(aInt);
        Reg ix = param(aInt);
        int bFloat2 = f.b.newBlock(IrType.F64);
        unbox(b, bFloat2, -1, slow);
        f.b.switchTo(bFloat2);
        Reg y = param(bFloat2);
        exact(ix, slow);
        f.jump(join, f.emit(new Op.FloatCompare(op, toF64(ix), y)));

        f.b.switchTo(slow);
        Reg oa = toObj(a), ob = toObj(b);
        f.jump(join, new IntFastPaths(f).compare(op, generic, oa, ob));
        f.b.switchTo(join);
        return param(join);
    }

    /** Continues in a new block when -2^53 <= i <= 2^53, else jumps to slow. */
    private void exact(Reg i, int slow) {
        int above = f.b.newBlock(), ok = f.b.newBlock();
        f.branch(f.emit(new Op.IntCompare(Op.CmpOp.GE, i, f.i64(-EXACT))), above, slow);
        f.b.switchTo(above);
        f.branch(f.emit(new Op.IntCompare(Op.CmpOp.LE, i, f.i64(EXACT))), ok, slow);
        f.b.switchTo(ok);
    }
}
