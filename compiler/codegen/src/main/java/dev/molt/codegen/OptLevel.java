package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelAggressive;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelDefault;
import static org.bytedeco.llvm.global.LLVM.LLVMCodeGenLevelNone;

/** Optimization level: the new pass manager's {@code default<On>} pipeline plus the matching backend level. */
public enum OptLevel {
    O0,
    O2,
    O3;

    /** Pass pipeline text for LLVMRunPasses. */
    public String pipeline() {
        return "default<" + name() + ">";
    }

    int codeGenLevel() {
        switch (this) {
            case O0:
                return LLVMCodeGenLevelNone;
            case O2:
                return LLVMCodeGenLevelDefault;
            default:
                return LLVMCodeGenLevelAggressive;
        }
    }
}
