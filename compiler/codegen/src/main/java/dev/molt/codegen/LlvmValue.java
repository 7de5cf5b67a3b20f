package dev.molt.codegen;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** An LLVM value (constant, instruction result, parameter, global) of one {@link LlvmModule}. */
public class LlvmValue {
    final LlvmModule owner;
    final LLVMValueRef ref;

    LlvmValue(LlvmModule owner, LLVMValueRef ref) {
        this.owner = owner;
        this.ref = ref;
    }
}
