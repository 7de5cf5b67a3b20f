package dev.molt.codegen;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/** An LLVM type of one {@link LlvmModule}; opaque outside this package. */
public final class LlvmType {
    final LlvmModule owner;
    final LLVMTypeRef ref;

    LlvmType(LlvmModule owner, LLVMTypeRef ref) {
        this.owner = owner;
        this.ref = ref;
    }
}
