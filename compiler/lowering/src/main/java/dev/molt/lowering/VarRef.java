package dev.molt.lowering;

/** Where the lowering reads and writes one Python name. */
sealed interface VarRef {
    /** A plain frame slot; {@code alwaysBound} skips the unbound check (parameters never deleted). */
    record Local(int slot, String name, boolean alwaysBound) implements VarRef {}

    /** A slot holding a cell: {@code free} for closure variables (NameError) vs own cells (UnboundLocalError). */
    record Cell(int slot, String name, boolean free) implements VarRef {}

    /** A name in a class body's namespace dict (held in a slot); loads fall back to globals and builtins. */
    record ClassName(int nsSlot, String name) implements VarRef {}

    /** Module globals (then builtins on load). */
    record Global(String name) implements VarRef {}
}
