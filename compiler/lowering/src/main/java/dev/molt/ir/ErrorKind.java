package dev.molt.ir;

/**
 * How an operation reports a raised exception (decision 0012: errors are returned, not unwound).
 * Codegen turns each kind into one compare and a branch to the instruction's handler.
 */
public enum ErrorKind {
    /** Cannot raise. */
    NEVER,
    /** Returns MOLT_ERR (0) with an exception pending. */
    NULL,
    /** Returns a negative C integer with an exception pending. */
    NEG,
    /** Returns MOLT_ERR both for "no value" (e.g. an exhausted iterator) and for an error; an error
     *  is the case where an exception is pending (molt_next). */
    NULL_PENDING,
    /** Returns -1 both as a value and for an error; an error is the case where an exception is
     *  pending (CPython's PyLong_AsLong convention). */
    NEG1_PENDING,
    /** Always raises: the call sets the pending exception and control never continues normally. */
    ALWAYS;

    public boolean canFail() { return this != NEVER; }
}
