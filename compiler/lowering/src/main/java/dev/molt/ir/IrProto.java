package dev.molt.ir;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.proto.ir.v1.Instr.Builder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Converts the IR to and from protobuf {@code molt.ir.v1} (the lowering artifact) without loss. */
public final class IrProto {
    private IrProto() {}

    /** Deterministic serialization (fields in number order, no maps), so equal IR gives equal bytes. */
    public static byte[] toBytes(IrModule m) {
        var msg = toProto(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CodedOutputStream cos = CodedOutputStream.newInstance(out);
            cos.useDeterministicSerialization();
            msg.writeTo(cos);
            cos.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static IrModule fromBytes(byte[] bytes) throws InvalidProtocolBufferException {
        return fromProto(dev.molt.proto.ir.v1.Module.parseFrom(bytes));
    }

    // ------------------------------------------------------------------ to proto

    public static dev.molt.proto.ir.v1.Module toProto(IrModule m) {
        var b = dev.molt.proto.ir.v1.Module.newBuilder().setName(m.name()).setFile(m.file());
        for (IrFunction f : m.functions()) b.addFunctions(function(f));
        return b.build();
    }

    private static dev.molt.proto.ir.v1.IrType type(IrType t) {
        switch (t) {
            case OBJ: return dev.molt.proto.ir.v1.IrType.OBJ;
            case I64: return dev.molt.proto.ir.v1.IrType.I64;
            case F64: return dev.molt.proto.ir.v1.IrType.F64;
            case BOOL: return dev.molt.proto.ir.v1.IrType.BOOL;
            default: return dev.molt.proto.ir.v1.IrType.VOID;
        }
    }

    private static dev.molt.proto.ir.v1.Reg reg(Reg r) {
        return dev.molt.proto.ir.v1.Reg.newBuilder().setId(r.id()).setType(type(r.type())).build();
    }

    private static List<Integer> ids(List<Reg> rs) {
        List<Integer> out = new ArrayList<>();
        for (Reg r : rs) out.add(r.id());
        return out;
    }

    private static dev.molt.proto.ir.v1.Edge edge(Edge e) {
        return dev.molt.proto.ir.v1.Edge.newBuilder().setTarget(e.target()).addAllArgs(ids(e.args())).build();
    }

    private static dev.molt.proto.ir.v1.Function function(IrFunction f) {
        var b = dev.molt.proto.ir.v1.Function.newBuilder().setId(f.id()).setName(f.name()).setQualname(f.qualname())
            .setFirstLine(f.firstLine()).addAllArgNames(f.argNames()).setNposonly(f.nposonly()).setNargs(f.nargs())
            .setNkwonly(f.nkwonly()).setVarargs(f.varargs()).setVarkw(f.varkw()).setGenerator(f.generator());
        for (Slot s : f.slots())
            b.addSlots(dev.molt.proto.ir.v1.Slot.newBuilder().setName(s.name()).setType(type(s.type())).setKind(s.kind().name()));
        for (Block blk : f.blocks()) {
            var bb = dev.molt.proto.ir.v1.Block.newBuilder().setId(blk.id());
            for (Reg p : blk.params()) bb.addParams(reg(p));
            for (Instr in : blk.instrs()) {
                Builder ib = dev.molt.proto.ir.v1.Instr.newBuilder().setLine(in.line()).setHandler(in.handler() + 1).setOp(op(in.op()));
                if (in.result() != null) ib.setResult(reg(in.result()));
                bb.addInstrs(ib);
            }
            bb.setTerminator(terminator(blk.terminator()));
            b.addBlocks(bb);
        }
        return b.build();
    }

    private static dev.molt.proto.ir.v1.Op op(Op op) {
        var b = dev.molt.proto.ir.v1.Op.newBuilder();
        if (op instanceof Op.LoadConst c) b.setLoadConst(dev.molt.proto.ir.v1.LoadConst.newBuilder().setValue(ConstValue.toProto(c.value())));
        else if (op instanceof Op.ConstI64 c) b.setConstI64(dev.molt.proto.ir.v1.ConstI64.newBuilder().setValue(c.value()));
        else if (op instanceof Op.ConstF64 c) b.setConstF64(dev.molt.proto.ir.v1.ConstF64.newBuilder().setValue(c.value()));
        else if (op instanceof Op.ConstBool c) b.setConstBool(dev.molt.proto.ir.v1.ConstBool.newBuilder().setValue(c.value()));
        else if (op instanceof Op.Null) b.setNull(dev.molt.proto.ir.v1.Null.getDefaultInstance());
        else if (op instanceof Op.LoadSlot l) b.setLoadSlot(dev.molt.proto.ir.v1.LoadSlot.newBuilder().setSlot(l.slot()));
        else if (op instanceof Op.StoreSlot s) b.setStoreSlot(dev.molt.proto.ir.v1.StoreSlot.newBuilder().setSlot(s.slot()).setValue(s.value().id()));
        else if (op instanceof Op.Globals) b.setGlobals(dev.molt.proto.ir.v1.Globals.getDefaultInstance());
        else if (op instanceof Op.CurrentFunction) b.setCurrentFunction(dev.molt.proto.ir.v1.CurrentFunction.getDefaultInstance());
        else if (op instanceof Op.CallC c) {
            var cb = dev.molt.proto.ir.v1.CallC.newBuilder().setBuiltin(c.builtin()).addAllArgs(ids(c.args()));
            if (c.text() != null) cb.setHasText(true).setText(c.text());
            b.setCallC(cb);
        } else if (op instanceof Op.CallDirect c)
            b.setCallDirect(dev.molt.proto.ir.v1.CallDirect.newBuilder().setFunction(c.function()).addAllArgs(ids(c.args())));
        else if (op instanceof Op.MakeFunction m)
            b.setMakeFunction(dev.molt.proto.ir.v1.MakeFunction.newBuilder().setFunction(m.function())
                .setDefaults(m.defaults().id()).setKwdefaults(m.kwdefaults().id()).setClosure(m.closure().id()));
        else if (op instanceof Op.IsNull n) b.setIsNull(dev.molt.proto.ir.v1.IsNull.newBuilder().setValue(n.value().id()));
        else if (op instanceof Op.Identical i) b.setIdentical(dev.molt.proto.ir.v1.Identical.newBuilder().setA(i.a().id()).setB(i.b().id()));
        else if (op instanceof Op.Not n) b.setNot(dev.molt.proto.ir.v1.Not.newBuilder().setValue(n.value().id()));
        else if (op instanceof Op.IntArith a) b.setIntArith(dev.molt.proto.ir.v1.IntArith.newBuilder().setOp(a.op().name()).setA(a.a().id()).setB(a.b().id()));
        else if (op instanceof Op.IntCompare c) b.setIntCompare(dev.molt.proto.ir.v1.IntCompare.newBuilder().setOp(c.op().name()).setA(c.a().id()).setB(c.b().id()));
        else if (op instanceof Op.FloatArith a) b.setFloatArith(dev.molt.proto.ir.v1.FloatArith.newBuilder().setOp(a.op().name()).setA(a.a().id()).setB(a.b().id()));
        else if (op instanceof Op.FloatCompare c) b.setFloatCompare(dev.molt.proto.ir.v1.FloatCompare.newBuilder().setOp(c.op().name()).setA(c.a().id()).setB(c.b().id()));
        else if (op instanceof Op.IntToFloat i) b.setIntToFloat(dev.molt.proto.ir.v1.IntToFloat.newBuilder().setValue(i.value().id()));
        else if (op instanceof Op.IsSmallInt s) b.setIsSmallInt(dev.molt.proto.ir.v1.IsSmallInt.newBuilder().setValue(s.value().id()));
        else if (op instanceof Op.UntagInt u) b.setUntagInt(dev.molt.proto.ir.v1.UntagInt.newBuilder().setValue(u.value().id()));
        else if (op instanceof Op.ResumeValue) b.setResumeValue(dev.molt.proto.ir.v1.ResumeValue.getDefaultInstance());
        else throw new IllegalStateException("unserialized op " + op);
        return b.build();
    }

    private static dev.molt.proto.ir.v1.Terminator terminator(Terminator t) {
        var b = dev.molt.proto.ir.v1.Terminator.newBuilder().setLine(t.line());
        if (t instanceof Terminator.Jump j) b.setJump(edge(j.target()));
        else if (t instanceof Terminator.Branch br)
            b.setBranch(dev.molt.proto.ir.v1.Branch.newBuilder().setCond(br.cond().id()).setIfTrue(edge(br.ifTrue())).setIfFalse(edge(br.ifFalse())));
        else if (t instanceof Terminator.Return r) b.setReturn(dev.molt.proto.ir.v1.Return.newBuilder().setValue(r.value().id()));
        else if (t instanceof Terminator.Raise r) {
            var rb = dev.molt.proto.ir.v1.Raise.newBuilder().setKind(r.builtin() == null ? "" : r.builtin())
                .addAllArgs(ids(r.args())).setHandler(r.handler() + 1);
            b.setRaise(rb);
        } else if (t instanceof Terminator.Yield y)
            b.setGenYield(dev.molt.proto.ir.v1.Yield.newBuilder().setValue(y.value().id()).setDelegate(y.delegate()).setResume(y.resume()));
        else if (t instanceof Terminator.Unreachable) b.setUnreachable(dev.molt.proto.ir.v1.Unreachable.getDefaultInstance());
        else if (t instanceof Terminator.CheckedIntArith c)
            b.setCheckedIntArith(dev.molt.proto.ir.v1.CheckedIntArith.newBuilder().setOp(c.op().name()).setA(c.a().id())
                .setB(c.b().id()).setOk(edge(c.ok())).setOverflow(edge(c.overflow())));
        else throw new IllegalStateException("unserialized terminator " + t);
        return b.build();
    }

    // ------------------------------------------------------------------ from proto

    public static IrModule fromProto(dev.molt.proto.ir.v1.Module m) {
        List<IrFunction> fs = new ArrayList<>();
        for (var f : m.getFunctionsList()) fs.add(function(f));
        return new IrModule(m.getName(), m.getFile(), fs);
    }

    private static IrType type(dev.molt.proto.ir.v1.IrType t) {
        switch (t) {
            case OBJ: return IrType.OBJ;
            case I64: return IrType.I64;
            case F64: return IrType.F64;
            case BOOL: return IrType.BOOL;
            case VOID: return IrType.VOID;
            default: throw new IllegalArgumentException("bad IR type " + t);
        }
    }

    private static IrFunction function(dev.molt.proto.ir.v1.Function f) {
        // Operands are register ids; their types come from the unique definitions.
        Map<Integer, Reg> regs = new HashMap<>();
        for (var b : f.getBlocksList()) {
            for (var p : b.getParamsList()) regs.put(p.getId(), new Reg(p.getId(), type(p.getType())));
            for (var in : b.getInstrsList()) if (in.hasResult()) regs.put(in.getResult().getId(), new Reg(in.getResult().getId(), type(in.getResult().getType())));
        }
        Regs r = new Regs(regs);
        List<Slot> slots = new ArrayList<>();
        for (var s : f.getSlotsList()) slots.add(new Slot(s.getName(), type(s.getType()), Slot.Kind.valueOf(s.getKind())));
        List<Block> blocks = new ArrayList<>();
        for (var b : f.getBlocksList()) {
            List<Reg> params = new ArrayList<>();
            for (var p : b.getParamsList()) params.add(regs.get(p.getId()));
            List<Instr> instrs = new ArrayList<>();
            for (var in : b.getInstrsList())
                instrs.add(new Instr(in.hasResult() ? regs.get(in.getResult().getId()) : null, op(in.getOp(), r, slots), in.getLine(), in.getHandler() - 1));
            blocks.add(new Block(b.getId(), params, instrs, terminator(b.getTerminator(), r)));
        }
        return new IrFunction(f.getId(), f.getName(), f.getQualname(), f.getFirstLine(), slots, f.getArgNamesList(),
            f.getNposonly(), f.getNargs(), f.getNkwonly(), f.getVarargs(), f.getVarkw(), blocks, f.getGenerator());
    }

    private record Regs(Map<Integer, Reg> regs) {
        Reg get(int id) {
            Reg r = regs.get(id);
            if (r == null) throw new IllegalArgumentException("register %" + id + " is never defined");
            return r;
        }

        List<Reg> all(List<Integer> ids) {
            List<Reg> out = new ArrayList<>();
            for (int id : ids) out.add(get(id));
            return out;
        }

        Edge edge(dev.molt.proto.ir.v1.Edge e) { return new Edge(e.getTarget(), all(e.getArgsList())); }
    }

    private static Op op(dev.molt.proto.ir.v1.Op p, Regs r, List<Slot> slots) {
        switch (p.getKindCase()) {
            case LOAD_CONST: return new Op.LoadConst(ConstValue.fromProto(p.getLoadConst().getValue()));
            case CONST_I64: return new Op.ConstI64(p.getConstI64().getValue());
            case CONST_F64: return new Op.ConstF64(p.getConstF64().getValue());
            case CONST_BOOL: return new Op.ConstBool(p.getConstBool().getValue());
            case NULL: return new Op.Null();
            case LOAD_SLOT: {
                int s = p.getLoadSlot().getSlot();
                return new Op.LoadSlot(s, slots.get(s).type());
            }
            case STORE_SLOT: return new Op.StoreSlot(p.getStoreSlot().getSlot(), r.get(p.getStoreSlot().getValue()));
            case GLOBALS: return new Op.Globals();
            case CURRENT_FUNCTION: return new Op.CurrentFunction();
            case CALL_C: {
                var c = p.getCallC();
                return new Op.CallC(c.getBuiltin(), c.getHasText() ? c.getText() : null, r.all(c.getArgsList()));
            }
            case CALL_DIRECT: return new Op.CallDirect(p.getCallDirect().getFunction(), r.all(p.getCallDirect().getArgsList()));
            case MAKE_FUNCTION: {
                var m = p.getMakeFunction();
                return new Op.MakeFunction(m.getFunction(), r.get(m.getDefaults()), r.get(m.getKwdefaults()), r.get(m.getClosure()));
            }
            case IS_NULL: return new Op.IsNull(r.get(p.getIsNull().getValue()));
            case IDENTICAL: return new Op.Identical(r.get(p.getIdentical().getA()), r.get(p.getIdentical().getB()));
            case NOT: return new Op.Not(r.get(p.getNot().getValue()));
            case INT_ARITH: { var a = p.getIntArith(); return new Op.IntArith(Op.IntOp.valueOf(a.getOp()), r.get(a.getA()), r.get(a.getB())); }
            case INT_COMPARE: { var a = p.getIntCompare(); return new Op.IntCompare(Op.CmpOp.valueOf(a.getOp()), r.get(a.getA()), r.get(a.getB())); }
            case FLOAT_ARITH: { var a = p.getFloatArith(); return new Op.FloatArith(Op.FloatOp.valueOf(a.getOp()), r.get(a.getA()), r.get(a.getB())); }
            case FLOAT_COMPARE: { var a = p.getFloatCompare(); return new Op.FloatCompare(Op.CmpOp.valueOf(a.getOp()), r.get(a.getA()), r.get(a.getB())); }
            case INT_TO_FLOAT: return new Op.IntToFloat(r.get(p.getIntToFloat().getValue()));
            case IS_SMALL_INT: return new Op.IsSmallInt(r.get(p.getIsSmallInt().getValue()));
            case UNTAG_INT: return new Op.UntagInt(r.get(p.getUntagInt().getValue()));
            case RESUME_VALUE: return new Op.ResumeValue();
            default: throw new IllegalArgumentException("empty op");
        }
    }

    private static Terminator terminator(dev.molt.proto.ir.v1.Terminator t, Regs r) {
        int line = t.getLine();
        switch (t.getKindCase()) {
            case JUMP: return new Terminator.Jump(r.edge(t.getJump()), line);
            case BRANCH: {
                var b = t.getBranch();
                return new Terminator.Branch(r.get(b.getCond()), r.edge(b.getIfTrue()), r.edge(b.getIfFalse()), line);
            }
            case RETURN: return new Terminator.Return(r.get(t.getReturn().getValue()), line);
            case RAISE: {
                var x = t.getRaise();
                return new Terminator.Raise(x.getKind().isEmpty() ? null : x.getKind(), r.all(x.getArgsList()), x.getHandler() - 1, line);
            }
            case UNREACHABLE: return new Terminator.Unreachable(line);
            case GEN_YIELD: {
                var y = t.getGenYield();
                return new Terminator.Yield(r.get(y.getValue()), y.getDelegate(), y.getResume(), line);
            }
            case CHECKED_INT_ARITH: {
                var c = t.getCheckedIntArith();
                return new Terminator.CheckedIntArith(Op.IntOp.valueOf(c.getOp()), r.get(c.getA()), r.get(c.getB()), r.edge(c.getOk()), r.edge(c.getOverflow()), line);
            }
            default: throw new IllegalArgumentException("block without terminator");
        }
    }
}
