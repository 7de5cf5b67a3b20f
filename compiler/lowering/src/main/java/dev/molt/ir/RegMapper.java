package dev.molt.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/** Rebuilds ops and terminators with registers and block ids replaced; the one place that knows every operand field. */
public final class RegMapper {
    private final UnaryOperator<Reg> reg;
    private final IntUnaryOperator block;

    public RegMapper(UnaryOperator<Reg> reg, IntUnaryOperator block) {
        this.reg = reg;
        this.block = block;
    }

    private Reg use(Reg r) { return r == null ? null : reg.apply(r); }

    private List<Reg> uses(List<Reg> rs) {
        List<Reg> out = new ArrayList<>();
        for (Reg r : rs) out.add(use(r));
        return out;
    }

    public Edge edge(Edge e) { return new Edge(block.applyAsInt(e.target()), uses(e.args())); }

    public int handler(int h) { return h < 0 ? h : block.applyAsInt(h); }

    public Op op(Op op) {
        if (op instanceof Op.StoreSlot s) return new Op.StoreSlot(s.slot(), use(s.value()));
        if (op instanceof Op.CallC c) return new Op.CallC(c.builtin(), c.text(), uses(c.args()));
        if (op instanceof Op.CallDirect c) return new Op.CallDirect(c.function(), uses(c.args()));
        if (op instanceof Op.MakeFunction m) return new Op.MakeFunction(m.function(), use(m.defaults()), use(m.kwdefaults()), use(m.closure()));
        if (op instanceof Op.IsNull n) return new Op.IsNull(use(n.value()));
        if (op instanceof Op.Identical i) return new Op.Identical(use(i.a()), use(i.b()));
        if (op instanceof Op.Not n) return new Op.Not(use(n.value()));
        if (op instanceof Op.IntArith a) return new Op.IntArith(a.op(), use(a.a()), use(a.b()));
        if (op instanceof Op.IntCompare c) return new Op.IntCompare(c.op(), use(c.a()), use(c.b()));
        if (op instanceof Op.FloatArith a) return new Op.FloatArith(a.op(), use(a.a()), use(a.b()));
        if (op instanceof Op.FloatCompare c) return new Op.FloatCompare(c.op(), use(c.a()), use(c.b()));
        if (op instanceof Op.IntToFloat f) return new Op.IntToFloat(use(f.value()));
        if (op instanceof Op.IsSmallInt s) return new Op.IsSmallInt(use(s.value()));
        if (op instanceof Op.UntagInt u) return new Op.UntagInt(use(u.value()));
        if (!op.operands().isEmpty()) throw new IllegalStateException("RegMapper misses " + op.getClass().getSimpleName());
        return op;
    }

    public Terminator terminator(Terminator t) {
        if (t instanceof Terminator.Jump j) return new Terminator.Jump(edge(j.target()), j.line());
        if (t instanceof Terminator.Branch b) return new Terminator.Branch(use(b.cond()), edge(b.ifTrue()), edge(b.ifFalse()), b.line());
        if (t instanceof Terminator.Return r) return new Terminator.Return(use(r.value()), r.line());
        if (t instanceof Terminator.Raise r) return new Terminator.Raise(r.builtin(), uses(r.args()), handler(r.handler()), r.line());
        if (t instanceof Terminator.Yield y) return new Terminator.Yield(use(y.value()), y.delegate(), block.applyAsInt(y.resume()), y.line());
        if (t instanceof Terminator.CheckedIntArith c)
            return new Terminator.CheckedIntArith(c.op(), use(c.a()), use(c.b()), edge(c.ok()), edge(c.overflow()), c.line());
        return t;
    }
}
