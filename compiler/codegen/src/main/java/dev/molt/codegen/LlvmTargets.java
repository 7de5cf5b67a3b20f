package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/** Registers LLVM's X86 and WebAssembly backends once per process and creates target machines. */
final class LlvmTargets {
    private static boolean initialized;

    private LlvmTargets() {}

    static synchronized void initialize() {
        if (initialized) {
            return;
        }
        LLVMInitializeX86TargetInfo();
        LLVMInitializeX86Target();
        LLVMInitializeX86TargetMC();
        LLVMInitializeX86AsmPrinter();
        LLVMInitializeWebAssemblyTargetInfo();
        LLVMInitializeWebAssemblyTarget();
        LLVMInitializeWebAssemblyTargetMC();
        LLVMInitializeWebAssemblyAsmPrinter();
        initialized = true;
    }

    /** A fresh machine per call: target machines hold per-compilation state and are cheap to make. */
    static LLVMTargetMachineRef createMachine(Target target, OptLevel opt) {
        initialize();
        LLVMTargetRef llvmTarget = new LLVMTargetRef();
        BytePointer error = new BytePointer();
        // The triple must go in as a BytePointer to get the LLVMTargetRef filled in (ENVIRONMENT.md).
        try (BytePointer triple = new BytePointer(target.triple())) {
            if (LLVMGetTargetFromTriple(triple, llvmTarget, error) != 0) {
                String message = error.getString();
                LLVMDisposeMessage(error);
                throw new IllegalStateException("LLVM backend missing for " + target.triple() + ": " + message);
            }
        }
        int reloc = target.pic() ? LLVMRelocPIC : LLVMRelocDefault;
        LLVMTargetMachineRef machine = LLVMCreateTargetMachine(
                llvmTarget, target.triple(), target.cpu(), "", opt.codeGenLevel(), reloc, LLVMCodeModelDefault);
        if (machine == null || machine.isNull()) {
            throw new IllegalStateException("LLVM could not create a target machine for " + target.triple());
        }
        return machine;
    }
}
