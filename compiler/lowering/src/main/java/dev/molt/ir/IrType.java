package dev.molt.ir;

/**
 * The machine-level type of an IR value. OBJ is a MoltValue (tagged word, decision 0010); I64 and F64
 * are unboxed numbers that exist only where the lowering proved the Python type; BOOL is a 1-bit
 * condition; VOID marks ops that produce nothing.
 */
public enum IrType {
    OBJ("obj"), I64("i64"), F64("f64"), BOOL("bool"), VOID("void");

    private final String text;

    IrType(String text) { this.text = text; }

    public String text() { return text; }

    public static IrType fromText(String s) {
        for (IrType t : values()) if (t.text.equals(s)) return t;
        throw new IllegalArgumentException("unknown IR type " + s);
    }
}
