package dev.molt.codegen;

import dev.molt.ir.IrModule;
import java.util.List;

/**
 * Writes the LLVM assembly that makes modules a program (decision 0039): the table of the
 * program's modules the runtime imports from ({@code MoltProgramModule}: name, file, init
 * function) and the C {@code main} that hands it to {@code molt_program_main}, which runs
 * {@code __main__}. Rows follow the order of the list given.
 */
final class ProgramEmitter {
    private ProgramEmitter() {}

    static String emit(List<IrModule> modules, Target target) {
        ConstantPool pool = new ConstantPool();
        StringBuilder rows = new StringBuilder();
        StringBuilder decls = new StringBuilder();
        for (IrModule m : modules) {
            String init = ModuleEmitter.initSymbol(m.name());
            decls.append("declare i64 ").append(init).append("(i64)\n");
            rows.append("  %MoltProgramModule { ptr ").append(pool.cstring(m.name())).append(", ptr ")
                    .append(pool.cstring(m.file())).append(", ptr ").append(init).append(" },\n");
        }
        StringBuilder sb = new StringBuilder("; Molt program: the table of its modules and main\n");
        sb.append("%MoltProgramModule = type { ptr, ptr, ptr }\n\n");
        pool.appendGlobals(sb);
        sb.append("@molt.program = private unnamed_addr constant [").append(modules.size() + 1)
                .append(" x %MoltProgramModule] [\n").append(rows)
                .append("  %MoltProgramModule zeroinitializer\n], align 8\n\n");
        sb.append(decls);
        sb.append("declare i32 @molt_program_main(i32, ptr, ptr)\n\n");
        sb.append("define i32 @").append(target.mainSymbol()).append("(i32 %argc, ptr %argv) {\n")
                .append("entry:\n")
                .append("  %code = call i32 @molt_program_main(i32 %argc, ptr %argv, ptr @molt.program)\n")
                .append("  ret i32 %code\n}\n");
        return sb.toString();
    }
}
