package dev.molt.codegen;

import dev.molt.ir.IrModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The codegen stage: Molt IR -> LLVM -> object file for one target. The translation writes LLVM
 * assembly (see docs/decisions/0023), which {@link LlvmModule#parse} reads back and
 * {@link CodeGenerator} verifies, optimizes and emits; so a translation bug is a
 * {@link CodegenException} carrying LLVM's verifier message, never a crash.
 *
 * <p>A program is one or more modules (decision 0039), exactly one of them {@code __main__}: each
 * module's text and the program's table of modules are linked into one LLVM module, so a program
 * is one object file.
 */
public final class Codegen {
    private Codegen() {}

    /** Object code of a one-module program ({@code module} is its {@code __main__}) for {@code target}. */
    public static ObjectCode generate(IrModule module, Target target, OptLevel opt) throws CodegenException {
        return generate(List.of(module), target, opt);
    }

    /** Object code of the program made of {@code modules}, in any order, for {@code target}. */
    public static ObjectCode generate(List<IrModule> modules, Target target, OptLevel opt) throws CodegenException {
        try (LlvmModule m = translate(modules, target)) {
            return CodeGenerator.compile(m, opt);
        }
    }

    /** LLVM assembly for {@code --emit-llvm}: the translation after the {@code opt} pipeline (O0: as translated). */
    public static String emitLlvm(IrModule module, Target target, OptLevel opt) throws CodegenException {
        return emitLlvm(List.of(module), target, opt);
    }

    /** {@link #emitLlvm(IrModule, Target, OptLevel)} for the program made of {@code modules}. */
    public static String emitLlvm(List<IrModule> modules, Target target, OptLevel opt) throws CodegenException {
        try (LlvmModule m = translate(modules, target)) {
            if (opt == OptLevel.O0) {
                CodeGenerator.verify(m);
            } else {
                CodeGenerator.optimize(m, opt);
            }
            return m.toText();
        }
    }

    /** The translation of a one-module program as text, before LLVM parses it (for tests and debugging). */
    static String assembly(IrModule module, Target target) {
        return new ModuleEmitter(module).emit() + "\n" + ProgramEmitter.emit(List.of(module), target);
    }

    private static LlvmModule translate(List<IrModule> modules, Target target) throws CodegenException {
        // Sorted by name: the same modules give the same bytes whatever order they were found in.
        List<IrModule> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(IrModule::name));
        IrModule main = sorted.stream().filter(m -> m.name().equals("__main__")).findFirst().orElse(null);
        String file = main != null ? main.file() : sorted.isEmpty() ? "<program>" : sorted.get(0).file();
        List<String> texts = new ArrayList<>();
        try {
            if (main == null) {
                throw new IllegalArgumentException("the program has no __main__ module");
            }
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                    throw new IllegalArgumentException("two modules named " + sorted.get(i).name());
                }
            }
            for (IrModule m : sorted) {
                texts.add(new ModuleEmitter(m).emit());
            }
            texts.add(ProgramEmitter.emit(sorted, target));
        } catch (RuntimeException e) {
            throw new CodegenException(CodegenException.Kind.TRANSLATE, file, String.valueOf(e.getMessage()));
        }
        // The module name is recorded in the object: the IR's file name is relative by construction.
        return LlvmModule.parseLinked(texts, file, target);
    }
}
