package dev.molt.codegen;

import dev.molt.ir.IrModule;

/**
 * The codegen stage: Molt IR -> LLVM -> object file for one target. The translation writes LLVM
 * assembly (see docs/decisions/0023), which {@link LlvmModule#parse} reads back and
 * {@link CodeGenerator} verifies, optimizes and emits; so a translation bug is a
 * {@link CodegenException} carrying LLVM's verifier message, never a crash.
 */
public final class Codegen {
    private Codegen() {}

    /** Object code of the module for {@code target}. */
    public static ObjectCode generate(IrModule module, Target target, OptLevel opt) throws CodegenException {
        try (LlvmModule m = translate(module, target)) {
            return CodeGenerator.compile(m, opt);
        }
    }

    /** LLVM assembly for {@code --emit-llvm}: the translation after the {@code opt} pipeline (O0: as translated). */
    public static String emitLlvm(IrModule module, Target target, OptLevel opt) throws CodegenException {
        try (LlvmModule m = translate(module, target)) {
            if (opt == OptLevel.O0) {
                CodeGenerator.verify(m);
            } else {
                CodeGenerator.optimize(m, opt);
            }
            return m.toText();
        }
    }

    /** The translation as text, before LLVM parses it (for tests and debugging). */
    static String assembly(IrModule module, Target target) {
        return new ModuleEmitter(module, target).emit();
    }

    private static LlvmModule translate(IrModule module, Target target) throws CodegenException {
        String text;
        try {
            text = assembly(module, target);
        } catch (RuntimeException e) {
            throw new CodegenException(CodegenException.Kind.TRANSLATE, module.file(), String.valueOf(e.getMessage()));
        }
        // The module name is recorded in the object: the IR's file name is relative by construction.
        return LlvmModule.parse(text, module.file(), target);
    }
}
