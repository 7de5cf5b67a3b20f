package dev.molt.ir;

import java.util.List;

/**
 * One compiled function (or the module body). Parameters occupy slots 0..argNames.size()-1 in
 * MoltCode order (positional, keyword-only, *args, **kwargs) so molt_function_bind can fill them.
 *
 * @param id unique within the module, used as the C symbol suffix and by MakeFunction/CallDirect
 * @param generator the blocks are the body of a generator function (decision 0036): calling the
 *                  function binds the arguments into a new generator object, and the body runs
 *                  when the generator is resumed; {@link Terminator.Yield} suspends it
 */
public record IrFunction(String id, String name, String qualname, int firstLine, List<Slot> slots,
                         List<String> argNames, int nposonly, int nargs, int nkwonly, boolean varargs,
                         boolean varkw, List<Block> blocks, boolean generator) {
    public IrFunction {
        slots = List.copyOf(slots);
        argNames = List.copyOf(argNames);
        blocks = List.copyOf(blocks);
    }

    /** An ordinary (non-generator) function. */
    public IrFunction(String id, String name, String qualname, int firstLine, List<Slot> slots, List<String> argNames,
                      int nposonly, int nargs, int nkwonly, boolean varargs, boolean varkw, List<Block> blocks) {
        this(id, name, qualname, firstLine, slots, argNames, nposonly, nargs, nkwonly, varargs, varkw, blocks, false);
    }

    /** The same function with other slots and blocks (what passes produce). */
    public IrFunction with(List<Slot> newSlots, List<Block> newBlocks) {
        return new IrFunction(id, name, qualname, firstLine, newSlots, argNames, nposonly, nargs, nkwonly, varargs, varkw,
            newBlocks, generator);
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
