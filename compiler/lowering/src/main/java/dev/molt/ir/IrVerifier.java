package dev.molt.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the IR's invariants: operand and result types, single definition of registers, uses
 * dominated by their definitions, edges matching block parameters, handlers existing and taking no
 * parameters, known functions and builtins. Returns problems as text; run after every pass in tests.
 *
 * <p>Exception edges count as edges from the whole block, so a value defined after a failing
 * instruction could pass the dominance check while being used in that instruction's handler; the
 * lowering never carries registers across statements, which rules this out in practice.
 */
public final class IrVerifier {
    private final IrModule module;
    private final List<String> problems = new ArrayList<>();
    private IrFunction fn;

    private IrVerifier(IrModule module) { this.module = module; }

    public static List<String> verify(IrModule m) {
        IrVerifier v = new IrVerifier(m);
        Set<String> ids = new HashSet<>();
        for (IrFunction f : m.functions()) {
            if (!ids.add(f.id())) v.problems.add("duplicate function id " + f.id());
            v.function(f);
        }
        return v.problems;
    }

    private void fail(Block b, String what) { problems.add(fn.id() + " " + (b == null ? "" : b.label() + ": ") + what); }

    private void function(IrFunction f) {
        fn = f;
        List<Block> blocks = f.blocks();
        if (blocks.isEmpty()) { fail(null, "no blocks"); return; }
        for (int i = 0; i < blocks.size(); i++)
            if (blocks.get(i).id() != i) fail(blocks.get(i), "block id must equal its index " + i);
        if (!blocks.get(0).params().isEmpty()) fail(blocks.get(0), "entry block takes parameters");
        if (f.argNames().size() != f.nargs() + f.nkwonly() + (f.varargs() ? 1 : 0) + (f.varkw() ? 1 : 0))
            fail(null, "argument names do not match the counts");
        for (int i = 0; i < f.argNames().size(); i++)
            if (i >= f.slots().size() || f.slots().get(i).kind() != Slot.Kind.PARAM || f.slots().get(i).type() != IrType.OBJ)
                fail(null, "parameter " + i + " must be an OBJ PARAM slot");

        // Definitions: where each register is defined (block, index; -1 = parameter).
        Map<Integer, int[]> defs = new HashMap<>();
        Map<Integer, IrType> types = new HashMap<>();
        for (Block b : blocks) {
            for (Reg p : b.params()) define(b, p, -1, defs, types);
            for (int i = 0; i < b.instrs().size(); i++) {
                Instr in = b.instrs().get(i);
                if (in.result() != null) define(b, in.result(), i, defs, types);
            }
        }
        List<List<Integer>> succ = successors(blocks);
        BitSet[] dom = dominators(blocks.size(), succ);
        for (Block b : blocks) {
            for (int i = 0; i < b.instrs().size(); i++) {
                Instr in = b.instrs().get(i);
                checkInstr(b, in);
                for (Reg r : in.op().operands()) use(b, i, r, defs, types, dom);
            }
            Terminator t = b.terminator();
            if (t == null) { fail(b, "not terminated"); continue; }
            checkTerminator(b, t);
            for (Reg r : t.operands()) use(b, b.instrs().size(), r, defs, types, dom);
        }
        generatorRules(f);
    }

    /**
     * Decision 0036: yields only in generators; the entry of a generator and every resume block
     * start with resume_value, which appears nowhere else; no register is live across a yield
     * (the frame keeps slots, not registers).
     */
    private void generatorRules(IrFunction f) {
        Set<Integer> resumes = new HashSet<>();
        for (Block b : f.blocks()) {
            if (b.terminator() instanceof Terminator.Yield y) {
                if (!f.generator()) fail(b, "yield outside a generator");
                want(b, y.value(), IrType.OBJ, "yield");
                if (y.resume() < 0 || y.resume() >= f.blocks().size()) fail(b, "yield resumes at missing block b" + y.resume());
                else resumes.add(y.resume());
            }
        }
        if (f.generator()) resumes.add(0);
        for (Block b : f.blocks()) {
            for (int i = 0; i < b.instrs().size(); i++) {
                boolean resumeValue = b.instrs().get(i).op() instanceof Op.ResumeValue;
                boolean expected = i == 0 && resumes.contains(b.id());
                if (resumeValue && !expected) fail(b, "resume_value outside the start of a resume block");
                if (!resumeValue && expected) fail(b, "resume block must start with resume_value");
            }
            if (b.instrs().isEmpty() && resumes.contains(b.id())) fail(b, "resume block must start with resume_value");
        }
        if (resumes.isEmpty()) return;
        Liveness live = Liveness.of(f);
        for (int r : resumes) {
            if (!fn.blocks().get(r).params().isEmpty()) fail(fn.blocks().get(r), "resume block takes parameters");
            BitSet across = live.liveIn(r);
            if (!across.isEmpty()) fail(fn.blocks().get(r), "registers live across a yield: " + across);
        }
    }

    private void define(Block b, Reg r, int index, Map<Integer, int[]> defs, Map<Integer, IrType> types) {
        if (defs.put(r.id(), new int[] {b.id(), index}) != null) fail(b, r + " defined twice");
        types.put(r.id(), r.type());
    }

    private void use(Block b, int index, Reg r, Map<Integer, int[]> defs, Map<Integer, IrType> types, BitSet[] dom) {
        if (r == null) { fail(b, "missing operand"); return; }
        int[] d = defs.get(r.id());
        if (d == null) { fail(b, r + " used but never defined"); return; }
        if (types.get(r.id()) != r.type()) fail(b, r + " used as " + r.type().text() + " but defined as " + types.get(r.id()).text());
        boolean ok = d[0] == b.id() ? d[1] < index : dom[b.id()] != null && dom[b.id()].get(d[0]);
        if (!ok) fail(b, r + " is used where its definition does not dominate");
    }

    private List<List<Integer>> successors(List<Block> blocks) {
        List<List<Integer>> succ = new ArrayList<>();
        for (Block b : blocks) {
            List<Integer> s = new ArrayList<>();
            for (Instr in : b.instrs()) if (in.handler() >= 0) s.add(in.handler());
            if (b.terminator() != null) {
                for (Edge e : b.terminator().edges()) s.add(e.target());
                if (b.terminator() instanceof Terminator.Raise r && r.handler() >= 0) s.add(r.handler());
            }
            s.removeIf(x -> x < 0 || x >= blocks.size());
            succ.add(s);
        }
        return succ;
    }

    /** Classic iterative dominator sets; functions are small. dom[b] is null for unreachable blocks. */
    private static BitSet[] dominators(int n, List<List<Integer>> succ) {
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) pred.add(new ArrayList<>());
        for (int i = 0; i < n; i++) for (int s : succ.get(i)) pred.get(s).add(i);
        BitSet reach = new BitSet();
        List<Integer> work = new ArrayList<>(List.of(0));
        reach.set(0);
        while (!work.isEmpty()) for (int s : succ.get(work.remove(work.size() - 1))) if (!reach.get(s)) { reach.set(s); work.add(s); }
        BitSet[] dom = new BitSet[n];
        for (int i = 0; i < n; i++) if (reach.get(i)) { dom[i] = new BitSet(); dom[i].or(reach); }
        dom[0] = new BitSet();
        dom[0].set(0);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < n; i++) {
                if (dom[i] == null) continue;
                BitSet nd = null;
                for (int p : pred.get(i)) {
                    if (dom[p] == null) continue;
                    if (nd == null) { nd = new BitSet(); nd.or(dom[p]); } else nd.and(dom[p]);
                }
                if (nd == null) nd = new BitSet();
                nd.set(i);
                if (!nd.equals(dom[i])) { dom[i] = nd; changed = true; }
            }
        }
        return dom;
    }

    private void want(Block b, Reg r, IrType t, String what) {
        if (r != null && r.type() != t) fail(b, what + ": " + r + " must be " + t.text());
    }

    private void checkInstr(Block b, Instr in) {
        Op op = in.op();
        IrType rt = op.resultType();
        if ((in.result() == null) != (rt == IrType.VOID)) fail(b, "result presence does not match " + op);
        else if (in.result() != null && in.result().type() != rt) fail(b, in.result() + " must be " + rt.text());
        if (in.handler() >= 0) {
            if (!op.errorKind().canFail()) fail(b, "handler on an op that cannot fail: " + op);
            handler(b, in.handler());
        } else if (in.handler() != Instr.PROPAGATE) fail(b, "bad handler " + in.handler());
        if (in.line() <= 0) fail(b, "instruction without a source line: " + op);
        if (op instanceof Op.LoadSlot l) {
            if (checkSlot(b, l.slot()) && fn.slots().get(l.slot()).type() != l.type()) fail(b, "load type differs from slot s" + l.slot());
        } else if (op instanceof Op.StoreSlot s) {
            if (checkSlot(b, s.slot())) want(b, s.value(), fn.slots().get(s.slot()).type(), "store");
        } else if (op instanceof Op.CallC c) {
            String p = c.row().checkArgs(c.args(), c.text());
            if (p != null) fail(b, p);
            if (c.row().error() == ErrorKind.ALWAYS) fail(b, c.builtin() + " always raises: use the raise terminator");
        } else if (op instanceof Op.CallDirect c) {
            IrFunction callee = module.function(c.function());
            if (callee == null) fail(b, "call of unknown function " + c.function());
            else if (callee.varargs() || callee.varkw() || callee.nkwonly() > 0 || callee.nargs() != c.args().size())
                fail(b, "direct call of " + c.function() + " does not match its signature");
            for (Reg r : c.args()) want(b, r, IrType.OBJ, "call_direct");
        } else if (op instanceof Op.MakeFunction m) {
            if (module.function(m.function()) == null) fail(b, "make_function of unknown function " + m.function());
            for (Reg r : m.operands()) want(b, r, IrType.OBJ, "make_function");
        } else if (op instanceof Op.IsNull n) want(b, n.value(), IrType.OBJ, "is_null");
        else if (op instanceof Op.Identical i) { want(b, i.a(), IrType.OBJ, "is"); want(b, i.b(), IrType.OBJ, "is"); }
        else if (op instanceof Op.Not n) want(b, n.value(), IrType.BOOL, "not");
        else if (op instanceof Op.IntArith a) { want(b, a.a(), IrType.I64, "int op"); want(b, a.b(), IrType.I64, "int op"); }
        else if (op instanceof Op.IntCompare c) { want(b, c.a(), IrType.I64, "int compare"); want(b, c.b(), IrType.I64, "int compare"); }
        else if (op instanceof Op.FloatArith a) { want(b, a.a(), IrType.F64, "float op"); want(b, a.b(), IrType.F64, "float op"); }
        else if (op instanceof Op.FloatCompare c) { want(b, c.a(), IrType.F64, "float compare"); want(b, c.b(), IrType.F64, "float compare"); }
        else if (op instanceof Op.IntToFloat i) want(b, i.value(), IrType.I64, "int_to_float");
        else if (op instanceof Op.IsSmallInt s) want(b, s.value(), IrType.OBJ, "is_small_int");
        else if (op instanceof Op.UntagInt u) want(b, u.value(), IrType.OBJ, "untag_int");
    }

    private boolean checkSlot(Block b, int slot) {
        if (slot < 0 || slot >= fn.slots().size()) { fail(b, "no slot s" + slot); return false; }
        return true;
    }

    private void handler(Block b, int h) {
        if (h < 0 || h >= fn.blocks().size()) fail(b, "handler b" + h + " does not exist");
        else if (!fn.blocks().get(h).params().isEmpty()) fail(b, "handler b" + h + " takes parameters");
    }

    private void edge(Block b, Edge e, List<Reg> extra) {
        if (e.target() < 0 || e.target() >= fn.blocks().size()) { fail(b, "edge to missing block b" + e.target()); return; }
        List<Reg> params = fn.blocks().get(e.target()).params();
        int n = e.args().size() + extra.size();
        if (params.size() != n) { fail(b, "edge to b" + e.target() + " passes " + n + " values for " + params.size() + " parameters"); return; }
        for (int i = 0; i < e.args().size(); i++)
            if (e.args().get(i) != null && e.args().get(i).type() != params.get(i).type())
                fail(b, "edge to b" + e.target() + ": argument " + i + " type mismatch");
        for (int i = 0; i < extra.size(); i++)
            if (extra.get(i).type() != params.get(e.args().size() + i).type()) fail(b, "edge to b" + e.target() + ": result type mismatch");
    }

    private void checkTerminator(Block b, Terminator t) {
        if (t instanceof Terminator.Jump j) edge(b, j.target(), List.of());
        else if (t instanceof Terminator.Branch br) {
            want(b, br.cond(), IrType.BOOL, "branch");
            edge(b, br.ifTrue(), List.of());
            edge(b, br.ifFalse(), List.of());
        } else if (t instanceof Terminator.Return r) want(b, r.value(), IrType.OBJ, "return");
        else if (t instanceof Terminator.Raise r) {
            if (r.builtin() != null) {
                if (!Builtins.exists(r.builtin())) fail(b, "unknown builtin " + r.builtin());
                else {
                    Builtin row = Builtins.get(r.builtin());
                    if (row.error() != ErrorKind.ALWAYS) fail(b, r.builtin() + " does not always raise");
                    String p = row.checkArgs(r.args(), null);
                    if (p != null) fail(b, p);
                }
            } else if (!r.args().isEmpty()) fail(b, "raise pending takes no arguments");
            if (r.handler() >= 0) handler(b, r.handler());
        } else if (t instanceof Terminator.CheckedIntArith c) {
            want(b, c.a(), IrType.I64, "checked");
            want(b, c.b(), IrType.I64, "checked");
            edge(b, c.ok(), List.of(new Reg(-1, IrType.I64)));
            edge(b, c.overflow(), List.of());
        }
    }
}
