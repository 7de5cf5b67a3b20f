package dev.molt.ir;

/** An SSA value: defined exactly once (an instruction result or a block parameter) in one function. */
public record Reg(int id, IrType type) {
    public Reg {
        if (type == IrType.VOID) throw new IllegalArgumentException("a register cannot be void");
    }

    @Override public String toString() { return "%" + id; }
}
