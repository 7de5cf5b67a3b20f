package dev.molt.codegen;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the LLVM assembly of one Molt IR module: one entry point and one MoltCode descriptor per
 * IR function, the module's globals, the constant pool and the module init function (constants,
 * then the module body over the namespace the runtime made), named after the module so that the
 * program's table ({@link ProgramEmitter}) can name it. The text depends only on the IR.
 */
final class ModuleEmitter {
    final RuntimeCalls calls = new RuntimeCalls();
    final ConstantPool pool = new ConstantPool();
    private final IrModule ir;
    private final Map<String, Integer> index = new HashMap<>();

    ModuleEmitter(IrModule ir) {
        this.ir = ir;
        for (int i = 0; i < ir.functions().size(); i++) {
            index.put(ir.functions().get(i).id(), i);
        }
    }

    IrFunction function(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("IR refers to unknown function " + id);
        }
        return ir.functions().get(i);
    }

    /** Entry symbols are numbered by position: IR ids contain characters symbol tables dislike. */
    String entrySymbol(IrFunction fn) {
        return "@molt.fn." + index.get(fn.id());
    }

    /** A generator function's body (decision 0036); its entry symbol is the creator. */
    String resumeSymbol(IrFunction fn) {
        return "@molt.resume." + index.get(fn.id());
    }

    String codeSymbol(IrFunction fn) {
        return "@molt.code." + index.get(fn.id());
    }

    String fileName() {
        return pool.cstring(ir.file());
    }

    String emit() {
        StringBuilder fns = new StringBuilder();
        for (IrFunction fn : ir.functions()) {
            fns.append('\n').append(new FunctionEmitter(this, fn).emit());
        }
        StringBuilder codes = new StringBuilder();
        for (IrFunction fn : ir.functions()) {
            code(codes, fn);
        }
        String init = moduleInit();
        for (String singleton : List.of("molt_None_obj", "molt_True_obj", "molt_False_obj", "molt_Ellipsis_obj")) {
            calls.external(singleton);
        }
        calls.declare("llvm.memset.p0.i64", "void", "ptr", "i8", "i64", "i1");
        StringBuilder decls = new StringBuilder();
        calls.appendTo(decls);

        StringBuilder sb = new StringBuilder();
        sb.append("; Molt module ").append(ir.name()).append(" (").append(ir.file()).append(")\n");
        sb.append("%MoltFrame = type { ptr, ptr, i32, i32, ptr, ptr }\n");
        sb.append("%MoltCode = type { ptr, ptr, ptr, i32, i32, i32, i32 }\n\n");
        sb.append("@molt.globals = internal global i64 0, align 8\n");
        pool.appendGlobals(sb);
        sb.append(codes);
        sb.append('\n');
        sb.append(decls);
        sb.append(fns);
        sb.append('\n').append(init);
        sb.append("\n!0 = !{!\"branch_weights\", i32 1, i32 2000}\n");
        return sb.toString();
    }

    private void code(StringBuilder sb, IrFunction fn) {
        int i = index.get(fn.id());
        List<String> names = fn.argNames();
        String argnames = "null";
        if (!names.isEmpty()) {
            argnames = "@molt.argnames." + i;
            sb.append(argnames).append(" = private unnamed_addr constant [").append(names.size()).append(" x ptr] [");
            for (int k = 0; k < names.size(); k++) {
                sb.append(k > 0 ? ", " : "").append("ptr ").append(pool.cstring(names.get(k)));
            }
            sb.append("], align 8\n");
        }
        int flags = (fn.varargs() ? 1 : 0) | (fn.varkw() ? 2 : 0);
        sb.append(codeSymbol(fn)).append(" = private unnamed_addr constant %MoltCode { ptr ")
                .append(pool.cstring(fn.name())).append(", ptr ").append(pool.cstring(fn.qualname()))
                .append(", ptr ").append(argnames).append(", i32 ").append(fn.nposonly()).append(", i32 ")
                .append(fn.nargs()).append(", i32 ").append(fn.nkwonly()).append(", i32 ").append(flags)
                .append(" }, align 8\n");
    }

    /** The init function of the module called {@code moduleName} (decision 0039). */
    static String initSymbol(String moduleName) {
        return "@\"molt.init:" + moduleName + "\"";
    }

    /**
     * {@code i64 @"molt.init:NAME"(i64 globals)}: what the runtime runs on the module's first import,
     * with the new module's namespace dict (already holding {@code __name__} and {@code __file__}).
     * Builds the constants, keeps the dict as the module's globals (a registered root), then runs
     * the module body, whose result (None, or MOLT_ERR with an exception pending) it returns.
     */
    private String moduleInit() {
        calls.declare("molt_gc_add_root", "void", "ptr");
        StringBuilder sb = new StringBuilder();
        sb.append("define i64 ").append(initSymbol(ir.name())).append("(i64 %globals) {\nentry:\n");
        sb.append("  store i64 %globals, ptr @molt.globals, align 8\n");
        sb.append("  call void @molt_gc_add_root(ptr @molt.globals)\n");
        pool.appendInit(sb, calls, "fail");
        sb.append("  %r = call i64 ").append(entrySymbol(ir.functions().get(0))).append("(i64 0, ptr null, i64 0, i64 0)\n");
        sb.append("  ret i64 %r\n");
        sb.append("fail:\n  ret i64 0\n}\n");
        return sb.toString();
    }
}
