package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Appends instructions at the end of a block. It covers what lowering Python needs first
 * (integer and float arithmetic, overflow-checked arithmetic, memory, casts, control flow); add
 * operations here as the translator needs them. Results are left unnamed (LLVM numbers them),
 * which also avoids LLVM's assertion on naming void values.
 */
public final class LlvmBuilder {
    /** Signed integer comparisons. */
    public enum Compare {
        EQ, NE, SLT, SLE, SGT, SGE;

        int llvm() {
            switch (this) {
                case EQ: return LLVMIntEQ;
                case NE: return LLVMIntNE;
                case SLT: return LLVMIntSLT;
                case SLE: return LLVMIntSLE;
                case SGT: return LLVMIntSGT;
                default: return LLVMIntSGE;
            }
        }
    }

    /** Ordered float comparisons (false if either side is NaN), plus UNE which is true for NaN, as Python's {@code !=}. */
    public enum FloatCompare {
        OEQ, UNE, OLT, OLE, OGT, OGE;

        int llvm() {
            switch (this) {
                case OEQ: return LLVMRealOEQ;
                case UNE: return LLVMRealUNE;
                case OLT: return LLVMRealOLT;
                case OLE: return LLVMRealOLE;
                case OGT: return LLVMRealOGT;
                default: return LLVMRealOGE;
            }
        }
    }

    /** Integer operations; SDIV/SREM truncate toward zero (C semantics, not Python's floor). */
    public enum IntOp { ADD, SUB, MUL, SDIV, SREM, AND, OR, XOR, SHL, ASHR }

    public enum FloatOp { FADD, FSUB, FMUL, FDIV }

    /** Signed arithmetic with an overflow flag: the fast path of Python int operations. */
    public enum CheckedOp {
        ADD("llvm.sadd.with.overflow"),
        SUB("llvm.ssub.with.overflow"),
        MUL("llvm.smul.with.overflow");

        final String intrinsic;

        CheckedOp(String intrinsic) {
            this.intrinsic = intrinsic;
        }
    }

    public enum Cast { ZEXT, SEXT, TRUNC, SITOFP, PTRTOINT, INTTOPTR }

    /** Result of a checked operation: the wrapped value and an i1 that is true on overflow. */
    public record Checked(LlvmValue value, LlvmValue overflow) {}

    private final LlvmModule owner;
    final LLVMBuilderRef ref;
    private boolean positioned;

    LlvmBuilder(LlvmModule owner, LLVMBuilderRef ref) {
        this.owner = owner;
        this.ref = ref;
    }

    public LlvmBuilder positionAtEnd(LlvmBlock block) {
        LLVMPositionBuilderAtEnd(ref, owner.own(block).ref);
        positioned = true;
        return this;
    }

    // ---- calls

    public LlvmValue call(LlvmFunction function, LlvmValue... args) {
        checkPositioned();
        owner.own(function);
        int declared = LLVMCountParamTypes(function.type.ref);
        boolean varargs = LLVMIsFunctionVarArg(function.type.ref) != 0;
        if (args.length < declared || (!varargs && args.length > declared)) {
            throw new IllegalArgumentException(
                    "call with " + args.length + " arguments to a function of " + declared + (varargs ? "+" : ""));
        }
        return value(callRaw(function.type.ref, function.ref, args));
    }

    private LLVMValueRef callRaw(LLVMTypeRef type, LLVMValueRef callee, LlvmValue... args) {
        if (args.length == 0) {
            return LLVMBuildCall2(ref, type, callee, (PointerPointer<?>) null, 0, "");
        }
        try (PointerPointer<LLVMValueRef> array = new PointerPointer<>(refs(args))) {
            return LLVMBuildCall2(ref, type, callee, array, args.length, "");
        }
    }

    // ---- arithmetic

    public LlvmValue add(LlvmValue a, LlvmValue b) {
        return binary(IntOp.ADD, a, b);
    }

    public LlvmValue sub(LlvmValue a, LlvmValue b) {
        return binary(IntOp.SUB, a, b);
    }

    public LlvmValue mul(LlvmValue a, LlvmValue b) {
        return binary(IntOp.MUL, a, b);
    }

    public LlvmValue binary(IntOp op, LlvmValue a, LlvmValue b) {
        checkPositioned();
        LLVMValueRef x = owner.own(a).ref;
        LLVMValueRef y = owner.own(b).ref;
        switch (op) {
            case ADD: return value(LLVMBuildAdd(ref, x, y, ""));
            case SUB: return value(LLVMBuildSub(ref, x, y, ""));
            case MUL: return value(LLVMBuildMul(ref, x, y, ""));
            case SDIV: return value(LLVMBuildSDiv(ref, x, y, ""));
            case SREM: return value(LLVMBuildSRem(ref, x, y, ""));
            case AND: return value(LLVMBuildAnd(ref, x, y, ""));
            case OR: return value(LLVMBuildOr(ref, x, y, ""));
            case XOR: return value(LLVMBuildXor(ref, x, y, ""));
            case SHL: return value(LLVMBuildShl(ref, x, y, ""));
            default: return value(LLVMBuildAShr(ref, x, y, ""));
        }
    }

    public LlvmValue floatBinary(FloatOp op, LlvmValue a, LlvmValue b) {
        checkPositioned();
        LLVMValueRef x = owner.own(a).ref;
        LLVMValueRef y = owner.own(b).ref;
        switch (op) {
            case FADD: return value(LLVMBuildFAdd(ref, x, y, ""));
            case FSUB: return value(LLVMBuildFSub(ref, x, y, ""));
            case FMUL: return value(LLVMBuildFMul(ref, x, y, ""));
            default: return value(LLVMBuildFDiv(ref, x, y, ""));
        }
    }

    /** {@code a op b} on two integers of the same type, with signed overflow detection. */
    public Checked checked(CheckedOp op, LlvmValue a, LlvmValue b) {
        checkPositioned();
        LLVMTypeRef operand = LLVMTypeOf(owner.own(a).ref);
        byte[] name = op.intrinsic.getBytes(StandardCharsets.US_ASCII);
        int id = LLVMLookupIntrinsicID(op.intrinsic, name.length);
        LLVMTypeRef fnType;
        LLVMValueRef fn;
        try (PointerPointer<LLVMTypeRef> overload = new PointerPointer<>(new LLVMTypeRef[] {operand})) {
            fnType = LLVMIntrinsicGetType(owner.context(), id, overload, 1);
            fn = LLVMGetIntrinsicDeclaration(owner.module, id, overload, 1);
        }
        LLVMValueRef pair = callRaw(fnType, fn, a, owner.own(b));
        return new Checked(value(LLVMBuildExtractValue(ref, pair, 0, "")), value(LLVMBuildExtractValue(ref, pair, 1, "")));
    }

    public LlvmValue compare(Compare op, LlvmValue a, LlvmValue b) {
        checkPositioned();
        return value(LLVMBuildICmp(ref, op.llvm(), owner.own(a).ref, owner.own(b).ref, ""));
    }

    public LlvmValue compareFloat(FloatCompare op, LlvmValue a, LlvmValue b) {
        checkPositioned();
        return value(LLVMBuildFCmp(ref, op.llvm(), owner.own(a).ref, owner.own(b).ref, ""));
    }

    public LlvmValue cast(Cast op, LlvmValue v, LlvmType to) {
        checkPositioned();
        LLVMValueRef x = owner.own(v).ref;
        LLVMTypeRef t = owner.own(to).ref;
        switch (op) {
            case ZEXT: return value(LLVMBuildZExt(ref, x, t, ""));
            case SEXT: return value(LLVMBuildSExt(ref, x, t, ""));
            case TRUNC: return value(LLVMBuildTrunc(ref, x, t, ""));
            case SITOFP: return value(LLVMBuildSIToFP(ref, x, t, ""));
            case PTRTOINT: return value(LLVMBuildPtrToInt(ref, x, t, ""));
            default: return value(LLVMBuildIntToPtr(ref, x, t, ""));
        }
    }

    public LlvmValue select(LlvmValue condition, LlvmValue ifTrue, LlvmValue ifFalse) {
        checkPositioned();
        return value(LLVMBuildSelect(ref, owner.own(condition).ref, owner.own(ifTrue).ref, owner.own(ifFalse).ref, ""));
    }

    // ---- memory

    /** A stack slot; put allocas in the entry block so mem2reg turns them into registers. */
    public LlvmValue alloca(LlvmType type) {
        checkPositioned();
        return value(LLVMBuildAlloca(ref, owner.own(type).ref, ""));
    }

    public LlvmValue load(LlvmType type, LlvmValue pointer) {
        checkPositioned();
        return value(LLVMBuildLoad2(ref, owner.own(type).ref, owner.own(pointer).ref, ""));
    }

    public void store(LlvmValue value, LlvmValue pointer) {
        checkPositioned();
        LLVMBuildStore(ref, owner.own(value).ref, owner.own(pointer).ref);
    }

    /** Address of element {@code index} of an array of {@code elementType} starting at {@code base}. */
    public LlvmValue elementPtr(LlvmType elementType, LlvmValue base, LlvmValue index) {
        checkPositioned();
        try (PointerPointer<LLVMValueRef> indices = new PointerPointer<>(new LLVMValueRef[] {owner.own(index).ref})) {
            return value(LLVMBuildInBoundsGEP2(ref, owner.own(elementType).ref, owner.own(base).ref, indices, 1, ""));
        }
    }

    /** Address of field {@code field} of the struct at {@code base}. */
    public LlvmValue fieldPtr(LlvmType structType, LlvmValue base, int field) {
        checkPositioned();
        return value(LLVMBuildStructGEP2(ref, owner.own(structType).ref, owner.own(base).ref, field, ""));
    }

    // ---- control flow

    /** A phi of {@code type}; it must come before any other instruction of its block. */
    public LlvmPhi phi(LlvmType type) {
        checkPositioned();
        return new LlvmPhi(owner, LLVMBuildPhi(ref, owner.own(type).ref, ""));
    }

    public void br(LlvmBlock target) {
        checkPositioned();
        LLVMBuildBr(ref, owner.own(target).ref);
    }

    public void condBr(LlvmValue condition, LlvmBlock ifTrue, LlvmBlock ifFalse) {
        checkPositioned();
        LLVMBuildCondBr(ref, owner.own(condition).ref, owner.own(ifTrue).ref, owner.own(ifFalse).ref);
    }

    public void ret(LlvmValue value) {
        checkPositioned();
        LLVMBuildRet(ref, owner.own(value).ref);
    }

    public void retVoid() {
        checkPositioned();
        LLVMBuildRetVoid(ref);
    }

    public void unreachable() {
        checkPositioned();
        LLVMBuildUnreachable(ref);
    }

    // An instruction built with no insertion block would float outside any function.
    private void checkPositioned() {
        owner.checkOpen();
        if (!positioned) {
            throw new IllegalStateException("builder is not positioned in a block");
        }
    }

    private LLVMValueRef[] refs(LlvmValue[] values) {
        LLVMValueRef[] refs = new LLVMValueRef[values.length];
        for (int i = 0; i < values.length; i++) {
            refs[i] = owner.own(values[i]).ref;
        }
        return refs;
    }

    private LlvmValue value(LLVMValueRef v) {
        return new LlvmValue(owner, v);
    }
}
