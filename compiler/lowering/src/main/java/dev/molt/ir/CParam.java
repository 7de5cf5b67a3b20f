package dev.molt.ir;

/** One C parameter of a runtime function, and where its argument comes from in a {@link Op.CallC}. */
public enum CParam {
    /** MoltValue from an OBJ register. */
    VALUE(IrType.OBJ),
    /** int64_t from an I64 register. */
    I64(IrType.I64),
    /** double from an F64 register. */
    F64(IrType.F64),
    /** bool from a BOOL register. */
    BOOL(IrType.BOOL),
    /** C int fixed by the table row (operator codes such as MOLT_OP_ADD); no register. */
    IMM(null),
    /** const char * from the op's text (a name for error messages); no register. */
    CSTR(null),
    /** (const MoltValue *items, int64_t n) built from all remaining OBJ registers; at most one per row. */
    ARRAY(IrType.OBJ);

    private final IrType regType;

    CParam(IrType regType) { this.regType = regType; }

    /** The register type this parameter consumes, or null if it takes no register. */
    public IrType regType() { return regType; }
}
