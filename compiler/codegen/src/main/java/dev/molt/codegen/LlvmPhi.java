package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMAddIncoming;

import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** A phi node; incoming edges are added as the predecessors are built. */
public final class LlvmPhi extends LlvmValue {
    LlvmPhi(LlvmModule owner, LLVMValueRef ref) {
        super(owner, ref);
    }

    public LlvmPhi addIncoming(LlvmValue value, LlvmBlock from) {
        owner.own(value);
        owner.own(from);
        try (PointerPointer<LLVMValueRef> values = new PointerPointer<>(new LLVMValueRef[] {value.ref});
                PointerPointer<LLVMBasicBlockRef> blocks = new PointerPointer<>(new LLVMBasicBlockRef[] {from.ref})) {
            LLVMAddIncoming(ref, values, blocks, 1);
        }
        return this;
    }
}
