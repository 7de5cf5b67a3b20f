package dev.molt.lowering.scope;

/** Where a name used in a scope lives (CPython's symtable scopes). */
public enum Binding {
    /** a variable of this function, in a frame slot */
    LOCAL,
    /** a variable of this function that inner functions capture: its slot holds a cell */
    CELL,
    /** a variable of an enclosing function, reached through this function's closure */
    FREE,
    /** declared {@code global} in this scope */
    GLOBAL_EXPLICIT,
    /** not bound anywhere enclosing: module globals, then builtins */
    GLOBAL_IMPLICIT
}
