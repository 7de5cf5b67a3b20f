package dev.molt.ir;

/**
 * An operation placed in a block.
 *
 * @param result  the defined register, null iff the op's result type is VOID
 * @param line    source line, for tracebacks and the frame's current line
 * @param handler block that receives control if the op raises, or -1 to propagate to the caller
 */
public record Instr(Reg result, Op op, int line, int handler) {
    public static final int PROPAGATE = -1;
}
