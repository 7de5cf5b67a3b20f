package dev.molt.ir.passes;

import dev.molt.ir.Block;
import dev.molt.ir.Edge;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.RegMapper;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops `local.check` (the UnboundLocalError test) on loads of slots that are definitely assigned
 * on every path, exception paths included: a forward must-analysis over slots, where a store of a
 * non-null value assigns and a store of Null (del, cleanup) unassigns. Parameters start assigned.
 */
public final class RedundantBoundChecks {
    private RedundantBoundChecks() {}

    public static IrModule run(IrModule m) {
        List<IrFunction> out = new ArrayList<>();
        for (IrFunction f : m.functions()) out.add(function(f));
        return new IrModule(m.name(), m.file(), out);
    }

    private static BitSet transfer(BitSet state, Instr in, Map<Integer, Op> defs) {
        if (in.op() instanceof Op.StoreSlot s) {
            if (defs.get(s.value().id()) instanceof Op.Null) state.clear(s.slot());
            else state.set(s.slot());
        }
        return state;
    }

    static IrFunction function(IrFunction f) {
        int n = f.blocks().size();
        Map<Integer, Op> defs = new HashMap<>();
        for (Block b : f.blocks()) for (Instr in : b.instrs()) if (in.result() != null) defs.put(in.result().id(), in.op());
        BitSet all = new BitSet();
        all.set(0, f.slots().size());
        BitSet[] in = new BitSet[n];
        BitSet entry = new BitSet();
        for (int i = 0; i < f.slots().size(); i++) if (f.slots().get(i).kind() == Slot.Kind.PARAM) entry.set(i);
        in[0] = entry;
        for (int i = 1; i < n; i++) in[i] = (BitSet) all.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                BitSet state = (BitSet) in[b.id()].clone();
                for (Instr i : b.instrs()) {
                    if (i.handler() >= 0) changed |= meet(in, i.handler(), state);
                    transfer(state, i, defs);
                }
                Terminator t = b.terminator();
                for (Edge e : t.edges()) changed |= meet(in, e.target(), state);
                if (t instanceof Terminator.Raise r && r.handler() >= 0) changed |= meet(in, r.handler(), state);
            }
        }
        // First find the removable checks (a use can sit in a block listed before its definition's block).
        Map<Integer, Reg> replace = new HashMap<>();
        for (Block b : f.blocks()) {
            BitSet state = (BitSet) in[b.id()].clone();
            for (Instr i : b.instrs()) {
                if (i.op() instanceof Op.CallC c && c.builtin().equals("local.check")
                    && defs.get(c.args().get(0).id()) instanceof Op.LoadSlot l && state.get(l.slot()))
                    replace.put(i.result().id(), c.args().get(0));
                transfer(state, i, defs);
            }
        }
        RegMapper mapper = new RegMapper(r -> replace.getOrDefault(r.id(), r), b -> b);
        List<Block> blocks = new ArrayList<>();
        for (Block b : f.blocks()) {
            List<Instr> instrs = new ArrayList<>();
            for (Instr i : b.instrs()) {
                if (i.result() != null && replace.containsKey(i.result().id())) continue;
                instrs.add(new Instr(i.result(), mapper.op(i.op()), i.line(), i.handler()));
            }
            blocks.add(new Block(b.id(), b.params(), instrs, mapper.terminator(b.terminator())));
        }
        return f.with(f.slots(), blocks);
    }

    /** in[target] &= state; true if it shrank. */
    private static boolean meet(BitSet[] in, int target, BitSet state) {
        BitSet before = (BitSet) in[target].clone();
        in[target].and(state);
        return !before.equals(in[target]);
    }
}
