package dev.molt.codegen;

import dev.molt.ir.Block;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrType;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import java.util.ArrayList;
import java.util.List;

/**
 * The two LLVM functions of a generator function (decision 0036). The entry point (molt_call_fn)
 * is the creator: molt_generator_new binds the arguments into a new generator object's roots and
 * returns it. The resume function {@code i64 @molt.resume.N(i64 gen, i64 sent)} runs the body with
 * its frame inside that object: the MoltFrame's root array is the object's roots (parameters at
 * the same indices as in an ordinary frame), unboxed slots are raw words after them, and the entry
 * switches on the saved state to the block after the yield it stopped at.
 *
 * Offsets mirror runtime/include/molt/generator.h (checked there by _Static_assert): the header is
 * 16 bytes on both targets, then state, func and delegate; roots start at 80.
 */
final class GeneratorFrame {
    static final int STATE_OFFSET = 16;
    static final int FUNC_OFFSET = 24;
    static final int DELEGATE_OFFSET = 32;
    static final int ROOTS_OFFSET = 80;
    static final long DONE = -1;

    private final IrFunction fn;
    /** Resume blocks in state order: state k (k >= 1) resumes at resumeBlocks[k - 1]. */
    final List<Integer> resumeBlocks = new ArrayList<>();
    /** Index of each non-OBJ slot among the raw words, -1 for OBJ slots. */
    final int[] rawIndex;
    final int nraw;

    GeneratorFrame(IrFunction fn) {
        this.fn = fn;
        for (Block b : fn.blocks())
            if (b.terminator() instanceof Terminator.Yield y && !resumeBlocks.contains(y.resume())) resumeBlocks.add(y.resume());
        List<Slot> slots = fn.slots();
        rawIndex = new int[slots.size()];
        int n = 0;
        for (int i = 0; i < slots.size(); i++) rawIndex[i] = slots.get(i).type() == IrType.OBJ ? -1 : n++;
        nraw = n;
    }

    int stateOf(Terminator.Yield y) { return resumeBlocks.indexOf(y.resume()) + 1; }

    /** The creator: the generator object, or 0 with TypeError pending from binding. */
    String creator(ModuleEmitter mod, RootPlan roots) {
        mod.calls.declare("molt_generator_new", "i64", "ptr", "ptr", "i64", "ptr", "i64", "i64", "i64", "i64");
        return "define internal i64 " + mod.entrySymbol(fn) + "(i64 %callee, ptr %args, i64 %nargs, i64 %kwnames) {\n"
                + "entry:\n"
                + "  %gen = call i64 @molt_generator_new(ptr " + mod.codeSymbol(fn) + ", ptr " + mod.resumeSymbol(fn)
                + ", i64 %callee, ptr %args, i64 %nargs, i64 %kwnames, i64 " + roots.size + ", i64 " + nraw + ")\n"
                + "  ret i64 %gen\n}\n\n";
    }

    /**
     * Start of the resume function up to the state dispatch. Defines the names the body uses as in
     * an ordinary function: %frame, %roots, %slotN for unboxed slots, %callee (the function object,
     * for closure cells) and %gen.state.
     */
    void prologue(StringBuilder sb, ModuleEmitter mod, RootPlan roots) {
        mod.calls.declare("molt_frame_enter", "i32", "ptr");
        mod.calls.declare("molt_frame_leave", "void", "ptr");
        sb.append("define internal i64 ").append(mod.resumeSymbol(fn)).append("(i64 %gen, i64 %sent) {\n");
        sb.append("entry:\n");
        sb.append("  %frame = alloca %MoltFrame, align 8\n");
        sb.append("  %gen.p = inttoptr i64 %gen to ptr\n");
        sb.append("  %gen.state = getelementptr inbounds i8, ptr %gen.p, i64 ").append(STATE_OFFSET).append('\n');
        sb.append("  %gen.delegate = getelementptr inbounds i8, ptr %gen.p, i64 ").append(DELEGATE_OFFSET).append('\n');
        sb.append("  %gen.func = getelementptr inbounds i8, ptr %gen.p, i64 ").append(FUNC_OFFSET).append('\n');
        sb.append("  %callee = load i64, ptr %gen.func, align 8\n");
        sb.append("  %roots = getelementptr inbounds i8, ptr %gen.p, i64 ").append(ROOTS_OFFSET).append('\n');
        sb.append("  %raw = getelementptr inbounds i64, ptr %roots, i64 ").append(roots.size).append('\n');
        for (int i = 0; i < rawIndex.length; i++)
            if (rawIndex[i] >= 0)
                sb.append("  %slot").append(i).append(" = getelementptr inbounds i64, ptr %raw, i64 ").append(rawIndex[i]).append('\n');
        // The generator roots itself through its own frame while the body runs (the caller need not).
        sb.append("  %callee.root = getelementptr inbounds i64, ptr %roots, i64 ").append(roots.calleeRoot).append('\n');
        sb.append("  store i64 %gen, ptr %callee.root, align 8\n");
        FunctionEmitter.frameFields(sb, mod, fn, roots.size);
        sb.append("  %entered = call i32 @molt_frame_enter(ptr %frame)\n");
        sb.append("  %entered.ok = icmp eq i32 %entered, 0\n");
        sb.append("  br i1 %entered.ok, label %dispatch, label %noframe\n");
        sb.append("noframe:\n  ret i64 0\n");
        sb.append("dispatch:\n");
        sb.append("  %state = load i64, ptr %gen.state, align 8\n");
        sb.append("  switch i64 %state, label %").append(fn.blocks().get(0).label()).append(" [");
        for (int k = 0; k < resumeBlocks.size(); k++)
            sb.append(k > 0 ? " " : "").append("i64 ").append(k + 1).append(", label %b").append(resumeBlocks.get(k));
        sb.append("]\n");
    }
}
