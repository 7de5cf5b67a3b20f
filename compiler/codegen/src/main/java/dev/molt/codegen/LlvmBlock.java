package dev.molt.codegen;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;

/** A basic block of an {@link LlvmFunction}. */
public final class LlvmBlock {
    final LlvmModule owner;
    final LLVMBasicBlockRef ref;

    LlvmBlock(LlvmModule owner, LLVMBasicBlockRef ref) {
        this.owner = owner;
        this.ref = ref;
    }
}
