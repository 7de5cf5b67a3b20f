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
 * call. Two ints go there too: these expressions are likely floats, and one generic call keeps the
 * code small (Chicory compiles WASM functions to JVM methods, which have a size limit).
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
     * Jumps to asFloat (one F64 parameter) when d is a float, else to other. With number set, also
     * jumps to number (parameters F64, BOOL is-a-float) for a float (true) or a small int converted
     * to double (false); with exact set, only ints of at most 2^53 in magnitude (converted exactly).
     */
    private void unbox(Dual d, int asFloat, int other) { numeric(d, asFloat, other, false, false); }

    private void numeric(Dual d, int to, int other, boolean number, boolean exact) {
        Reg yes = number ? f.emit(new Op.ConstBool(true)) : null;
        if (Boolean.TRUE.equals(d.known())) {
            jumpNumber(to, d.f64(), yes);
            return;
        }
        if (d.known() == null) {
            int unboxed = f.b.newBlock(), boxed = f.b.newBlock();
            f.branch(d.unboxed(), unboxed, boxed);
            f.b.switchTo(unboxed);
            jumpNumber(to, d.f64(), yes);
            f.b.switchTo(boxed);
        }
        // obj is a value here: MOLT_ERR only ever comes with unboxed true.
        int isFloat = f.b.newBlock(), notFloat = f.b.newBlock();
        f.branch(f.call("float.is", d.obj()), isFloat, notFloat);
        f.b.switchTo(isFloat);
        jumpNumber(to, f.call("float.value", d.obj()), yes);
        f.b.switchTo(notFloat);
        if (!number) {
            f.jump(other);
            return;
        }
        int small = f.b.newBlock();
        f.branch(f.emit(new Op.IsSmallInt(d.obj())), small, other);
        f.b.switchTo(small);
        Reg i = f.emit(new Op.UntagInt(d.obj()));
        if (exact) exact(i, other);
        f.jump(to, toF64(i), f.emit(new Op.ConstBool(false)));
    }

    private void jumpNumber(int to, Reg value, Reg isFloat) {
        if (isFloat == null) f.jump(to, value);
        else f.jump(to, value, isFloat);
    }

    private Reg param(int block) { return f.b.params(block).get(0); }

    private Reg toF64(Reg i64) { return f.emit(new Op.IntToFloat(i64)); }

    /**
     * Converts both operands to doubles (a float, or a small int) and continues in a new block with
     * the two F64 registers when at least one was a float: CPython converts the int operand of
     * int-op-float (int's method returns NotImplemented, float's reflected one converts). Two ints,
     * or anything else, go to slow. Each operand is tested once, so the code stays small.
     */
    private Reg[] operands(Dual a, Dual b, int slow, boolean exact) {
        int aNum = f.b.newBlock(IrType.F64, IrType.BOOL), bNum = f.b.newBlock(IrType.F64, IrType.BOOL);
        numeric(a, aNum, slow, true, exact);
        f.b.switchTo(aNum);
        Reg x = f.b.params(aNum).get(0), xFloat = f.b.params(aNum).get(1);
        numeric(b, bNum, slow, true, exact);
        f.b.switchTo(bNum);
        Reg y = f.b.params(bNum).get(0), yFloat = f.b.params(bNum).get(1);
        int go = f.b.newBlock(), checkB = f.b.newBlock();
        f.branch(xFloat, go, checkB);
        f.b.switchTo(checkB);
        f.branch(yFloat, go, slow);
        f.b.switchTo(go);
        return new Reg[] {x, y};
    }

    /** a op b where at least one is a float (see operands); the generic row otherwise. */
    Dual arith(String op, String generic, Dual a, Dual b) {
        int join = f.b.newBlock(IrType.OBJ, IrType.BOOL, IrType.F64), slow = f.b.newBlock();
        Reg[] xy = operands(a, b, slow, false);
        compute(op, xy[0], xy[1], join, slow);

        f.b.switchTo(slow);
        f.jump(join, f.call(generic, toObj(a), toObj(b)), f.emit(new Op.ConstBool(false)), f.emit(new Op.ConstF64(0.0)));

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
        unbox(d, isFloat, slow);
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
     * compares float and int exactly. Everything else: the generic compare_bool.
     */
    Reg compare(Op.CmpOp op, String generic, Dual a, Dual b) {
        int join = f.b.newBlock(IrType.BOOL), slow = f.b.newBlock();
        Reg[] xy = operands(a, b, slow, true);
        f.jump(join, f.emit(new Op.FloatCompare(op, xy[0], xy[1])));
        f.b.switchTo(slow);
        f.jump(join, f.call(generic, toObj(a), toObj(b)));
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
