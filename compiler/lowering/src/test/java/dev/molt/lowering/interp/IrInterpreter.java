package dev.molt.lowering.interp;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.ir.Block;
import dev.molt.ir.Edge;
import dev.molt.ir.Instr;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;
import dev.molt.lowering.interp.Py.Cell;
import dev.molt.lowering.interp.Py.PyDict;
import dev.molt.lowering.interp.Py.PyExc;
import dev.molt.lowering.interp.Py.PyFunction;
import dev.molt.lowering.interp.Py.PyTuple;
import dev.molt.lowering.interp.Py.Raise;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes Molt IR with the semantics each op and builtin row promises, so lowering can be tested
 * against CPython before a code generator exists. Exceptions are Java exceptions (Py.Raise) between
 * frames; inside a frame they follow the IR's handler edges exactly as generated code will.
 */
public final class IrInterpreter {
    private final IrModule module;
    final StringBuilder out = new StringBuilder();
    final Map<String, Object> globals = new LinkedHashMap<>();
    final Builtins builtins = new Builtins(this);
    private PyExc pending;
    private PyExc handled;
    private int depth;

    public IrInterpreter(IrModule module) {
        this.module = module;
        Py.dunder = (self, name) -> call(new Py.PyMethod(((Py.PyInstance) self).cls().lookup(name), self), List.of(), null);
    }

    /** Runs the module; returns stdout, and the last stderr line (or "") of an uncaught exception. */
    public static String[] run(IrModule m) {
        IrInterpreter it = new IrInterpreter(m);
        String err = "";
        try {
            it.execute(m.functions().get(0), null, new Object[m.functions().get(0).slots().size()]);
        } catch (Raise r) {
            String msg = Py.str(r.exc);
            err = r.exc.type().name() + (msg.isEmpty() ? "" : ": " + msg);
        }
        return new String[] {it.out.toString(), err};
    }

    // ------------------------------------------------------------------ frames

    Object callFunction(PyFunction fn, List<Object> args, List<String> kwnames, List<Object> kwvalues) {
        IrFunction code = fn.code();
        Object[] slots = new Object[code.slots().size()];
        Binder.bind(code, fn, args, kwnames, kwvalues, slots);
        if (code.generator()) return new Py.PyIter(new Generator(this, code, fn, slots));
        if (++depth > 900) { depth = 0; throw Py.error(Builtins.type("RecursionError"), "maximum recursion depth exceeded"); }
        try {
            return execute(code, fn, slots);
        } finally {
            depth--;
        }
    }

    private Object execute(IrFunction fn, PyFunction self, Object[] slots) { return execute(fn, self, slots, 0); }

    /** A yield: the value (or the delegate iterator of a yield from) and the block to resume at. */
    record Suspended(Object value, boolean delegate, int resume) {}

    /** Runs fn from block start; returns the return value, or a Suspended at a yield. */
    Object execute(IrFunction fn, PyFunction self, Object[] slots, int start) {
        Map<Integer, Object> regs = new HashMap<>();
        Block block = fn.blocks().get(start);
        List<Object> incoming = List.of();
        while (true) {
            for (int i = 0; i < block.params().size(); i++) regs.put(block.params().get(i).id(), incoming.get(i));
            Integer jumpTo = null;
            for (Instr in : block.instrs()) {
                try {
                    Object v = op(in.op(), regs, slots, self);
                    if (in.result() != null) regs.put(in.result().id(), v);
                } catch (Raise r) {
                    pending = r.exc;
                    if (in.handler() < 0) throw r;
                    jumpTo = in.handler();
                    break;
                }
            }
            if (jumpTo != null) {
                block = fn.blocks().get(jumpTo);
                incoming = List.of();
                continue;
            }
            Terminator t = block.terminator();
            Edge next;
            if (t instanceof Terminator.Jump j) next = j.target();
            else if (t instanceof Terminator.Branch b) next = (Boolean) regs.get(b.cond().id()) ? b.ifTrue() : b.ifFalse();
            else if (t instanceof Terminator.Return r) return regs.get(r.value().id());
            else if (t instanceof Terminator.Yield y) return new Suspended(regs.get(y.value().id()), y.delegate(), y.resume());
            else if (t instanceof Terminator.Raise r) {
                if (r.builtin() != null) {
                    try {
                        row(r.builtin(), null, values(r.args(), regs));
                        throw new IllegalStateException(r.builtin() + " did not raise");
                    } catch (Raise x) {
                        pending = x.exc;
                    }
                }
                if (r.handler() < 0) {
                    PyExc e = pending;
                    pending = null;
                    throw new Raise(e);
                }
                block = fn.blocks().get(r.handler());
                incoming = List.of();
                continue;
            } else if (t instanceof Terminator.CheckedIntArith c) {
                long a = (Long) regs.get(c.a().id()), b = (Long) regs.get(c.b().id());
                try {
                    long r;
                    switch (c.op()) {
                        case ADD: r = Math.addExact(a, b); break;
                        case SUB: r = Math.subtractExact(a, b); break;
                        case MUL: r = Math.multiplyExact(a, b); break;
                        default: throw new IllegalStateException("checked " + c.op());
                    }
                    List<Object> args = values(c.ok().args(), regs);
                    args.add(r);
                    block = fn.blocks().get(c.ok().target());
                    incoming = args;
                } catch (ArithmeticException overflow) {
                    block = fn.blocks().get(c.overflow().target());
                    incoming = values(c.overflow().args(), regs);
                }
                continue;
            } else throw new IllegalStateException("reached " + t);
            block = fn.blocks().get(next.target());
            incoming = values(next.args(), regs);
        }
    }

    private static List<Object> values(List<Reg> rs, Map<Integer, Object> regs) {
        List<Object> out = new ArrayList<>();
        for (Reg r : rs) out.add(regs.get(r.id()));
        return out;
    }

    private Object op(Op op, Map<Integer, Object> regs, Object[] slots, PyFunction self) {
        if (op instanceof Op.LoadConst c) return constant(c.value());
        if (op instanceof Op.ConstI64 c) return c.value();
        if (op instanceof Op.ConstF64 c) return c.value();
        if (op instanceof Op.ConstBool c) return c.value();
        if (op instanceof Op.Null) return null;
        if (op instanceof Op.LoadSlot l) return slots[l.slot()];
        if (op instanceof Op.StoreSlot s) { slots[s.slot()] = regs.get(s.value().id()); return null; }
        if (op instanceof Op.Globals) return globals;
        if (op instanceof Op.CurrentFunction) return self;
        if (op instanceof Op.CallC c) return row(c.builtin(), c.text(), values(c.args(), regs));
        if (op instanceof Op.CallDirect c) {
            return callFunction(new PyFunction(module.function(c.function()), null, null, null), values(c.args(), regs), List.of(), List.of());
        }
        if (op instanceof Op.MakeFunction m)
            return new PyFunction(module.function(m.function()), regs.get(m.defaults().id()), regs.get(m.kwdefaults().id()), regs.get(m.closure().id()));
        if (op instanceof Op.IsNull n) return regs.get(n.value().id()) == null;
        if (op instanceof Op.Identical i) return identical(regs.get(i.a().id()), regs.get(i.b().id()));
        if (op instanceof Op.Not n) return !(Boolean) regs.get(n.value().id());
        if (op instanceof Op.IntArith a) {
            long x = (Long) regs.get(a.a().id()), y = (Long) regs.get(a.b().id());
            switch (a.op()) {
                case ADD: return x + y;
                case SUB: return x - y;
                case MUL: return x * y;
                case AND: return x & y;
                case OR: return x | y;
                default: return x ^ y;
            }
        }
        if (op instanceof Op.IntCompare c) return cmp(c.op(), Long.compare((Long) regs.get(c.a().id()), (Long) regs.get(c.b().id())));
        if (op instanceof Op.FloatArith a) {
            double x = (Double) regs.get(a.a().id()), y = (Double) regs.get(a.b().id());
            switch (a.op()) {
                case ADD: return x + y;
                case SUB: return x - y;
                case MUL: return x * y;
                default: return x / y;
            }
        }
        if (op instanceof Op.FloatCompare c) {
            double x = (Double) regs.get(c.a().id()), y = (Double) regs.get(c.b().id());
            if (Double.isNaN(x) || Double.isNaN(y)) return c.op() == Op.CmpOp.NE;
            return cmp(c.op(), x < y ? -1 : x > y ? 1 : 0);   // IEEE: -0.0 == 0.0
        }
        if (op instanceof Op.IntToFloat i) return ((Long) regs.get(i.value().id())).doubleValue();
        if (op instanceof Op.IsSmallInt s) return isSmall(regs.get(s.value().id()));
        if (op instanceof Op.ResumeValue) return Py.NONE; // the interpreter's generators are only iterated
        if (op instanceof Op.UntagInt u) {
            Object v = regs.get(u.value().id());
            if (!isSmall(v)) throw new IllegalStateException("untag_int of a value that is not a small int: " + v);
            return ((BigInteger) v).longValueExact();
        }
        throw new IllegalStateException("op " + op);
    }

    private static final BigInteger SMALL_MIN = BigInteger.ONE.shiftLeft(62).negate(), SMALL_MAX = BigInteger.ONE.shiftLeft(62).subtract(BigInteger.ONE);

    /** The runtime's small ints: 63-bit two's complement (bools are objects, not small ints). */
    static boolean isSmall(Object v) {
        return v instanceof BigInteger i && i.compareTo(SMALL_MIN) >= 0 && i.compareTo(SMALL_MAX) <= 0;
    }

    private static boolean cmp(Op.CmpOp op, int c) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    static boolean identical(Object a, Object b) {
        if (a instanceof BigInteger || a instanceof Boolean || a instanceof String) return a.equals(b) && a.getClass() == b.getClass();
        return a == b;
    }

    private static Object constant(ConstValue v) {
        if (v instanceof ConstValue.None) return Py.NONE;
        if (v instanceof ConstValue.Bool b) return b.value();
        if (v instanceof ConstValue.Int i) return i.value();
        if (v instanceof ConstValue.Float f) return f.value();
        if (v instanceof ConstValue.Str s) return s.value();
        throw new IllegalStateException("constant " + v);
    }

    // ------------------------------------------------------------------ builtin rows

    private Object row(String key, String text, List<Object> a) {
        int dot = key.indexOf('.');
        String area = dot < 0 ? key : key.substring(0, dot), sub = dot < 0 ? "" : key.substring(dot + 1);
        switch (area) {
            case "binop": case "inplace": return Ops.binop(sub, a.get(0), a.get(1), area.equals("inplace"));
            case "compare": return Ops.compare(sub, a.get(0), a.get(1));
            case "compare_bool": return Ops.truthy(Ops.compare(sub, a.get(0), a.get(1)));
            default: break;
        }
        switch (key) {
            case "contains": return Ops.contains(a.get(0), a.get(1));
            case "truthy": return Ops.truthy(a.get(0));
            case "neg": return Ops.binop("sub", BigInteger.ZERO, a.get(0), false);
            case "pos": return a.get(0);
            case "invert": return ((BigInteger) Py.norm(a.get(0))).not();
            case "box.bool": return a.get(0);
            case "box.i64": return BigInteger.valueOf((Long) a.get(0));
            case "index.i64": {
                Object v = a.get(0);
                if (!Ops.isInt(v)) throw Ops.typeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
                return ((BigInteger) Py.norm(v)).longValueExact();
            }
            case "range.check_step":
                if ((Long) a.get(0) == 0) throw Py.error(Builtins.type("ValueError"), "range() arg 3 must not be zero");
                return null;
            case "box.f64": return a.get(0);
            case "float.is": return a.get(0) instanceof Double;
            case "float.value": return (Double) a.get(0);
            case "float.binop.mod": case "float.binop.pow": case "float.binop.floordiv":
                return Ops.binop(key.substring("float.binop.".length()), a.get(0), a.get(1), false);
            case "repr": return Py.repr(a.get(0));
            case "str": return Py.str(a.get(0));
            case "format": return Ops.format(a.get(0), (String) a.get(1));
            case "str.join_array": {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i < a.size(); i++) sb.append((String) a.get(i));
                return sb.toString();
            }
            case "getattr": return builtins.getattr(a.get(0), (String) a.get(1));
            case "setattr":
                if (a.get(0) instanceof Py.PyInstance inst) {
                    if (a.get(2) == null) inst.dict().remove((String) a.get(1)); else inst.dict().put((String) a.get(1), a.get(2));
                    return null;
                }
                if (a.get(0) instanceof Py.PyClass c) { c.ns().map().put(new Py.Key(a.get(1)), a.get(2)); return null; }
                throw Py.error(Builtins.type("AttributeError"), "'" + Py.typeName(a.get(0)) + "' object has no attribute '" + a.get(1) + "'");
            case "getitem": return Ops.getitem(a.get(0), a.get(1));
            case "setitem": Ops.setitem(a.get(0), a.get(1), a.get(2)); return null;
            case "delitem": Ops.delitem(a.get(0), a.get(1)); return null;
            case "slice": return new Py.PySlice(a.get(0), a.get(1), a.get(2));
            case "iter": return Ops.iter(a.get(0));
            case "next": {
                Py.PyIter it = (Py.PyIter) a.get(0);
                return it.it().hasNext() ? it.it().next() : null;
            }
            case "unpack": return Ops.unpack(a.get(0), (Long) a.get(1));
            case "unpack_ex": {
                List<Object> items = Ops.toList(a.get(0));
                int before = (int) (long) (Long) a.get(1), after = (int) (long) (Long) a.get(2);
                if (items.size() < before + after)
                    throw Py.error(Builtins.type("ValueError"), "not enough values to unpack (expected at least " + (before + after) + ", got " + items.size() + ")");
                List<Object> out = new ArrayList<>(items.subList(0, before));
                out.add(new Py.PyList(new ArrayList<>(items.subList(before, items.size() - after))));
                out.addAll(items.subList(items.size() - after, items.size()));
                return new PyTuple(out);
            }
            case "tuple.from_iterable": return new PyTuple(Ops.toList(a.get(0)));
            case "list.extend", "list.extend_starred": ((Py.PyList) a.get(0)).items().addAll(Ops.toList(a.get(1))); return null;
            case "set.update": for (Object o : Ops.toList(a.get(1))) ((Py.PySet) a.get(0)).map().put(new Py.Key(o), Boolean.TRUE); return null;
            case "dict.update": ((PyDict) a.get(0)).map().putAll(((PyDict) a.get(1)).map()); return null;
            case "call.merge_kwargs": {
                PyDict d = (PyDict) a.get(0);
                for (var e : ((PyDict) a.get(1)).map().entrySet()) {
                    if (d.map().containsKey(e.getKey())) {
                        String fname = a.get(2) instanceof PyFunction pf ? "__main__." + pf.code().qualname() : Py.typeName(a.get(2));
                        throw Py.error(Builtins.type("TypeError"), fname + "() got multiple values for keyword argument '" + e.getKey().value() + "'");
                    }
                    d.map().put(e.getKey(), e.getValue());
                }
                return null;
            }
            case "call.ex": {
                List<Object> all = new ArrayList<>(Ops.toList(a.get(1))); // a tuple, or a lone *iterable passed as is
                List<Object> names = new ArrayList<>();
                if (a.get(2) != null) for (var e : ((PyDict) a.get(2)).map().entrySet()) { names.add(e.getKey().value()); all.add(e.getValue()); }
                return call(a.get(0), all, names.isEmpty() ? null : new PyTuple(names));
            }
            case "tuple.item": return ((PyTuple) a.get(0)).items().get((int) (long) (Long) a.get(1));
            case "call": return call(a.get(0), a.subList(2, a.size()), (PyTuple) a.get(1));
            case "tuple.from_array": return new PyTuple(new ArrayList<>(a));
            case "list.from_array": return new Py.PyList(new ArrayList<>(a));
            case "list.append": ((Py.PyList) a.get(0)).items().add(a.get(1)); return null;
            case "dict.new": return new PyDict(new LinkedHashMap<>());
            case "dict.setitem": ((PyDict) a.get(0)).map().put(new Py.Key(a.get(1)), a.get(2)); return null;
            case "set.new": return new Py.PySet(new LinkedHashMap<>());
            case "set.add": ((Py.PySet) a.get(0)).map().put(new Py.Key(a.get(1)), Boolean.TRUE); return null;
            case "global.load": {
                String name = (String) a.get(1);
                if (globals.containsKey(name)) return globals.get(name);
                Object b = builtins.lookup(name);
                if (b != null) return b;
                throw Py.error(Builtins.type("NameError"), "name '" + name + "' is not defined");
            }
            case "global.store": globals.put((String) a.get(1), a.get(2)); return null;
            case "class.load_name": {
                Object v = ((PyDict) a.get(0)).map().get(new Py.Key(a.get(2)));
                return v != null ? v : row("global.load", null, List.of(globals, a.get(2)));
            }
            case "class.delete_name":
                if (((PyDict) a.get(0)).map().remove(new Py.Key(a.get(1))) == null)
                    throw Py.error(Builtins.type("NameError"), "name '" + a.get(1) + "' is not defined");
                return null;
            case "class.new": {
                List<Object> bases = ((PyTuple) a.get(3)).items();
                if (!bases.isEmpty() && bases.get(0) instanceof Py.ExcType base) return new Py.ExcType((String) a.get(0), base);
                Py.PyClass cls = new Py.PyClass((String) a.get(0), bases, (PyDict) a.get(4));
                Object cell = cls.ns().map().remove(new Py.Key("__classcell__"));
                if (cell != null) ((Cell) cell).ref()[0] = cls;
                return cls;
            }
            case "global.delete":
                if (globals.remove((String) a.get(1)) == null) throw Py.error(Builtins.type("NameError"), "name '" + a.get(1) + "' is not defined");
                return null;
            case "local.check":
                if (a.get(0) == null) throw Py.error(Builtins.type("UnboundLocalError"), "cannot access local variable '" + text + "' where it is not associated with a value");
                return a.get(0);
            case "with.exit": case "with.enter": {
                String dunder = key.equals("with.exit") ? "__exit__" : "__enter__";
                Object fn = a.get(0) instanceof Py.PyInstance i ? i.cls().lookup(dunder) : null;
                if (fn == null) throw Ops.typeError("'" + Py.typeName(a.get(0)) + "' object does not support the context manager protocol");
                Py.PyMethod m = new Py.PyMethod(fn, a.get(0));
                return key.equals("with.exit") ? m : call(m, List.of(), null);
            }
            case "import": return builtins.module((String) a.get(0));
            case "import.from": {
                Py.PyModule m = (Py.PyModule) a.get(0);
                Object v = m.attrs().get((String) a.get(1));
                if (v == null) throw Py.error(Builtins.type("ImportError"), "cannot import name '" + a.get(1) + "' from '" + m.name() + "' (unknown location)");
                return v;
            }
            case "cell.new": return new Cell(new Object[] {a.get(0)});
            case "cell.get": case "cell.get_local": {
                Object v = ((Cell) a.get(0)).ref()[0];
                if (v != null) return v;
                if (key.equals("cell.get")) throw Py.error(Builtins.type("NameError"), "cannot access free variable '" + text + "' where it is not associated with a value in enclosing scope");
                throw Py.error(Builtins.type("UnboundLocalError"), "cannot access local variable '" + text + "' where it is not associated with a value");
            }
            case "cell.set": ((Cell) a.get(0)).ref()[0] = a.get(1); return null;
            case "function.cell": return ((PyTuple) ((PyFunction) a.get(0)).closure()).items().get((int) (long) (Long) a.get(1));
            case "err.fetch": { PyExc e = pending; pending = null; return e; }
            case "err.restore": pending = (PyExc) a.get(0); return null;
            case "err.handled": return handled;
            case "err.set_handled": handled = (PyExc) a.get(0); return null;
            case "exc.matches": return Builtins.matches((PyExc) a.get(0), a.get(1));
            case "raise": throw new Raise(Builtins.instantiate(a.get(0)));
            case "raise_from": throw new Raise(Builtins.instantiate(a.get(0)));
            case "reraise":
                if (handled == null) throw Py.error(Builtins.type("RuntimeError"), "No active exception to reraise");
                throw new Raise(handled);
            case "assert_fail": throw new Raise(new PyExc(Builtins.type("AssertionError"), a.get(0) == null ? List.of() : List.of(a.get(0))));
            default: throw new IllegalStateException("interpreter lacks builtin row " + key);
        }
    }

    private Object call(Object callee, List<Object> args, List<String> kwnames, List<Object> kwvalues) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(kwvalues);
        List<Object> names = new ArrayList<>(kwnames);
        return call(callee, all, names.isEmpty() ? null : new PyTuple(names));
    }

    Object call(Object callee, List<Object> all, PyTuple kwnamesTuple) {
        int nkw = kwnamesTuple == null ? 0 : kwnamesTuple.items().size();
        List<Object> args = new ArrayList<>(all.subList(0, all.size() - nkw));
        List<String> kwnames = new ArrayList<>();
        for (int i = 0; i < nkw; i++) kwnames.add((String) kwnamesTuple.items().get(i));
        List<Object> kwvalues = new ArrayList<>(all.subList(all.size() - nkw, all.size()));
        if (callee instanceof PyFunction f) return callFunction(f, args, kwnames, kwvalues);
        if (callee instanceof Py.Builtin b) return b.fn().call(args, kwnames, kwvalues);
        if (callee instanceof Py.BoundMethod m) return m.fn().call(args, kwnames, kwvalues);
        if (callee instanceof Py.ExcType t) return new PyExc(t, args);
        if (callee instanceof Py.PyMethod m) {
            List<Object> withSelf = new ArrayList<>();
            withSelf.add(m.self());
            withSelf.addAll(args);
            return call(m.fn(), withSelf, kwnames, kwvalues);
        }
        if (callee instanceof Py.PyClass c) {
            Py.PyInstance inst = new Py.PyInstance(c, new LinkedHashMap<>());
            Object init = c.lookup("__init__");
            if (init != null) call(new Py.PyMethod(init, inst), args, kwnames, kwvalues);
            return inst;
        }
        throw Py.error(Builtins.type("TypeError"), "'" + Py.typeName(callee) + "' object is not callable");
    }

    static Object dictOf(List<String> names, List<Object> values) {
        PyDict d = new PyDict(new LinkedHashMap<>());
        for (int i = 0; i < names.size(); i++) d.map().put(new Py.Key(names.get(i)), values.get(i));
        return d;
    }
}
