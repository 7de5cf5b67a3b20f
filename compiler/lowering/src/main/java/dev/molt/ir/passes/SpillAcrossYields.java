package dev.molt.ir.passes;

import dev.molt.ir.Block;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import dev.molt.ir.Liveness;
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
 * Generators keep their state in frame slots, which live in the generator object (decision 0036);
 * registers do not survive a yield. This pass finds the registers live on entry to a resume block
 * (e.g. {@code f} and {@code a} in {@code f(a, (yield b))}), gives each a TEMP slot, stores it
 * right after its definition and reloads it before every use. Reloading at every use rather than
 * only after the yield needs no SSA repair at joins where one path yielded and another did not.
 */
public final class SpillAcrossYields {
    private SpillAcrossYields() {}

    public static IrModule run(IrModule m) {
        List<IrFunction> out = new ArrayList<>();
        for (IrFunction f : m.functions()) out.add(f.generator() ? function(f) : f);
        return new IrModule(m.name(), m.file(), out);
    }

    static IrFunction function(IrFunction f) {
        Liveness live = Liveness.of(f);
        BitSet spilled = new BitSet();
        for (Block b : f.blocks())
            if (b.terminator() instanceof Terminator.Yield y) spilled.or(live.liveIn(y.resume()));
        if (spilled.isEmpty()) return f;

        Map<Integer, Reg> regs = new HashMap<>();
        int next = 0;
        for (Block b : f.blocks()) {
            for (Reg p : b.params()) regs.put(p.id(), p);
            for (Instr in : b.instrs()) if (in.result() != null) regs.put(in.result().id(), in.result());
        }
        for (int id : regs.keySet()) next = Math.max(next, id + 1);
        List<Slot> slots = new ArrayList<>(f.slots());
        Map<Integer, Integer> slotOf = new HashMap<>();
        for (int id = spilled.nextSetBit(0); id >= 0; id = spilled.nextSetBit(id + 1)) {
            slotOf.put(id, slots.size());
            slots.add(new Slot("$live" + id, regs.get(id).type(), Slot.Kind.TEMP));
        }

        int[] counter = {next};
        List<Block> blocks = new ArrayList<>();
        for (Block b : f.blocks()) {
            List<Instr> instrs = new ArrayList<>();
            int line = b.instrs().isEmpty() ? b.terminator().line() : b.instrs().get(0).line();
            for (Reg p : b.params()) if (slotOf.containsKey(p.id())) instrs.add(store(slotOf.get(p.id()), p, line));
            // Reloads go right before the instruction (or terminator) that uses the register.
            for (Instr in : b.instrs()) {
                RegMapper reload = reloader(slotOf, instrs, counter, in.line());
                instrs.add(new Instr(in.result(), reload.op(in.op()), in.line(), in.handler()));
                if (in.result() != null && slotOf.containsKey(in.result().id()))
                    instrs.add(store(slotOf.get(in.result().id()), in.result(), in.line()));
            }
            Terminator t = reloader(slotOf, instrs, counter, b.terminator().line()).terminator(b.terminator());
            blocks.add(new Block(b.id(), b.params(), instrs, t));
        }
        return f.with(slots, renumber(blocks));
    }

    /** Registers numbered in order of definition again (LLVM wants numbered values ascending). */
    private static List<Block> renumber(List<Block> blocks) {
        Map<Integer, Reg> map = new HashMap<>();
        for (Block b : blocks) {
            for (Reg p : b.params()) map.put(p.id(), new Reg(map.size(), p.type()));
            for (Instr in : b.instrs()) if (in.result() != null) map.put(in.result().id(), new Reg(map.size(), in.result().type()));
        }
        RegMapper m = new RegMapper(r -> map.get(r.id()), blk -> blk);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Reg> params = new ArrayList<>();
            for (Reg p : b.params()) params.add(map.get(p.id()));
            List<Instr> instrs = new ArrayList<>();
            for (Instr in : b.instrs())
                instrs.add(new Instr(in.result() == null ? null : map.get(in.result().id()), m.op(in.op()), in.line(), in.handler()));
            out.add(new Block(b.id(), params, instrs, m.terminator(b.terminator())));
        }
        return out;
    }

    private static Instr store(int slot, Reg r, int line) {
        return new Instr(null, new Op.StoreSlot(slot, r), line, Instr.PROPAGATE);
    }

    private static RegMapper reloader(Map<Integer, Integer> slotOf, List<Instr> out, int[] counter, int line) {
        return new RegMapper(r -> {
            Integer slot = slotOf.get(r.id());
            if (slot == null) return r;
            Reg fresh = new Reg(counter[0]++, r.type());
            out.add(new Instr(fresh, new Op.LoadSlot(slot, r.type()), line, Instr.PROPAGATE));
            return fresh;
        }, blk -> blk);
    }
}
