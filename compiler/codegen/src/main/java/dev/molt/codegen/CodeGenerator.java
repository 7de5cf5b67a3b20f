package dev.molt.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Verifies, optimizes and emits {@link LlvmModule}s. Every entry point verifies first: LLVM's
 * optimizer and backends assume valid IR and crash the JVM on anything else, while the verifier
 * turns the same mistake into a {@link CodegenException}.
 */
public final class CodeGenerator {
    private CodeGenerator() {}

    /** Version of the LLVM library in use, e.g. {@code 20.1.7} (part of every cache key downstream). */
    public static String llvmVersion() {
        int[] major = new int[1];
        int[] minor = new int[1];
        int[] patch = new int[1];
        LLVMGetVersion(major, minor, patch);
        return major[0] + "." + minor[0] + "." + patch[0];
    }

    /** Checks the module is valid LLVM IR. */
    public static void verify(LlvmModule module) throws CodegenException {
        module.checkOpen();
        BytePointer message = new BytePointer();
        if (LLVMVerifyModule(module.module, LLVMReturnStatusAction, message) != 0) {
            throw new CodegenException(CodegenException.Kind.VERIFY, module.name(), LlvmModule.takeMessage(message));
        }
        LlvmModule.takeMessage(message);
    }

    /** Runs the {@code default<On>} pipeline on the module, in place. */
    public static void optimize(LlvmModule module, OptLevel opt) throws CodegenException {
        verify(module);
        LLVMTargetMachineRef machine = LlvmTargets.createMachine(module.target(), opt);
        LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef error = LLVMRunPasses(module.module, opt.pipeline(), machine, options);
            if (error != null && !error.isNull()) {
                BytePointer message = LLVMGetErrorMessage(error);
                String text = message.getString();
                LLVMDisposeErrorMessage(message);
                throw new CodegenException(CodegenException.Kind.PASSES, module.name(), text);
            }
        } finally {
            LLVMDisposePassBuilderOptions(options);
            LLVMDisposeTargetMachine(machine);
        }
    }

    /** Emits the module, as it is, into an object file for its target. */
    public static ObjectCode emitObject(LlvmModule module, OptLevel opt) throws CodegenException {
        verify(module);
        LLVMTargetMachineRef machine = LlvmTargets.createMachine(module.target(), opt);
        try {
            BytePointer message = new BytePointer();
            LLVMMemoryBufferRef buffer = new LLVMMemoryBufferRef();
            if (LLVMTargetMachineEmitToMemoryBuffer(machine, module.module, LLVMObjectFile, message, buffer) != 0) {
                throw new CodegenException(CodegenException.Kind.EMIT, module.name(), LlvmModule.takeMessage(message));
            }
            try {
                int size = Math.toIntExact(LLVMGetBufferSize(buffer));
                byte[] bytes = new byte[size];
                LLVMGetBufferStart(buffer).capacity(size).get(bytes);
                return new ObjectCode(module.target(), bytes);
            } finally {
                LLVMDisposeMemoryBuffer(buffer);
            }
        } finally {
            LLVMDisposeTargetMachine(machine);
        }
    }

    /** Verify, optimize in place, emit: the whole codegen back half. */
    public static ObjectCode compile(LlvmModule module, OptLevel opt) throws CodegenException {
        optimize(module, opt);
        return emitObject(module, opt);
    }
}
