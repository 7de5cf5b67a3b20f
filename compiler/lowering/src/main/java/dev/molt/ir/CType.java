package dev.molt.ir;

/** The C return type of a runtime function (the IR result type may differ: an int status maps to BOOL or VOID). */
public enum CType {
    VALUE, INT, I64, BOOL, DOUBLE, VOID
}
