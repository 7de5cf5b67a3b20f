package dev.molt.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one {@link IrFunction}: blocks are created ahead (forward jumps), filled through a cursor,
 * and frozen by {@link #finish}, which drops unreachable blocks and numbers blocks and registers in
 * order of appearance so the output is stable.
 */
public final class FunctionBuilder {
    private final String id, name, qualname;
    private final int firstLine;
    private final List<Slot> slots = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private List<String> argNames = List.of();
    private int nposonly, nargs, nkwonly;
    private boolean varargs, varkw, generator;
    private int nextReg;
    private Draft current;

    private static final class Draft {
        final int id;
        final List<Reg> params;
        final List<Instr> instrs = new ArrayList<>();
        Terminator term;

        Draft(int id, List<Reg> params) { this.id = id; this.params = params; }
    }

    public FunctionBuilder(String id, String name, String qualname, int firstLine) {
        this.id = id;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        current = drafts.get(newBlock());
    }

    public String id() { return id; }

    public void signature(List<String> argNames, int nposonly, int nargs, int nkwonly, boolean varargs, boolean varkw) {
        this.argNames = List.copyOf(argNames);
        this.nposonly = nposonly;
        this.nargs = nargs;
        this.nkwonly = nkwonly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    /** Marks the function as a generator (decision 0036). */
    public void generator(boolean isGenerator) { this.generator = isGenerator; }

    public int addSlot(String slotName, IrType type, Slot.Kind kind) {
        slots.add(new Slot(slotName, type, kind));
        return slots.size() - 1;
    }

    public Slot slot(int index) { return slots.get(index); }

    /** A new empty block with parameters of the given types; returns its id. */
    public int newBlock(IrType... paramTypes) {
        List<Reg> params = new ArrayList<>();
        for (IrType t : paramTypes) params.add(new Reg(nextReg++, t));
        drafts.add(new Draft(drafts.size(), params));
        return drafts.size() - 1;
    }

    public List<Reg> params(int block) { return drafts.get(block).params; }

    /** Moves the cursor to a block; later emits append there. */
    public void switchTo(int block) { current = drafts.get(block); }

    public int currentBlock() { return current.id; }

    /** True if the current block already ends (code after return/raise/break is dead). */
    public boolean terminated() { return current.term != null; }

    public Reg emit(Op op, int line, int handler) {
        if (current.term != null) {
            // Dead code after a terminator: park it in a fresh unreachable block that finish() drops.
            switchTo(newBlock());
        }
        Reg r = op.resultType() == IrType.VOID ? null : new Reg(nextReg++, op.resultType());
        current.instrs.add(new Instr(r, op, line, handler));
        return r;
    }

    public void terminate(Terminator t) {
        if (current.term == null) current.term = t;
    }

    public IrFunction finish() {
        boolean[] reach = new boolean[drafts.size()];
        List<Integer> order = new ArrayList<>();
        List<Integer> work = new ArrayList<>(List.of(0));
        reach[0] = true;
        while (!work.isEmpty()) {
            Draft d = drafts.get(work.remove(work.size() - 1));
            order.add(d.id);
            if (d.term == null) throw new IllegalStateException("block b" + d.id + " of " + id + " has no terminator");
            List<Integer> succ = new ArrayList<>();
            for (Instr in : d.instrs) if (in.handler() >= 0) succ.add(in.handler());
            for (Edge e : d.term.edges()) succ.add(e.target());
            if (d.term instanceof Terminator.Raise r && r.handler() >= 0) succ.add(r.handler());
            for (int s : succ) if (!reach[s]) { reach[s] = true; work.add(s); }
        }
        // Creation order reads like the source (then, else, join), which DFS order would not.
        Map<Integer, Integer> blockIds = new HashMap<>();
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) if (reach[d.id]) { blockIds.put(d.id, kept.size()); kept.add(d); }
        Renumber rn = new Renumber(blockIds);
        List<Block> blocks = new ArrayList<>();
        for (Draft d : kept) {
            List<Reg> params = new ArrayList<>();
            for (Reg p : d.params) params.add(rn.def(p));
            List<Instr> instrs = new ArrayList<>();
            for (Instr in : d.instrs) {
                Op op = rn.op(in.op());
                Reg res = in.result() == null ? null : rn.def(in.result());
                instrs.add(new Instr(res, op, in.line(), in.handler() < 0 ? in.handler() : blockIds.get(in.handler())));
            }
            blocks.add(new Block(blockIds.get(d.id), params, instrs, rn.term(d.term)));
        }
        return new IrFunction(id, name, qualname, firstLine, slots, argNames, nposonly, nargs, nkwonly, varargs, varkw, blocks, generator);
    }

    /** Maps block ids and register ids to dense numbers in order of appearance. */
    private static final class Renumber {
        final Map<Integer, Integer> regs = new HashMap<>();
        final RegMapper mapper;

        Renumber(Map<Integer, Integer> blocks) { mapper = new RegMapper(this::def, blocks::get); }

        Reg def(Reg r) { return new Reg(regs.computeIfAbsent(r.id(), k -> regs.size()), r.type()); }

        Op op(Op op) { return mapper.op(op); }

        Terminator term(Terminator t) { return mapper.terminator(t); }
    }
}
