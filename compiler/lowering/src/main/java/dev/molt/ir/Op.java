package dev.molt.ir;

import dev.molt.frontend.ast.ConstValue;
import java.util.List;

/**
 * The closed set of IR operations. Each declares its operands, its result type and how it fails;
 * codegen only reads them. Calls into the runtime go through {@link CallC} and the {@link Builtins}
 * table, so the op set stays small.
 */
public sealed interface Op {
    List<Reg> operands();

    IrType resultType();

    ErrorKind errorKind();

    /** A Python constant (None, bool, int of any size, float, complex, str, bytes, Ellipsis) as an object. */
    record LoadConst(ConstValue value) implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record ConstI64(long value) implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.I64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record ConstF64(double value) implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.F64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
        @Override public boolean equals(Object o) { return o instanceof ConstF64 c && Double.compare(c.value, value) == 0; }
        @Override public int hashCode() { return Double.hashCode(value); }
    }

    record ConstBool(boolean value) implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** MOLT_ERR as an object value: "absent" for optional runtime arguments and unbound slots. */
    record Null() implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** Reads a frame slot (a Python variable); an OBJ slot may hold MOLT_ERR while unbound. */
    record LoadSlot(int slot, IrType type) implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return type; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record StoreSlot(int slot, Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.VOID; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** The module's globals dict. */
    record Globals() implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** The function object being executed (the callee argument of the entry point); holds the closure. */
    record CurrentFunction() implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** A call of a runtime function described by a {@link Builtins} row; text feeds its CSTR parameter. */
    record CallC(String builtin, String text, List<Reg> args) implements Op {
        public CallC {
            args = List.copyOf(args);
            Builtins.get(builtin);
        }
        public Builtin row() { return Builtins.get(builtin); }
        public List<Reg> operands() { return args; }
        public IrType resultType() { return row().result(); }
        public ErrorKind errorKind() { return row().error(); }
    }

    /** A direct call of a function of this module whose binding is known at compile time (positional args only). */
    record CallDirect(String function, List<Reg> args) implements Op {
        public CallDirect { args = List.copyOf(args); }
        public List<Reg> operands() { return args; }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NULL; }
    }

    /** A function object for an IR function of this module; defaults/kwdefaults/closure may be Null. */
    record MakeFunction(String function, Reg defaults, Reg kwdefaults, Reg closure) implements Op {
        public List<Reg> operands() { return List.of(defaults, kwdefaults, closure); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NULL; }
    }

    record IsNull(Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** Python {@code is}: word equality (small ints and singletons are canonical, decision 0010). */
    record Identical(Reg a, Reg b) implements Op {
        public List<Reg> operands() { return List.of(a, b); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record Not(Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** Unchecked i64 arithmetic (wrapping); overflow-checked forms are the CheckedIntArith terminator. */
    record IntArith(IntOp op, Reg a, Reg b) implements Op {
        public List<Reg> operands() { return List.of(a, b); }
        public IrType resultType() { return IrType.I64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record IntCompare(CmpOp op, Reg a, Reg b) implements Op {
        public List<Reg> operands() { return List.of(a, b); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** IEEE arithmetic; division by zero must be excluded by the lowering (Python raises). */
    record FloatArith(FloatOp op, Reg a, Reg b) implements Op {
        public List<Reg> operands() { return List.of(a, b); }
        public IrType resultType() { return IrType.F64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record FloatCompare(CmpOp op, Reg a, Reg b) implements Op {
        public List<Reg> operands() { return List.of(a, b); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** True if the value is a small int (tag bit set, decision 0010): the guard of the unboxed fast paths. */
    record IsSmallInt(Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.BOOL; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /** The payload of a value known to be a small int (an arithmetic shift); undefined otherwise. */
    record UntagInt(Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.I64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    record IntToFloat(Reg value) implements Op {
        public List<Reg> operands() { return List.of(value); }
        public IrType resultType() { return IrType.F64; }
        public ErrorKind errorKind() { return ErrorKind.NEVER; }
    }

    /**
     * First instruction of a generator's entry block and of every block a {@link Terminator.Yield}
     * resumes at: the value sent in (None for next()), or MOLT_ERR when the generator is resumed by
     * throw() or close(), whose exception is then pending and raised here, inside the try blocks
     * around the yield (decision 0036).
     */
    record ResumeValue() implements Op {
        public List<Reg> operands() { return List.of(); }
        public IrType resultType() { return IrType.OBJ; }
        public ErrorKind errorKind() { return ErrorKind.NULL; }
    }

    enum IntOp { ADD, SUB, MUL, AND, OR, XOR }

    enum FloatOp { ADD, SUB, MUL, DIV }

    enum CmpOp { LT, LE, EQ, NE, GT, GE }
}
