package dev.molt.ir;

import java.util.List;

/** A basic block: parameters (instead of phis), instructions, and one terminator. */
public record Block(int id, List<Reg> params, List<Instr> instrs, Terminator terminator) {
    public Block {
        params = List.copyOf(params);
        instrs = List.copyOf(instrs);
    }

    public String label() { return "b" + id; }
}
