package dev.molt.lowering;

import dev.molt.frontend.ast.Boolop;
import dev.molt.frontend.ast.Cmpop;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Keyword;
import dev.molt.ir.Builtins;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import java.util.ArrayList;
import java.util.List;

/** Expressions to IR values (OBJ), conditions to BOOL, and assignment targets (compiler_visit_expr). */
final class LowerExpressions implements Expr.Visitor<Reg> {
    private final FunctionLowering f;

    LowerExpressions(FunctionLowering f) { this.f = f; }

    /** Lowers e; ops take e's line so tracebacks point at the failing sub-expression, as CPython 3.12 does. */
    Reg lower(Expr e) {
        int saved = f.line;
        f.line = e.lineno();
        Reg r = e.accept(this);
        f.line = saved;
        return r;
    }

    private List<Reg> lowerAll(List<Expr> es) {
        List<Reg> out = new ArrayList<>();
        for (Expr e : es) {
            if (e instanceof Expr.Starred s) throw f.unsupported("starred expressions in displays and calls", s);
            out.add(lower(e));
        }
        return out;
    }

    private Reg box(Reg bool) { return f.call("box.bool", bool); }

    private static boolean hasStarred(List<Expr> es) {
        for (Expr e : es) if (e instanceof Expr.Starred) return true;
        return false;
    }

    /** A new list of the elements, with *iterables spliced in ([*a, b] and f(*a, b)). */
    private Reg spliced(List<Expr> elts) {
        List<Reg> prefix = new ArrayList<>();
        int i = 0;
        for (; i < elts.size() && !(elts.get(i) instanceof Expr.Starred); i++) prefix.add(lower(elts.get(i)));
        Reg acc = f.call("list.from_array", prefix);
        for (; i < elts.size(); i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) f.call("list.extend_starred", acc, lower(s.value()));
            else f.call("list.append", acc, lower(e));
        }
        return acc;
    }

    // ------------------------------------------------------------------ conditions

    /** The truth value of e as a BOOL, without materializing True/False objects where avoidable. */
    Reg condition(Expr e) {
        int saved = f.line;
        f.line = e.lineno();
        try {
            if (e instanceof Expr.UnaryOp u && u.op() == dev.molt.frontend.ast.Unaryop.Not)
                return f.emit(new Op.Not(condition(u.operand())));
            if (e instanceof Expr.Compare c && (c.ops().size() > 1 || floatCompare(c))) return chainCondition(c);
            if (e instanceof Expr.Compare c && c.ops().size() == 1) {
                Reg a = lower(c.left());
                Reg b = lower(c.comparators().get(0));
                return compareBool(c.ops().get(0), a, b, bothMayBeInt(c.left(), c.comparators().get(0)));
            }
            if (e instanceof Expr.BoolOp b) return boolCondition(b);
            if (e instanceof Expr.Constant k && k.value() instanceof ConstValue.Bool bv) return f.emit(new Op.ConstBool(bv.value()));
            return f.call("truthy", lower(e));
        } finally {
            f.line = saved;
        }
    }

    private boolean floatCompare(Expr.Compare c) {
        FloatPaths fp = new FloatPaths(f);
        boolean any = fp.applies(c.left(), c.left());
        for (Expr e : c.comparators()) any |= fp.applies(e, e);
        return any;
    }

    /**
     * a < b < c (or a float comparison) as a BOOL: each comparison feeds the branch directly, the
     * chain stops at the first false one, and b is evaluated once. Float operands stay unboxed.
     */
    private Reg chainCondition(Expr.Compare n) {
        FloatPaths fp = new FloatPaths(f);
        boolean floats = floatCompare(n);
        int join = f.b.newBlock(IrType.BOOL);
        Expr leftExpr = n.left();
        FloatPaths.Dual left = floats ? fp.lower(leftExpr) : fp.of(lower(leftExpr));
        for (int i = 0; i < n.ops().size(); i++) {
            Expr rightExpr = n.comparators().get(i);
            FloatPaths.Dual right = floats ? fp.lower(rightExpr) : fp.of(lower(rightExpr));
            Cmpop op = n.ops().get(i);
            f.line = n.lineno();
            Reg r = floats && isRich(op)
                ? fp.compare(IntFastPaths.cmpOp(richName(op)), "compare_bool." + richName(op), left, right)
                : compareBool(op, fp.toObj(left), fp.toObj(right), bothMayBeInt(leftExpr, rightExpr));
            if (i == n.ops().size() - 1) {
                f.jump(join, r);
                break;
            }
            int next = f.b.newBlock();
            int done = f.b.newBlock();
            f.branch(r, next, done);
            f.b.switchTo(done);
            f.jump(join, r);
            f.b.switchTo(next);
            left = right;
            leftExpr = rightExpr;
        }
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    private Reg boolCondition(Expr.BoolOp n) {
        boolean and = n.op() == Boolop.And;
        int join = f.b.newBlock(IrType.BOOL);
        for (int i = 0; i < n.values().size() - 1; i++) {
            Reg c = condition(n.values().get(i));
            int next = f.b.newBlock();
            int done = f.b.newBlock();
            if (and) f.branch(c, next, done); else f.branch(c, done, next);
            f.b.switchTo(done);
            f.jump(join, c);
            f.b.switchTo(next);
        }
        Reg last = condition(n.values().get(n.values().size() - 1));
        f.jump(join, last);
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    private static boolean bothMayBeInt(Expr a, Expr b) { return IntFastPaths.mayBeInt(a) && IntFastPaths.mayBeInt(b); }

    private Reg compareBool(Cmpop op, Reg a, Reg b, boolean ints) {
        if (ints && IntFastPaths.cmpOp(richName(op)) != null && isRich(op))
            return new IntFastPaths(f).compare(IntFastPaths.cmpOp(richName(op)), "compare_bool." + richName(op), a, b);
        switch (op) {
            case Is: return f.emit(new Op.Identical(a, b));
            case IsNot: return f.emit(new Op.Not(f.emit(new Op.Identical(a, b))));
            case In: return f.call("contains", b, a);
            case NotIn: return f.emit(new Op.Not(f.call("contains", b, a)));
            default: return f.call("compare_bool." + richName(op), a, b);
        }
    }

    private static String richName(Cmpop op) {
        switch (op) {
            case Lt: return "lt";
            case LtE: return "le";
            case Eq: return "eq";
            case NotEq: return "ne";
            case Gt: return "gt";
            default: return "ge";
        }
    }

    private static boolean isRich(Cmpop op) { return op != Cmpop.Is && op != Cmpop.IsNot && op != Cmpop.In && op != Cmpop.NotIn; }

    private Reg compareValue(Cmpop op, Reg a, Reg b, boolean ints) {
        if (ints && isRich(op)) return new IntFastPaths(f).compareValue(IntFastPaths.cmpOp(richName(op)), "compare." + richName(op), a, b);
        switch (op) {
            case Is: case IsNot: case In: case NotIn: return box(compareBool(op, a, b, false));
            default: return f.call("compare." + richName(op), a, b);
        }
    }

    // ------------------------------------------------------------------ values

    public Reg visitConstant(Expr.Constant n) { return f.constant(n.value()); }

    public Reg visitName(Expr.Name n) { return f.load(f.resolve(n.id())); }

    public Reg visitBinOp(Expr.BinOp n) {
        FloatPaths fp = new FloatPaths(f);
        if (fp.applies(n)) return fp.toObj(fp.lower(n));
        Reg a = lower(n.left());
        Reg b = lower(n.right());
        String name = Builtins.BINOPS.get(n.op().ordinal());
        if (IntFastPaths.arithOp(name) != null && bothMayBeInt(n.left(), n.right()))
            return new IntFastPaths(f).arith(IntFastPaths.arithOp(name), "binop." + name, a, b);
        return f.call("binop." + name, a, b);
    }

    public Reg visitUnaryOp(Expr.UnaryOp n) {
        switch (n.op()) {
            case Not: return box(f.emit(new Op.Not(condition(n.operand()))));
            case USub:
                if (f.types().likely(n.operand())) {
                    FloatPaths fp = new FloatPaths(f);
                    return fp.toObj(fp.lower(n));
                }
                return f.call("neg", lower(n.operand()));
            case UAdd: return f.call("pos", lower(n.operand()));
            default: return f.call("invert", lower(n.operand()));
        }
    }

    public Reg visitBoolOp(Expr.BoolOp n) {
        // a and b: the value of the first falsy operand, else the last one (objects, not bools).
        boolean and = n.op() == Boolop.And;
        int join = f.b.newBlock(IrType.OBJ);
        for (int i = 0; i < n.values().size() - 1; i++) {
            Reg v = lower(n.values().get(i));
            Reg t = f.call("truthy", v);
            int next = f.b.newBlock();
            int done = f.b.newBlock();
            if (and) f.branch(t, next, done); else f.branch(t, done, next);
            f.b.switchTo(done);
            f.jump(join, v);
            f.b.switchTo(next);
        }
        f.jump(join, lower(n.values().get(n.values().size() - 1)));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    public Reg visitCompare(Expr.Compare n) {
        Reg left = lower(n.left());
        if (n.ops().size() == 1)
            return compareValue(n.ops().get(0), left, lower(n.comparators().get(0)), bothMayBeInt(n.left(), n.comparators().get(0)));
        // a < b < c: b is evaluated once; the chain stops at the first false result, which is its value.
        int join = f.b.newBlock(IrType.OBJ);
        for (int i = 0; i < n.ops().size(); i++) {
            Reg right = lower(n.comparators().get(i));
            Expr leftExpr = i == 0 ? n.left() : n.comparators().get(i - 1);
            Reg r = compareValue(n.ops().get(i), left, right, bothMayBeInt(leftExpr, n.comparators().get(i)));
            if (i == n.ops().size() - 1) {
                f.jump(join, r);
                break;
            }
            int next = f.b.newBlock();
            int done = f.b.newBlock();
            f.branch(f.call("truthy", r), next, done);
            f.b.switchTo(done);
            f.jump(join, r);
            f.b.switchTo(next);
            left = right;
        }
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    public Reg visitIfExp(Expr.IfExp n) {
        Reg c = condition(n.test());
        int then = f.b.newBlock(), orelse = f.b.newBlock(), join = f.b.newBlock(IrType.OBJ);
        f.branch(c, then, orelse);
        f.b.switchTo(then);
        f.jump(join, lower(n.body()));
        f.b.switchTo(orelse);
        f.jump(join, lower(n.orelse()));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }

    public Reg visitNamedExpr(Expr.NamedExpr n) {
        Reg v = lower(n.value());
        assign(n.target(), v);
        return v;
    }

    public Reg visitCall(Expr.Call n) {
        boolean doubleStar = false;
        for (Keyword k : n.keywords()) doubleStar |= k.arg() == null;
        if (hasStarred(n.args()) || doubleStar) return callEx(n);
        Reg callee = lower(n.func());
        List<Reg> args = n.args().isEmpty() && isZeroArgSuper(n) ? superArgs(n) : lowerAll(n.args());
        Reg kwnames;
        if (n.keywords().isEmpty()) kwnames = f.nul();
        else {
            List<Reg> names = new ArrayList<>();
            for (Keyword k : n.keywords()) {
                if (k.arg() == null) throw f.unsupported("**kwargs in calls", k);
                args.add(lower(k.value()));
            }
            f.line = n.lineno();
            for (Keyword k : n.keywords()) names.add(f.str(k.arg()));
            kwnames = f.call("tuple.from_array", names);
        }
        f.line = n.lineno();
        List<Reg> all = new ArrayList<>();
        all.add(callee);
        all.add(kwnames);
        all.addAll(args);
        // IR operand order of the call row: fixed arguments (callee, kwnames), then the argument array.
        return f.call("call", all);
    }

    /**
     * f(*a, **k): positional arguments and one dict of keyword arguments (CALL_FUNCTION_EX). A lone
     * {@code *a} goes to the call as it is, which converts it (and names f in the error if it is not
     * iterable). Keywords after a {@code **} are merged like a mapping, so a repeated name is an error
     * (DICT_MERGE).
     */
    private Reg callEx(Expr.Call n) {
        Reg callee = lower(n.func());
        Reg args = n.args().size() == 1 && n.args().get(0) instanceof Expr.Starred s
            ? lower(s.value())
            : f.call("tuple.from_iterable", spliced(n.args()));
        Reg kwargs;
        if (n.keywords().isEmpty()) kwargs = f.nul();
        else {
            kwargs = f.call("dict.new");
            Reg pending = null;   // plain keywords since the last **, merged before the next one
            boolean afterStar = false;
            for (Keyword k : n.keywords()) {
                if (k.arg() == null) {
                    if (pending != null) f.call("call.merge_kwargs", kwargs, pending, callee);
                    pending = null;
                    f.call("call.merge_kwargs", kwargs, lower(k.value()), callee);
                    afterStar = true;
                } else {
                    Reg v = lower(k.value());
                    if (afterStar && pending == null) pending = f.call("dict.new");
                    f.call("dict.setitem", afterStar ? pending : kwargs, f.str(k.arg()), v);
                }
            }
            if (pending != null) f.call("call.merge_kwargs", kwargs, pending, callee);
        }
        f.line = n.lineno();
        return f.call("call.ex", callee, args, kwargs);
    }

    /** super() in a method means super(__class__, <first parameter>), as CPython's compiler arranges. */
    private boolean isZeroArgSuper(Expr.Call n) {
        return n.func() instanceof Expr.Name name && name.id().equals("super") && n.keywords().isEmpty()
            && f.resolve("super") instanceof VarRef.Global && f.scope.kind() == dev.molt.lowering.scope.Scope.Kind.FUNCTION
            && f.scope.binding("__class__") == dev.molt.lowering.scope.Binding.FREE && !f.scope.params().isEmpty();
    }

    private List<Reg> superArgs(Expr.Call n) {
        List<Reg> out = new ArrayList<>();
        out.add(f.load(f.resolve("__class__")));
        out.add(f.load(f.resolve(f.scope.params().get(0))));
        return out;
    }

    public Reg visitAttribute(Expr.Attribute n) {
        Reg obj = lower(n.value());
        return f.call("getattr", obj, f.str(f.mangle(n.attr())));
    }

    public Reg visitSubscript(Expr.Subscript n) {
        Reg obj = lower(n.value());
        Reg key = lower(n.slice());
        return f.call("getitem", obj, key);
    }

    public Reg visitSlice(Expr.Slice n) {
        Reg lo = n.lower() != null ? lower(n.lower()) : f.none();
        Reg hi = n.upper() != null ? lower(n.upper()) : f.none();
        Reg st = n.step() != null ? lower(n.step()) : f.none();
        return f.call("slice", lo, hi, st);
    }

    public Reg visitList(Expr.List n) {
        return hasStarred(n.elts()) ? spliced(n.elts()) : f.call("list.from_array", lowerAll(n.elts()));
    }

    public Reg visitTuple(Expr.Tuple n) {
        return hasStarred(n.elts()) ? f.call("tuple.from_iterable", spliced(n.elts())) : f.call("tuple.from_array", lowerAll(n.elts()));
    }

    public Reg visitSet(Expr.Set n) {
        if (hasStarred(n.elts())) {
            Reg s = f.call("set.new");
            for (Expr e : n.elts()) {
                if (e instanceof Expr.Starred st) f.call("set.update", s, lower(st.value()));
                else f.call("set.add", s, lower(e));
            }
            return s;
        }
        List<Reg> items = lowerAll(n.elts());
        Reg s = f.call("set.new");
        for (Reg r : items) f.call("set.add", s, r);
        return s;
    }

    public Reg visitDict(Expr.Dict n) {
        Reg d = f.call("dict.new");
        for (int i = 0; i < n.values().size(); i++) {
            Expr k = n.keys().get(i);
            if (k == null) {
                f.call("dict.update", d, lower(n.values().get(i)));
                continue;
            }
            Reg kr = lower(k);
            Reg vr = lower(n.values().get(i));
            f.call("dict.setitem", d, kr, vr);
        }
        return d;
    }

    public Reg visitJoinedStr(Expr.JoinedStr n) {
        List<Reg> parts = new ArrayList<>();
        for (Expr v : n.values()) parts.add(lower(v));
        if (parts.size() == 1 && n.values().get(0) instanceof Expr.FormattedValue) return parts.get(0);
        List<Reg> args = new ArrayList<>();
        args.add(f.str(""));
        args.addAll(parts);
        return f.call("str.join_array", args);
    }

    public Reg visitFormattedValue(Expr.FormattedValue n) {
        Reg v = lower(n.value());
        switch (n.conversion()) {
            case 's': v = f.call("str", v); break;
            case 'r': v = f.call("repr", v); break;
            case 'a': v = f.call("ascii", v); break;
            default: break;
        }
        Reg spec = n.formatSpec() != null ? lower(n.formatSpec()) : f.str("");
        return f.call("format", v, spec);
    }

    public Reg visitLambda(Expr.Lambda n) {
        return new LowerFunction(f).define(n, "<lambda>", n.args(), List.of(), null, n.body());
    }

    public Reg visitListComp(Expr.ListComp n) { return new LowerComprehension(f).list(n); }

    public Reg visitSetComp(Expr.SetComp n) { return new LowerComprehension(f).set(n); }

    public Reg visitDictComp(Expr.DictComp n) { return new LowerComprehension(f).dict(n); }

    public Reg visitGeneratorExp(Expr.GeneratorExp n) { return new LowerGenerator(f).generatorExp(n); }

    public Reg visitAwait(Expr.Await n) { throw f.unsupported("await", n); }

    public Reg visitYield(Expr.Yield n) { return new LowerGenerator(f).yield(n); }

    public Reg visitYieldFrom(Expr.YieldFrom n) { return new LowerGenerator(f).yieldFrom(n); }

    public Reg visitStarred(Expr.Starred n) { throw f.unsupported("starred expressions", n); }

    // ------------------------------------------------------------------ targets

    void assign(Expr target, Reg value) {
        int saved = f.line;
        f.line = target.lineno();
        try {
            if (target instanceof Expr.Name n) f.store(f.resolve(n.id()), value);
            else if (target instanceof Expr.Attribute a) {
                Reg obj = lower(a.value());
                f.call("setattr", obj, f.str(f.mangle(a.attr())), value);
            } else if (target instanceof Expr.Subscript s) {
                Reg obj = lower(s.value());
                Reg key = lower(s.slice());
                f.call("setitem", obj, key, value);
            } else if (target instanceof Expr.Tuple t) unpack(t.elts(), value);
            else if (target instanceof Expr.List l) unpack(l.elts(), value);
            else if (target instanceof Expr.Starred s) throw f.unsupported("starred assignment target outside a tuple or list", s);
            else throw f.unsupported("assignment to " + target.getClass().getSimpleName(), target);
        } finally {
            f.line = saved;
        }
    }

    private void unpack(List<Expr> elts, Reg value) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (!(elts.get(i) instanceof Expr.Starred s)) continue;
            if (star >= 0) throw f.unsupported("multiple starred expressions in assignment", s);
            star = i;
        }
        // The items are kept in a tuple in a slot: nested targets may run arbitrary code between stores.
        int slot = f.freshTemp("$unpack");
        Reg items = star < 0 ? f.call("unpack", value, f.i64(elts.size()))
            : f.call("unpack_ex", value, f.i64(star), f.i64(elts.size() - star - 1));
        f.emit(new Op.StoreSlot(slot, items));
        for (int i = 0; i < elts.size(); i++) {
            Reg item = f.call("tuple.item", f.emit(new Op.LoadSlot(slot, IrType.OBJ)), f.i64(i));
            Expr target = elts.get(i) instanceof Expr.Starred s ? s.value() : elts.get(i);
            assign(target, item);
        }
        f.emit(new Op.StoreSlot(slot, f.nul()));
    }

    void delete(Expr target) {
        int saved = f.line;
        f.line = target.lineno();
        try {
            if (target instanceof Expr.Name n) f.delete(f.resolve(n.id()));
            else if (target instanceof Expr.Attribute a) f.call("setattr", lower(a.value()), f.str(f.mangle(a.attr())), f.nul());
            else if (target instanceof Expr.Subscript s) {
                Reg obj = lower(s.value());
                f.call("delitem", obj, lower(s.slice()));
            } else if (target instanceof Expr.Tuple t) for (Expr e : t.elts()) delete(e);
            else if (target instanceof Expr.List l) for (Expr e : l.elts()) delete(e);
            else throw f.unsupported("del of " + target.getClass().getSimpleName(), target);
        } finally {
            f.line = saved;
        }
    }
}
