package dev.molt.ir;

import java.util.List;

/**
 * One compiled function (or the module body). Parameters occupy slots 0..argNames.size()-1 in
 * MoltCode order (positional, keyword-only, *args, **kwargs) so molt_function_bind can fill them.
 *
 * @param id unique within the module, used as the C symbol suffix and by MakeFunction/CallDirect
 */
public record IrFunction(String id, String name, String qualname, int firstLine, List<Slot> slots,
                         List<String> argNames, int nposonly, int nargs, int nkwonly, boolean varargs,
                         boolean varkw, List<Block> blocks) {
    public IrFunction {
        slots = List.copyOf(slots);
        argNames = List.copyOf(argNames);
        blocks = List.copyOf(blocks);
    }

    /** Number of shadow-stack roots the frame needs for its variables (temporaries come on top, in codegen). */
    public int rootSlots() {
        int n = 0;
        for (Slot s : slots) if (s.type() == IrType.OBJ) n++;
        return n;
    }

    public Block block(int id) {
        for (Block b : blocks) if (b.id() == id) return b;
        return null;
    }
}
