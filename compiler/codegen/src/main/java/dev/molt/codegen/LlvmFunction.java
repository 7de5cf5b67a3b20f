package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMAppendBasicBlockInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMCountParams;
import static org.bytedeco.llvm.global.LLVM.LLVMGetParam;
import static org.bytedeco.llvm.global.LLVM.LLVMInternalLinkage;
import static org.bytedeco.llvm.global.LLVM.LLVMSetLinkage;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A function of an {@link LlvmModule}: a declaration until a block is appended. Keeps its function
 * type because opaque pointers make calls need it explicitly.
 */
public final class LlvmFunction extends LlvmValue {
    final LlvmType type;

    LlvmFunction(LlvmModule owner, LLVMValueRef ref, LlvmType type) {
        super(owner, ref);
        this.type = type;
    }

    public LlvmValue param(int index) {
        owner.checkOpen();
        int count = LLVMCountParams(ref);
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("parameter " + index + " of " + count);
        }
        return new LlvmValue(owner, LLVMGetParam(ref, index));
    }

    /** Hides the function from other objects, so the optimizer may inline and drop it. */
    public LlvmFunction makeInternal() {
        owner.checkOpen();
        LLVMSetLinkage(ref, LLVMInternalLinkage);
        return this;
    }

    public LlvmBlock appendBlock(String name) {
        owner.checkOpen();
        return new LlvmBlock(owner, LLVMAppendBasicBlockInContext(owner.context, ref, name));
    }
}
