package dev.molt.ir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Registers live on entry to each block (classic backward data flow). Successors are the normal
 * edges, a Yield's resume block and the exception handlers of the block's instructions.
 */
public final class Liveness {
    private final BitSet[] liveIn;

    private Liveness(BitSet[] liveIn) { this.liveIn = liveIn; }

    /** Ids of the registers live on entry to block b (a copy). */
    public BitSet liveIn(int block) { return (BitSet) liveIn[block].clone(); }

    public static List<Integer> successors(Block b) {
        List<Integer> s = new ArrayList<>();
        for (Instr in : b.instrs()) if (in.handler() >= 0) s.add(in.handler());
        for (Edge e : b.terminator().edges()) s.add(e.target());
        if (b.terminator() instanceof Terminator.Raise r && r.handler() >= 0) s.add(r.handler());
        return s;
    }

    public static Liveness of(IrFunction f) {
        int n = f.blocks().size();
        BitSet[] use = new BitSet[n], def = new BitSet[n], in = new BitSet[n];
        for (Block b : f.blocks()) {
            BitSet u = new BitSet(), d = new BitSet();
            for (Reg p : b.params()) d.set(p.id());
            for (Instr i : b.instrs()) {
                for (Reg r : i.op().operands()) if (!d.get(r.id())) u.set(r.id());
                if (i.result() != null) d.set(i.result().id());
            }
            for (Reg r : b.terminator().operands()) if (!d.get(r.id())) u.set(r.id());
            use[b.id()] = u;
            def[b.id()] = d;
            in[b.id()] = (BitSet) u.clone();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = n - 1; k >= 0; k--) {
                Block b = f.blocks().get(k);
                BitSet out = new BitSet();
                for (int s : successors(b)) out.or(in[s]);
                out.andNot(def[k]);
                out.or(use[k]);
                if (!out.equals(in[k])) {
                    in[k] = out;
                    changed = true;
                }
            }
        }
        return new Liveness(in);
    }
}
