package dev.molt.codegen;

import dev.molt.ir.Block;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Layout of a function's shadow-stack root array (decision 0011): OBJ slots first (so parameter
 * slot i is root i, where molt_function_bind writes), then one root per object register that must
 * survive an allocation, then a scratch region for argument arrays (ARRAY parameters and direct
 * calls; the runtime requires those items rooted during the call).
 *
 * A register needs a root when it is used in another block than its own (conservative: any path
 * may allocate) or when an allocating op lies strictly between its definition and its last use.
 * Passing a value as an argument does not need one: the callee roots what it keeps using.
 */
final class RootPlan {
    final int[] slotRoot;
    final Map<Integer, Integer> regRoot = new HashMap<>();
    final int arrayBase;
    /** Roots for the entry's callee and kwnames, which it reads after allocating (binding, closure cells). */
    final int calleeRoot;
    final int kwnamesRoot;
    final int size;

    RootPlan(IrFunction fn) {
        List<Slot> slots = fn.slots();
        slotRoot = new int[slots.size()];
        int next = 0;
        for (int i = 0; i < slots.size(); i++) {
            slotRoot[i] = slots.get(i).type() == IrType.OBJ ? next++ : -1;
        }

        // Where each OBJ register is defined (block, position; -1 for block parameters) and used.
        Map<Integer, int[]> def = new HashMap<>();
        Map<Integer, Integer> lastUse = new HashMap<>();
        java.util.Set<Integer> escapes = new java.util.HashSet<>();
        int maxArray = 0;
        for (Block b : fn.blocks()) {
            for (Reg p : b.params()) {
                if (p.type() == IrType.OBJ) {
                    def.put(p.id(), new int[] {b.id(), -1});
                }
            }
            for (int i = 0; i < b.instrs().size(); i++) {
                Instr in = b.instrs().get(i);
                if (in.result() != null && in.result().type() == IrType.OBJ) {
                    def.put(in.result().id(), new int[] {b.id(), i});
                }
                maxArray = Math.max(maxArray, arrayLength(in.op()));
            }
        }
        for (Block b : fn.blocks()) {
            for (int i = 0; i < b.instrs().size(); i++) {
                for (Reg r : b.instrs().get(i).op().operands()) {
                    use(def, lastUse, escapes, b.id(), i, r);
                }
            }
            int end = b.instrs().size();
            for (Reg r : b.terminator().operands()) {
                use(def, lastUse, escapes, b.id(), end, r);
            }
        }
        Map<Integer, Block> byId = new HashMap<>();
        for (Block b : fn.blocks()) {
            byId.put(b.id(), b);
        }
        for (Map.Entry<Integer, int[]> e : def.entrySet()) {
            int reg = e.getKey();
            Block b = byId.get(e.getValue()[0]);
            boolean root = escapes.contains(reg);
            Integer last = lastUse.get(reg);
            if (!root && last != null) {
                for (int j = e.getValue()[1] + 1; j < last && !root; j++) {
                    root = allocates(b.instrs().get(j).op());
                }
            }
            if (root) {
                regRoot.put(reg, -1);
            }
        }
        // Root numbers in register order: deterministic whatever the map iteration order.
        for (Integer reg : new java.util.TreeSet<>(regRoot.keySet())) {
            regRoot.put(reg, next++);
        }
        arrayBase = next;
        calleeRoot = arrayBase + maxArray;
        kwnamesRoot = calleeRoot + 1;
        size = kwnamesRoot + 1;
    }

    private static void use(Map<Integer, int[]> def, Map<Integer, Integer> lastUse, java.util.Set<Integer> escapes,
            int block, int pos, Reg r) {
        int[] d = def.get(r.id());
        if (d == null) {
            return;
        }
        if (d[0] != block) {
            escapes.add(r.id());
        } else {
            lastUse.merge(r.id(), pos, Math::max);
        }
    }

    /** Items an op puts in the scratch array region. */
    static int arrayLength(Op op) {
        if (op instanceof Op.CallC c && c.row().hasArray()) {
            return c.args().size() - c.row().fixedArgTypes().size();
        }
        if (op instanceof Op.CallDirect d) {
            return d.args().size();
        }
        return 0;
    }

    /** Ops that may run the collector. Constants are built at start-up, so loading one does not allocate. */
    static boolean allocates(Op op) {
        if (op instanceof Op.CallC c) {
            String s = c.row().symbol();
            return !s.equals(RuntimeCalls.INLINE_BOOL) && !s.equals(RuntimeCalls.INLINE_CELL_SET);
        }
        return op instanceof Op.CallDirect || op instanceof Op.MakeFunction;
    }
}
