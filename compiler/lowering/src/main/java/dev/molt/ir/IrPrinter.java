package dev.molt.ir;

import dev.molt.frontend.ast.PyRepr;
import java.util.List;
import java.util.Locale;

/** The readable text form of the IR ({@code molt build --emit-ir}, golden tests). Deterministic. */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(IrModule m) {
        StringBuilder sb = new StringBuilder();
        sb.append("module ").append(m.name()).append(' ');
        PyRepr.str(sb, m.file());
        sb.append('\n');
        for (IrFunction f : m.functions()) {
            sb.append('\n');
            function(sb, f);
        }
        return sb.toString();
    }

    public static String print(IrFunction f) {
        StringBuilder sb = new StringBuilder();
        function(sb, f);
        return sb.toString();
    }

    private static void function(StringBuilder sb, IrFunction f) {
        sb.append("function ").append(f.id()).append(" name=").append(f.name()).append(" qualname=").append(f.qualname())
          .append(" line=").append(f.firstLine()).append(" roots=").append(f.rootSlots());
        if (f.generator()) sb.append(" generator");
        sb.append('\n');
        if (!f.argNames().isEmpty() || f.varargs() || f.varkw()) {
            sb.append("  args (").append(String.join(", ", f.argNames())).append(") posonly=").append(f.nposonly())
              .append(" positional=").append(f.nargs()).append(" kwonly=").append(f.nkwonly());
            if (f.varargs()) sb.append(" *args");
            if (f.varkw()) sb.append(" **kwargs");
            sb.append('\n');
        }
        for (int i = 0; i < f.slots().size(); i++) {
            Slot s = f.slots().get(i);
            sb.append("  slot s").append(i).append(' ').append(s.name()).append(": ").append(s.type().text())
              .append(' ').append(s.kind().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        for (Block b : f.blocks()) {
            sb.append(b.label());
            if (!b.params().isEmpty()) {
                sb.append('(');
                for (int i = 0; i < b.params().size(); i++) {
                    if (i > 0) sb.append(", ");
                    Reg p = b.params().get(i);
                    sb.append(p).append(": ").append(p.type().text());
                }
                sb.append(')');
            }
            sb.append(":\n");
            for (Instr in : b.instrs()) {
                sb.append("  ");
                if (in.result() != null) sb.append(in.result()).append(": ").append(in.result().type().text()).append(" = ");
                op(sb, in.op(), f);
                if (in.handler() >= 0) sb.append(" except b").append(in.handler());
                sb.append("  @").append(in.line()).append('\n');
            }
            sb.append("  ");
            terminator(sb, b.terminator());
            sb.append("  @").append(b.terminator().line()).append('\n');
        }
    }

    private static String slot(IrFunction f, int i) {
        return "s" + i + (i >= 0 && i < f.slots().size() ? "(" + f.slots().get(i).name() + ")" : "(?)");
    }

    private static String regs(List<Reg> rs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(rs.get(i));
        }
        return sb.toString();
    }

    private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    private static void op(StringBuilder sb, Op op, IrFunction f) {
        if (op instanceof Op.LoadConst c) { sb.append("const "); c.value().repr(sb); }
        else if (op instanceof Op.ConstI64 c) sb.append("i64 ").append(c.value());
        else if (op instanceof Op.ConstF64 c) { sb.append("f64 "); PyRepr.floatRepr(sb, c.value()); }
        else if (op instanceof Op.ConstBool c) sb.append("bool ").append(c.value());
        else if (op instanceof Op.Null) sb.append("null");
        else if (op instanceof Op.LoadSlot l) sb.append("load ").append(slot(f, l.slot()));
        else if (op instanceof Op.StoreSlot s) sb.append("store ").append(slot(f, s.slot())).append(", ").append(s.value());
        else if (op instanceof Op.Globals) sb.append("globals");
        else if (op instanceof Op.CurrentFunction) sb.append("current_function");
        else if (op instanceof Op.CallC c) {
            sb.append("call ").append(c.builtin());
            if (c.text() != null) { sb.append('['); PyRepr.str(sb, c.text()); sb.append(']'); }
            sb.append('(').append(regs(c.args())).append(')');
        } else if (op instanceof Op.CallDirect c) sb.append("call_direct ").append(c.function()).append('(').append(regs(c.args())).append(')');
        else if (op instanceof Op.MakeFunction m)
            sb.append("make_function ").append(m.function()).append("(defaults ").append(m.defaults())
              .append(", kwdefaults ").append(m.kwdefaults()).append(", closure ").append(m.closure()).append(')');
        else if (op instanceof Op.IsNull n) sb.append("is_null ").append(n.value());
        else if (op instanceof Op.Identical i) sb.append("is ").append(i.a()).append(", ").append(i.b());
        else if (op instanceof Op.Not n) sb.append("not ").append(n.value());
        else if (op instanceof Op.IntArith a) sb.append("int.").append(lower(a.op())).append(' ').append(a.a()).append(", ").append(a.b());
        else if (op instanceof Op.IntCompare c) sb.append("int.").append(lower(c.op())).append(' ').append(c.a()).append(", ").append(c.b());
        else if (op instanceof Op.FloatArith a) sb.append("float.").append(lower(a.op())).append(' ').append(a.a()).append(", ").append(a.b());
        else if (op instanceof Op.FloatCompare c) sb.append("float.").append(lower(c.op())).append(' ').append(c.a()).append(", ").append(c.b());
        else if (op instanceof Op.IntToFloat i) sb.append("int_to_float ").append(i.value());
        else if (op instanceof Op.IsSmallInt s) sb.append("is_small_int ").append(s.value());
        else if (op instanceof Op.UntagInt u) sb.append("untag_int ").append(u.value());
        else if (op instanceof Op.ResumeValue) sb.append("resume_value");
        else throw new IllegalStateException("unprinted op " + op);
    }

    private static String edge(Edge e) {
        return "b" + e.target() + (e.args().isEmpty() ? "" : "(" + regs(e.args()) + ")");
    }

    private static void terminator(StringBuilder sb, Terminator t) {
        if (t instanceof Terminator.Jump j) sb.append("jump ").append(edge(j.target()));
        else if (t instanceof Terminator.Branch b) sb.append("branch ").append(b.cond()).append(", ").append(edge(b.ifTrue())).append(", ").append(edge(b.ifFalse()));
        else if (t instanceof Terminator.Return r) sb.append("return ").append(r.value());
        else if (t instanceof Terminator.Raise r) {
            sb.append("raise ");
            if (r.builtin() == null) sb.append("pending");
            else sb.append(r.builtin()).append('(').append(regs(r.args())).append(')');
            if (r.handler() >= 0) sb.append(" except b").append(r.handler());
        } else if (t instanceof Terminator.Yield y)
            sb.append(y.delegate() ? "yield_from " : "yield ").append(y.value()).append(", resume b").append(y.resume());
        else if (t instanceof Terminator.Unreachable) sb.append("unreachable");
        else if (t instanceof Terminator.CheckedIntArith c)
            sb.append("checked int.").append(lower(c.op())).append(' ').append(c.a()).append(", ").append(c.b())
              .append(" ok ").append(edge(c.ok())).append(" overflow ").append(edge(c.overflow()));
        else throw new IllegalStateException("unprinted terminator " + t);
    }
}
