package dev.molt.codegen;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the LLVM assembly of one Molt IR module: one entry point and one MoltCode descriptor per
 * IR function, the module's globals dict, the constant pool, the module init function (constants,
 * globals with {@code __name__}, then the module body) and the C {@code main} that hands the init
 * function to the runtime's molt_main. The text depends only on the IR and the target.
 */
final class ModuleEmitter {
    final RuntimeCalls calls = new RuntimeCalls();
    final ConstantPool pool = new ConstantPool();
    private final IrModule ir;
    private final Target target;
    private final Map<String, Integer> index = new HashMap<>();

    ModuleEmitter(IrModule ir, Target target) {
        this.ir = ir;
        this.target = target;
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
        String main = mainFunction();
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
        sb.append('\n').append(main);
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

    /**
     * {@code i64 molt.module_init()}: what molt_main runs. Builds the constants, creates the
     * globals dict (a registered root) with {@code __name__}, then runs the module body, whose
     * result (None, or MOLT_ERR with an exception pending) it returns.
     */
    private String moduleInit() {
        calls.declare("molt_gc_add_root", "void", "ptr");
        calls.declare("molt_dict_new", "i64");
        calls.declare("molt_dict_setitem", "i32", "i64", "i64", "i64");
        String nameKey = pool.global(new ConstValue.Str("__name__"));
        String nameValue = pool.global(new ConstValue.Str(ir.name()));
        StringBuilder sb = new StringBuilder();
        sb.append("define internal i64 @molt.module_init() {\nentry:\n");
        sb.append("  call void @molt_gc_add_root(ptr @molt.globals)\n");
        pool.appendInit(sb, calls, "fail");
        sb.append("  %g = call i64 @molt_dict_new()\n");
        sb.append("  %g.bad = icmp eq i64 %g, 0\n");
        sb.append("  br i1 %g.bad, label %fail, label %g.ok\n");
        sb.append("g.ok:\n");
        sb.append("  store i64 %g, ptr @molt.globals, align 8\n");
        sb.append("  %nk = load i64, ptr ").append(nameKey).append(", align 8\n");
        sb.append("  %nv = load i64, ptr ").append(nameValue).append(", align 8\n");
        sb.append("  %set = call i32 @molt_dict_setitem(i64 %g, i64 %nk, i64 %nv)\n");
        sb.append("  %set.bad = icmp slt i32 %set, 0\n");
        sb.append("  br i1 %set.bad, label %fail, label %run\n");
        sb.append("run:\n");
        sb.append("  %r = call i64 ").append(entrySymbol(ir.functions().get(0))).append("(i64 0, ptr null, i64 0, i64 0)\n");
        sb.append("  ret i64 %r\n");
        sb.append("fail:\n  ret i64 0\n}\n");
        return sb.toString();
    }

    private String mainFunction() {
        calls.declare("molt_main", "i32", "i32", "ptr", "ptr");
        return "define i32 @" + target.mainSymbol() + "(i32 %argc, ptr %argv) {\n"
                + "entry:\n"
                + "  %code = call i32 @molt_main(i32 %argc, ptr %argv, ptr @molt.module_init)\n"
                + "  ret i32 %code\n}\n";
    }
}
