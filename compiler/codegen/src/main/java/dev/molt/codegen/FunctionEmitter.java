package dev.molt.codegen;

import dev.molt.ir.Block;
import dev.molt.ir.Builtin;
import dev.molt.ir.Builtins;
import dev.molt.ir.CParam;
import dev.molt.ir.CType;
import dev.molt.ir.Edge;
import dev.molt.ir.ErrorKind;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates one Molt IR function into the LLVM definition of its entry point,
 * {@code i64 (i64 callee, ptr args, i64 nargs, i64 kwnames)} (molt_call_fn).
 *
 * Frame protocol: the prologue zeroes the root array, fills a MoltFrame and pushes it with
 * molt_frame_enter (RecursionError when too deep), then binds the arguments into the parameter
 * slots: molt_function_bind for calls through a function object, a plain copy when callee is
 * MOLT_ERR (CallDirect: positional arguments known to match). Every exit goes through
 * molt_frame_leave, which also appends the traceback entry while an exception propagates.
 * Before each op that can fail the frame's line is updated; after it the ErrorKind check branches
 * to the op's handler block or to the error exit.
 */
final class FunctionEmitter {
    /**
     * Every op and terminator class {@link #instr} and {@link #terminator} translate. Java 17 has no
     * pattern switch to make the dispatch exhaustive, so a test compares this list with the sealed
     * interfaces' permitted subclasses: a new IR op fails that test until it is translated here.
     */
    static final List<Class<?>> TRANSLATED = List.of(
            Op.LoadConst.class, Op.ConstI64.class, Op.ConstF64.class, Op.ConstBool.class, Op.Null.class,
            Op.LoadSlot.class, Op.StoreSlot.class, Op.Globals.class, Op.CurrentFunction.class, Op.CallC.class,
            Op.CallDirect.class, Op.MakeFunction.class, Op.IsNull.class, Op.Identical.class, Op.Not.class,
            Op.IntArith.class, Op.IntCompare.class, Op.FloatArith.class, Op.FloatCompare.class,
            Op.IsSmallInt.class, Op.UntagInt.class, Op.IntToFloat.class, Op.ResumeValue.class,
            Terminator.Jump.class, Terminator.Branch.class, Terminator.Return.class, Terminator.Raise.class,
            Terminator.Unreachable.class, Terminator.CheckedIntArith.class, Terminator.Yield.class);

    private final ModuleEmitter mod;
    private final IrFunction fn;
    private final RootPlan roots;
    /** Layout and dispatch of a generator's frame; null for ordinary functions. */
    private final GeneratorFrame gen;
    private final Map<Integer, String> literals = new HashMap<>();
    private final Map<Integer, Op> definitions = new HashMap<>();
    private final Map<Integer, List<String[]>> incoming = new HashMap<>();
    private final Map<Integer, StringBuilder> bodies = new LinkedHashMap<>();
    private StringBuilder out;
    private String label;
    private int lastLine;
    private int tmp;
    private int aux;

    FunctionEmitter(ModuleEmitter mod, IrFunction fn) {
        this.mod = mod;
        this.fn = fn;
        this.roots = new RootPlan(fn);
        this.gen = fn.generator() ? new GeneratorFrame(fn) : null;
    }

    /** The whole {@code define}. */
    String emit() {
        for (Block b : fn.blocks()) {
            for (Instr in : b.instrs()) {
                if (in.result() != null) {
                    definitions.put(in.result().id(), in.op());
                }
                String lit = literal(in.op());
                if (lit != null && in.result() != null) {
                    literals.put(in.result().id(), lit);
                }
            }
        }
        for (Block b : fn.blocks()) {
            out = new StringBuilder();
            bodies.put(b.id(), out);
            startBlock(b.label(), false);
            for (Reg p : b.params()) {
                rootStore(p);
            }
            for (Instr in : b.instrs()) {
                instr(in);
            }
            terminator(b.terminator());
        }

        StringBuilder sb = new StringBuilder();
        if (gen != null) {
            sb.append(gen.creator(mod, roots));
            gen.prologue(sb, mod, roots);
        } else {
            sb.append("define internal i64 ").append(mod.entrySymbol(fn))
                    .append("(i64 %callee, ptr %args, i64 %nargs, i64 %kwnames) {\n");
            prologue(sb);
        }
        for (Block b : fn.blocks()) {
            sb.append(b.label()).append(":\n");
            phis(sb, b);
            sb.append(bodies.get(b.id()));
        }
        sb.append("err:\n  call void @molt_frame_leave(ptr %frame)\n  ret i64 0\n}\n");
        return sb.toString();
    }

    // ------------------------------------------------------------------ prologue

    private void prologue(StringBuilder sb) {
        RuntimeCalls calls = mod.calls;
        calls.declare("molt_frame_enter", "i32", "ptr");
        calls.declare("molt_frame_leave", "void", "ptr");
        int n = roots.size;
        sb.append("entry:\n");
        sb.append("  %frame = alloca %MoltFrame, align 8\n");
        sb.append("  %roots = alloca [").append(n).append(" x i64], align 8\n");
        List<Slot> slots = fn.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (roots.slotRoot[i] < 0) {
                sb.append("  %slot").append(i).append(" = alloca ").append(RuntimeCalls.irType(slots.get(i).type())).append('\n');
            }
        }
        sb.append("  call void @llvm.memset.p0.i64(ptr align 8 %roots, i8 0, i64 ").append(8L * n).append(", i1 false)\n");
        // The entry reads callee and kwnames after allocating (binding, closure cells): they are ours to root.
        sb.append("  %callee.root = getelementptr inbounds i64, ptr %roots, i64 ").append(roots.calleeRoot).append('\n');
        sb.append("  store i64 %callee, ptr %callee.root, align 8\n");
        sb.append("  %kwnames.root = getelementptr inbounds i64, ptr %roots, i64 ").append(roots.kwnamesRoot).append('\n');
        sb.append("  store i64 %kwnames, ptr %kwnames.root, align 8\n");
        frameFields(sb, mod, fn, n);
        sb.append("  %entered = call i32 @molt_frame_enter(ptr %frame)\n");
        sb.append("  %entered.ok = icmp eq i32 %entered, 0\n");
        sb.append("  br i1 %entered.ok, label %bind, label %noframe\n");
        sb.append("noframe:\n  ret i64 0\n");
        sb.append("bind:\n");
        String first = fn.blocks().get(0).label();
        int nparams = fn.argNames().size();
        if (nparams == 0) {
            sb.append("  br label %").append(first).append('\n');
            return;
        }
        calls.declare("molt_function_bind", "i32", "i64", "ptr", "i64", "i64", "ptr");
        sb.append("  %direct = icmp eq i64 %callee, 0\n");
        sb.append("  br i1 %direct, label %copy, label %bindcall\n");
        sb.append("copy:\n");
        for (int i = 0; i < nparams; i++) {
            sb.append("  %arg").append(i).append(".p = getelementptr inbounds i64, ptr %args, i64 ").append(i).append('\n');
            sb.append("  %arg").append(i).append(" = load i64, ptr %arg").append(i).append(".p, align 8\n");
            sb.append("  %arg").append(i).append(".r = getelementptr inbounds i64, ptr %roots, i64 ").append(i).append('\n');
            sb.append("  store i64 %arg").append(i).append(", ptr %arg").append(i).append(".r, align 8\n");
        }
        sb.append("  br label %").append(first).append('\n');
        sb.append("bindcall:\n");
        sb.append("  %bound = call i32 @molt_function_bind(i64 %callee, ptr %args, i64 %nargs, i64 %kwnames, ptr %roots)\n");
        sb.append("  %bound.bad = icmp slt i32 %bound, 0\n");
        sb.append("  br i1 %bound.bad, label %err, label %").append(first).append('\n');
    }

    /** Fills %frame (prev, roots = %roots, nroots, line, function, file), naming %frame.line for setLine. */
    static void frameFields(StringBuilder sb, ModuleEmitter mod, IrFunction fn, int n) {
        sb.append("  store ptr null, ptr %frame, align 8\n");
        sb.append("  %frame.roots = getelementptr inbounds %MoltFrame, ptr %frame, i32 0, i32 1\n");
        sb.append("  store ptr %roots, ptr %frame.roots\n");
        sb.append("  %frame.nroots = getelementptr inbounds %MoltFrame, ptr %frame, i32 0, i32 2\n");
        sb.append("  store i32 ").append(n).append(", ptr %frame.nroots\n");
        sb.append("  %frame.line = getelementptr inbounds %MoltFrame, ptr %frame, i32 0, i32 3\n");
        sb.append("  store i32 ").append(fn.firstLine()).append(", ptr %frame.line\n");
        sb.append("  %frame.function = getelementptr inbounds %MoltFrame, ptr %frame, i32 0, i32 4\n");
        sb.append("  store ptr ").append(mod.pool.cstring(fn.name())).append(", ptr %frame.function\n");
        sb.append("  %frame.file = getelementptr inbounds %MoltFrame, ptr %frame, i32 0, i32 5\n");
        sb.append("  store ptr ").append(mod.fileName()).append(", ptr %frame.file\n");
    }

    private void phis(StringBuilder sb, Block b) {
        List<String[]> in = incoming.getOrDefault(b.id(), List.of());
        for (int k = 0; k < b.params().size(); k++) {
            Reg p = b.params().get(k);
            String type = RuntimeCalls.irType(p.type());
            if (in.isEmpty()) {
                // No predecessor (dead block): LLVM has no phi without incoming values.
                sb.append("  ").append(p).append(" = bitcast ").append(type).append(' ').append(zero(p.type()))
                        .append(" to ").append(type).append('\n');
                continue;
            }
            sb.append("  ").append(p).append(" = phi ").append(type).append(' ');
            for (int i = 0; i < in.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append("[ ").append(in.get(i)[k + 1]).append(", %").append(in.get(i)[0]).append(" ]");
            }
            sb.append('\n');
        }
    }

    // ------------------------------------------------------------------ instructions

    private void instr(Instr in) {
        Op op = in.op();
        Reg r = in.result();
        if (op instanceof Op.LoadConst c) {
            if (literals.containsKey(r.id())) {
                return;
            }
            line("  " + r + " = load i64, ptr " + mod.pool.global(c.value()) + ", align 8");
            rootStore(r);
        } else if (op instanceof Op.ConstI64 || op instanceof Op.ConstF64 || op instanceof Op.ConstBool
                || op instanceof Op.Null) {
            return;
        } else if (op instanceof Op.LoadSlot s) {
            if (roots.slotRoot[s.slot()] >= 0) {
                line("  " + r + " = load i64, ptr " + rootPtr(roots.slotRoot[s.slot()]) + ", align 8");
            } else {
                line("  " + r + " = load " + RuntimeCalls.irType(s.type()) + ", ptr %slot" + s.slot());
            }
            rootStore(r);
        } else if (op instanceof Op.StoreSlot s) {
            if (roots.slotRoot[s.slot()] >= 0) {
                line("  store i64 " + val(s.value()) + ", ptr " + rootPtr(roots.slotRoot[s.slot()]) + ", align 8");
            } else {
                line("  store " + RuntimeCalls.irType(s.value().type()) + " " + val(s.value()) + ", ptr %slot" + s.slot());
            }
        } else if (op instanceof Op.Globals) {
            line("  " + r + " = load i64, ptr @molt.globals, align 8");
            rootStore(r);
        } else if (op instanceof Op.CurrentFunction) {
            line("  " + r + " = add i64 %callee, 0");
            rootStore(r);
        } else if (op instanceof Op.CallC c) {
            callC(c.row(), c.text(), c.args(), in.line(), in.handler(), r);
        } else if (op instanceof Op.CallDirect d) {
            setLine(in.line());
            String array = fillArray(d.args());
            String t = r.toString();
            line("  " + t + " = call i64 " + mod.entrySymbol(mod.function(d.function())) + "(i64 0, ptr " + array
                    + ", i64 " + d.args().size() + ", i64 0)");
            check(ErrorKind.NULL, t, "i64", in.handler());
            define(r, t);
        } else if (op instanceof Op.MakeFunction m) {
            setLine(in.line());
            mod.calls.declare("molt_function_new", "i64", "ptr", "ptr", "i64", "i64", "i64");
            dev.molt.ir.IrFunction target = mod.function(m.function());
            String t = r.toString();
            line("  " + t + " = call i64 @molt_function_new(ptr " + mod.entrySymbol(target) + ", ptr "
                    + mod.codeSymbol(target) + ", i64 " + val(m.defaults()) + ", i64 " + val(m.kwdefaults())
                    + ", i64 " + val(m.closure()) + ")");
            check(ErrorKind.NULL, t, "i64", in.handler());
            define(r, t);
        } else if (op instanceof Op.IsNull n) {
            line("  " + r + " = icmp eq i64 " + val(n.value()) + ", 0");
        } else if (op instanceof Op.Identical id) {
            line("  " + r + " = icmp eq i64 " + val(id.a()) + ", " + val(id.b()));
        } else if (op instanceof Op.Not n) {
            line("  " + r + " = xor i1 " + val(n.value()) + ", true");
        } else if (op instanceof Op.IntArith a) {
            line("  " + r + " = " + intOp(a.op()) + " i64 " + val(a.a()) + ", " + val(a.b()));
        } else if (op instanceof Op.IntCompare c) {
            line("  " + r + " = icmp " + intCmp(c.op()) + " i64 " + val(c.a()) + ", " + val(c.b()));
        } else if (op instanceof Op.FloatArith a) {
            line("  " + r + " = " + floatOp(a.op()) + " double " + val(a.a()) + ", " + val(a.b()));
        } else if (op instanceof Op.FloatCompare c) {
            line("  " + r + " = fcmp " + floatCmp(c.op()) + " double " + val(c.a()) + ", " + val(c.b()));
        } else if (op instanceof Op.IsSmallInt c) {
            String t = fresh();
            line("  " + t + " = and i64 " + val(c.value()) + ", 1");
            line("  " + r + " = icmp ne i64 " + t + ", 0");
        } else if (op instanceof Op.UntagInt c) {
            line("  " + r + " = ashr i64 " + val(c.value()) + ", 1");
        } else if (op instanceof Op.IntToFloat c) {
            line("  " + r + " = sitofp i64 " + val(c.value()) + " to double");
        } else if (op instanceof Op.ResumeValue) {
            // The runtime passes MOLT_ERR with the exception pending for throw() and close().
            setLine(in.line());
            line("  " + r + " = add i64 %sent, 0");
            check(ErrorKind.NULL, r.toString(), "i64", in.handler());
            define(r, r.toString());
        } else {
            throw new IllegalStateException("op without translation: " + op);
        }
    }

    /** Constant operands need no instruction; their uses get the literal. */
    private static String literal(Op op) {
        if (op instanceof Op.LoadConst c) {
            return ConstantPool.literal(c.value());
        }
        if (op instanceof Op.ConstI64 c) {
            return Long.toString(c.value());
        }
        if (op instanceof Op.ConstF64 c) {
            return LlvmText.doubleLiteral(c.value());
        }
        if (op instanceof Op.ConstBool c) {
            return c.value() ? "true" : "false";
        }
        if (op instanceof Op.Null) {
            return "0";
        }
        return null;
    }

    private void callC(Builtin row, String text, List<Reg> args, int srcLine, int handler, Reg result) {
        String sym = row.symbol();
        if (sym.equals(RuntimeCalls.INLINE_BOOL)) {
            line("  " + result + " = select i1 " + val(args.get(0)) + ", i64 " + ConstantPool.singleton("molt_True_obj")
                    + ", i64 " + ConstantPool.singleton("molt_False_obj"));
            rootStore(result);
            return;
        }
        if (sym.equals(RuntimeCalls.INLINE_CELL_SET)) {
            String p = fresh();
            line("  " + p + " = inttoptr i64 " + val(args.get(0)) + " to ptr");
            String f = fresh();
            line("  " + f + " = getelementptr inbounds i8, ptr " + p + ", i32 " + RuntimeCalls.CELL_REF_OFFSET);
            line("  store i64 " + val(args.get(1)) + ", ptr " + f + ", align 8");
            return;
        }
        if (sym.equals(RuntimeCalls.INLINE_IS_FLOAT) || sym.equals(RuntimeCalls.INLINE_FLOAT_VALUE)) {
            floatInline(sym, val(args.get(0)), result);
            return;
        }
        mod.calls.declare(row);
        if (row.error().canFail()) {
            setLine(srcLine);
        }
        List<String> cargs = new ArrayList<>();
        int nfixed = row.fixedArgTypes().size();
        int fixed = 0;
        int imm = 0;
        for (CParam p : row.params()) {
            switch (p) {
                case VALUE:
                case I64:
                    cargs.add("i64 " + val(args.get(fixed++)));
                    break;
                case F64:
                    cargs.add("double " + val(args.get(fixed++)));
                    break;
                case BOOL:
                    cargs.add("i1 zeroext " + val(args.get(fixed++)));
                    break;
                case IMM:
                    cargs.add("i32 " + row.imms().get(imm++));
                    break;
                case CSTR:
                    cargs.add("ptr " + mod.pool.cstring(text));
                    break;
                default:
                    List<Reg> items = args.subList(nfixed, args.size());
                    cargs.add("ptr " + fillArray(items));
                    cargs.add("i64 " + arrayCount(row, args, items.size()));
                    break;
            }
        }
        String ret = RuntimeCalls.returnType(row.ret());
        String call = "call " + ret + " @" + sym + "(" + String.join(", ", cargs) + ")";
        if (row.ret() == CType.VOID) {
            line("  " + call);
            if (row.error() == ErrorKind.ALWAYS) {
                check(ErrorKind.ALWAYS, null, null, handler);
            }
            return;
        }
        boolean direct = result != null && !(row.ret() == CType.INT && result.type() == IrType.BOOL);
        String t = direct ? result.toString() : fresh();
        line("  " + t + " = " + call);
        String bare = ret.replace("zeroext ", "");
        check(row.error(), t, bare, handler);
        if (result == null) {
            return;
        }
        if (!direct) {
            line("  " + result + " = icmp ne i32 " + t + ", 0");
        } else {
            define(result, t);
        }
    }

    /**
     * molt_is_float and molt_float_value (float.h), the guard and unboxing of the float fast paths
     * (decision 0042). The type word is read through a select so that a small int or MOLT_ERR reads
     * None's header instead of dereferencing a non-pointer: no branch, LLVM can hoist it.
     */
    private void floatInline(String sym, String v, Reg result) {
        String p = fresh();
        line("  " + p + " = inttoptr i64 " + v + " to ptr");
        if (sym.equals(RuntimeCalls.INLINE_FLOAT_VALUE)) {
            String g = fresh();
            line("  " + g + " = getelementptr inbounds i8, ptr " + p + ", i32 " + RuntimeCalls.FLOAT_VALUE_OFFSET);
            line("  " + result + " = load double, ptr " + g + ", align 8");
            return;
        }
        mod.calls.external("molt_float_type");
        String low = fresh(), aligned = fresh(), nonzero = fresh(), isPtr = fresh(), obj = fresh(), type = fresh();
        line("  " + low + " = and i64 " + v + ", 7");
        line("  " + aligned + " = icmp eq i64 " + low + ", 0");
        line("  " + nonzero + " = icmp ne i64 " + v + ", 0");
        line("  " + isPtr + " = and i1 " + aligned + ", " + nonzero);
        line("  " + obj + " = select i1 " + isPtr + ", ptr " + p + ", ptr @molt_None_obj");
        line("  " + type + " = load ptr, ptr " + obj + ", align 8");
        line("  " + result + " = icmp eq ptr " + type + ", @molt_float_type");
    }

    /**
     * The count passed with an ARRAY. molt_call is the exception to "all items": its count is the
     * positional arguments only, the keyword values follow them (vectorcall layout), so the
     * keyword count comes off: statically when kwnames is null or built here by tuple.from_array,
     * else at run time.
     */
    private String arrayCount(Builtin row, List<Reg> args, int items) {
        if (!row.symbol().equals("molt_call")) {
            return Long.toString(items);
        }
        Reg kwnames = args.get(1);
        String lit = literals.get(kwnames.id());
        if ("0".equals(lit)) {
            return Long.toString(items);
        }
        Op def = definitions.get(kwnames.id());
        if (def instanceof Op.CallC c && c.builtin().equals("tuple.from_array")) {
            return Long.toString(items - c.args().size());
        }
        mod.calls.declare("molt_kwnames_count", "i64", "i64");
        String n = fresh();
        line("  " + n + " = call i64 @molt_kwnames_count(i64 " + val(kwnames) + ")");
        String p = fresh();
        line("  " + p + " = sub i64 " + items + ", " + n);
        return p;
    }

    /** Stores items into the scratch root region; returns the region's address. */
    private String fillArray(List<Reg> items) {
        for (int i = 0; i < items.size(); i++) {
            line("  store i64 " + val(items.get(i)) + ", ptr " + rootPtr(roots.arrayBase + i) + ", align 8");
        }
        String p = fresh();
        line("  " + p + " = getelementptr inbounds i64, ptr %roots, i64 " + roots.arrayBase);
        return p;
    }

    /** The ErrorKind check of a call result; continues in a fresh block on the success path. */
    private void check(ErrorKind kind, String value, String type, int handler) {
        String target = handler < 0 ? "err" : "b" + handler;
        switch (kind) {
            case NEVER:
                return;
            case ALWAYS: {
                line("  br label %" + target);
                startBlock(auxLabel("dead"), true);
                return;
            }
            case NULL: {
                String c = fresh();
                line("  " + c + " = icmp eq " + type + " " + value + ", 0");
                branchToError(c, target);
                return;
            }
            case NEG: {
                String c = fresh();
                line("  " + c + " = icmp slt " + type + " " + value + ", 0");
                branchToError(c, target);
                return;
            }
            case NULL_PENDING:
                // MOLT_ERR is also "exhausted": only a pending exception makes it an error.
                pendingCheck(value, type, "0", target);
                return;
            case NEG1_PENDING:
                // -1 is also a value: only a pending exception makes it an error.
                pendingCheck(value, type, "-1", target);
                return;
            default:
                throw new IllegalStateException("error kind without translation: " + kind);
        }
    }

    private void pendingCheck(String value, String type, String marker, String target) {
        mod.calls.declare("molt_err_occurred", "zeroext i1");
        String c = fresh();
        line("  " + c + " = icmp eq " + type + " " + value + ", " + marker);
        String pending = auxLabel("pending");
        String ok = auxLabel("ok");
        line("  br i1 " + c + ", label %" + pending + ", label %" + ok);
        startBlock(pending, true);
        String e = fresh();
        line("  " + e + " = call zeroext i1 @molt_err_occurred()");
        line("  br i1 " + e + ", label %" + target + ", label %" + ok);
        startBlock(ok, true);
    }

    private void branchToError(String cond, String target) {
        String ok = auxLabel("ok");
        line("  br i1 " + cond + ", label %" + target + ", label %" + ok + ", !prof !0");
        startBlock(ok, true);
    }

    // ------------------------------------------------------------------ terminators

    private void terminator(Terminator t) {
        if (t instanceof Terminator.Jump j) {
            jump(j.target());
        } else if (t instanceof Terminator.Branch b) {
            branch(val(b.cond()), b.ifTrue(), b.ifFalse(), null);
        } else if (t instanceof Terminator.Return r) {
            if (gen != null) {
                line("  store i64 " + GeneratorFrame.DONE + ", ptr %gen.state, align 8");
            }
            line("  call void @molt_frame_leave(ptr %frame)");
            line("  ret i64 " + val(r.value()));
        } else if (t instanceof Terminator.Yield y) {
            // Suspend: the state says where to resume; a delegate makes the runtime drive the iterator.
            line("  store i64 " + gen.stateOf(y) + ", ptr %gen.state, align 8");
            if (y.delegate()) {
                line("  store i64 " + val(y.value()) + ", ptr %gen.delegate, align 8");
            }
            line("  call void @molt_frame_leave(ptr %frame)");
            line("  ret i64 " + val(y.value()));
        } else if (t instanceof Terminator.Raise r) {
            int target = r.handler();
            if (r.builtin() != null) {
                Builtin row = Builtins.get(r.builtin());
                callC(row, null, r.args(), r.line(), target, null);
                if (row.error() == ErrorKind.ALWAYS) {
                    // callC ended in a dead block; close it.
                    line("  unreachable");
                    return;
                }
            } else {
                setLine(r.line());
            }
            line("  br label %" + (target < 0 ? "err" : "b" + target));
        } else if (t instanceof Terminator.Unreachable) {
            line("  unreachable");
        } else if (t instanceof Terminator.CheckedIntArith c) {
            checkedArith(c);
        } else {
            throw new IllegalStateException("terminator without translation: " + t);
        }
    }

    private void checkedArith(Terminator.CheckedIntArith c) {
        String a = val(c.a());
        String b = val(c.b());
        String intrinsic;
        switch (c.op()) {
            case ADD:
                intrinsic = "llvm.sadd.with.overflow.i64";
                break;
            case SUB:
                intrinsic = "llvm.ssub.with.overflow.i64";
                break;
            case MUL:
                intrinsic = "llvm.smul.with.overflow.i64";
                break;
            default: {
                // Bitwise operations cannot overflow.
                String v = fresh();
                line("  " + v + " = " + intOp(c.op()) + " i64 " + a + ", " + b);
                jump(c.ok(), v);
                return;
            }
        }
        mod.calls.declare(intrinsic, "{ i64, i1 }", "i64", "i64");
        String pair = fresh();
        line("  " + pair + " = call { i64, i1 } @" + intrinsic + "(i64 " + a + ", i64 " + b + ")");
        String v = fresh();
        line("  " + v + " = extractvalue { i64, i1 } " + pair + ", 0");
        String o = fresh();
        line("  " + o + " = extractvalue { i64, i1 } " + pair + ", 1");
        branch(o, c.overflow(), c.ok(), v);
    }

    private void jump(Edge e, String... extra) {
        addIncoming(e, extra);
        line("  br label %b" + e.target());
    }

    /**
     * A two-way branch. {@code falseExtra} is appended to the false edge's arguments (the
     * checked-arithmetic result). Equal targets go through a trampoline block each, because a phi
     * has one entry per predecessor block.
     */
    private void branch(String cond, Edge ifTrue, Edge ifFalse, String falseExtra) {
        String[] extra = falseExtra == null ? new String[0] : new String[] {falseExtra};
        if (ifTrue.target() != ifFalse.target()) {
            addIncoming(ifTrue);
            addIncoming(ifFalse, extra);
            line("  br i1 " + cond + ", label %b" + ifTrue.target() + ", label %b" + ifFalse.target());
            return;
        }
        String t = auxLabel("then");
        String f = auxLabel("else");
        line("  br i1 " + cond + ", label %" + t + ", label %" + f);
        startBlock(t, true);
        jump(ifTrue);
        startBlock(f, true);
        jump(ifFalse, extra);
    }

    private void addIncoming(Edge e, String... extra) {
        String[] row = new String[1 + e.args().size() + extra.length];
        row[0] = label;
        for (int i = 0; i < e.args().size(); i++) {
            row[1 + i] = val(e.args().get(i));
        }
        System.arraycopy(extra, 0, row, 1 + e.args().size(), extra.length);
        incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(row);
    }

    // ------------------------------------------------------------------ helpers

    /** Called once the value named after r passed its check: roots it if the plan says so. */
    private void define(Reg r, String value) {
        if (r != null && !value.equals(r.toString())) {
            throw new IllegalStateException("result of " + r + " not named after it");
        }
        if (r != null) {
            rootStore(r);
        }
    }

    private void rootStore(Reg r) {
        Integer idx = roots.regRoot.get(r.id());
        if (idx != null) {
            line("  store i64 " + r + ", ptr " + rootPtr(idx) + ", align 8");
        }
    }

    private String rootPtr(int index) {
        String p = fresh();
        line("  " + p + " = getelementptr inbounds i64, ptr %roots, i64 " + index);
        return p;
    }

    private void setLine(int srcLine) {
        if (srcLine != lastLine && srcLine > 0) {
            line("  store i32 " + srcLine + ", ptr %frame.line, align 4");
            lastLine = srcLine;
        }
    }

    private String val(Reg r) {
        String lit = literals.get(r.id());
        return lit != null ? lit : r.toString();
    }

    private static String zero(IrType t) {
        switch (t) {
            case F64:
                return LlvmText.doubleLiteral(0.0);
            case BOOL:
                return "false";
            default:
                return "0";
        }
    }

    /**
     * IR blocks ({@code emitLabel} false: their label is written with the phis) may be entered from
     * anywhere, so the frame's line is unknown there; auxiliary blocks continue the block that
     * branched to them, whose stored line still holds.
     */
    private void startBlock(String name, boolean emitLabel) {
        if (emitLabel) {
            out.append(name).append(":\n");
        } else {
            lastLine = -1;
        }
        label = name;
    }

    private String auxLabel(String kind) {
        return kind + "." + aux++;
    }

    private String fresh() {
        return "%t" + tmp++;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String intOp(Op.IntOp op) {
        switch (op) {
            case ADD:
                return "add";
            case SUB:
                return "sub";
            case MUL:
                return "mul";
            case AND:
                return "and";
            case OR:
                return "or";
            default:
                return "xor";
        }
    }

    private static String intCmp(Op.CmpOp op) {
        switch (op) {
            case LT:
                return "slt";
            case LE:
                return "sle";
            case EQ:
                return "eq";
            case NE:
                return "ne";
            case GT:
                return "sgt";
            default:
                return "sge";
        }
    }

    private static String floatOp(Op.FloatOp op) {
        switch (op) {
            case ADD:
                return "fadd";
            case SUB:
                return "fsub";
            case MUL:
                return "fmul";
            default:
                return "fdiv";
        }
    }

    /** Ordered comparisons except {@code !=}, which is true for NaN as in Python. */
    private static String floatCmp(Op.CmpOp op) {
        switch (op) {
            case LT:
                return "olt";
            case LE:
                return "ole";
            case EQ:
                return "oeq";
            case NE:
                return "une";
            case GT:
                return "ogt";
            default:
                return "oge";
        }
    }
}
