package dev.molt.lowering.interp;

import dev.molt.frontend.ast.PyRepr;
import dev.molt.ir.IrFunction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small Python object model for the test interpreter: enough of CPython's semantics to run the
 * golden programs and compare their output with python3.12. Java types: None -> NONE, bool -> Boolean,
 * int -> BigInteger, float -> Double, str -> String; the rest are the records below.
 */
final class Py {
    private Py() {}

    static final Object NONE = new Object() { @Override public String toString() { return "None"; } };

    record PyList(List<Object> items) {}

    record PyTuple(List<Object> items) {}

    /** dict with Python key equality (1 == 1.0 == True) through Key. */
    record PyDict(LinkedHashMap<Key, Object> map) {}

    record PySet(LinkedHashMap<Key, Object> map) {}

    record PySlice(Object start, Object stop, Object step) {}

    record PyRange(long start, long stop, long step) {}

    record Cell(Object[] ref) {}

    record PyFunction(IrFunction code, Object defaults, Object kwdefaults, Object closure) {}

    interface Native { Object call(List<Object> args, List<String> kwnames, List<Object> kwvalues); }

    record Builtin(String name, Native fn) {}

    record BoundMethod(Object self, String name, Native fn) {}

    record ExcType(String name, ExcType base) {
        boolean isSubclassOf(ExcType other) {
            for (ExcType t = this; t != null; t = t.base) if (t == other) return true;
            return false;
        }
    }

    record PyExc(ExcType type, List<Object> args) {}

    record PyIter(java.util.Iterator<Object> it) {}

    /** A class made by a class statement; mro() is a depth-first walk (enough for single inheritance). */
    record PyClass(String name, List<Object> bases, PyDict ns) {
        List<PyClass> mro() {
            List<PyClass> out = new ArrayList<>();
            out.add(this);
            for (Object b : bases) if (b instanceof PyClass c) for (PyClass m : c.mro()) if (!out.contains(m)) out.add(m);
            return out;
        }

        Object lookup(String attr) {
            for (PyClass c : mro()) {
                Object v = c.ns().map().get(new Key(attr));
                if (v != null) return v;
            }
            return null;
        }
    }

    record PyInstance(PyClass cls, LinkedHashMap<String, Object> dict) {
        @Override public boolean equals(Object o) { return this == o; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    record PyMethod(Object fn, Object self) {}

    record PyModule(String name, Map<String, Object> attrs) {}

    record PySuper(PyClass start, Object self) {}

    /** Calls a special method of an instance (set by the interpreter). */
    static java.util.function.BiFunction<Object, String, Object> dunder;

    /** Hash-map key with Python's equality for numbers and containers. */
    record Key(Object value) {
        @Override public boolean equals(Object o) { return o instanceof Key k && eq(value, k.value); }

        @Override public int hashCode() {
            Object v = norm(value);
            if (v instanceof PyTuple t) return t.items().stream().mapToInt(x -> new Key(x).hashCode()).reduce(17, (a, b) -> a * 31 + b);
            return Objects.hashCode(v);
        }
    }

    static final class Raise extends RuntimeException {
        final PyExc exc;

        Raise(PyExc exc) {
            super(null, null, false, false);
            this.exc = exc;
        }
    }

    static Raise error(ExcType t, String msg) { return new Raise(new PyExc(t, List.of(msg))); }

    static Object norm(Object v) {
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Double d && !d.isInfinite() && !d.isNaN() && d == Math.rint(d)) return new java.math.BigDecimal(d).toBigInteger();
        return v;
    }

    static boolean eq(Object a, Object b) {
        if (a == b) return true;
        Object x = norm(a), y = norm(b);
        if (x instanceof BigInteger || x instanceof Double) return x.equals(y);
        if (x instanceof PyList l && y instanceof PyList m) return seqEq(l.items(), m.items());
        if (x instanceof PyTuple l && y instanceof PyTuple m) return seqEq(l.items(), m.items());
        if (x instanceof PyDict d && y instanceof PyDict e) {
            if (d.map().size() != e.map().size()) return false;
            for (var en : d.map().entrySet()) if (!e.map().containsKey(en.getKey()) || !eq(en.getValue(), e.map().get(en.getKey()))) return false;
            return true;
        }
        if (x instanceof PySet s && y instanceof PySet t) return s.map().keySet().equals(t.map().keySet());
        return x.equals(y);
    }

    private static boolean seqEq(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!eq(a.get(i), b.get(i))) return false;
        return true;
    }

    static String typeName(Object v) {
        if (v == NONE) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof String) return "str";
        if (v instanceof PyList) return "list";
        if (v instanceof PyTuple) return "tuple";
        if (v instanceof PyDict) return "dict";
        if (v instanceof PySet) return "set";
        if (v instanceof PyRange) return "range";
        if (v instanceof PyFunction) return "function";
        if (v instanceof Builtin || v instanceof BoundMethod) return "builtin_function_or_method";
        if (v instanceof PyExc e) return e.type().name();
        if (v instanceof PyInstance i) return i.cls().name();
        if (v instanceof PyClass) return "type";
        if (v instanceof ExcType) return "type";
        return v.getClass().getSimpleName();
    }

    static String str(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof PyInstance i && i.cls().lookup("__str__") != null) return (String) dunder.apply(v, "__str__");
        if (v instanceof PyExc e) {
            if (e.args().isEmpty()) return "";
            if (e.args().size() == 1) return e.type().name().equals("KeyError") ? repr(e.args().get(0)) : str(e.args().get(0));
            return repr(new PyTuple(e.args()));
        }
        return repr(v);
    }

    static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        if (v == NONE) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof BigInteger i) return i.toString();
        if (v instanceof Double d) { PyRepr.floatRepr(sb, d); return sb.toString(); }
        if (v instanceof String s) { PyRepr.str(sb, s); return sb.toString(); }
        if (v instanceof PyList l) return "[" + join(l.items()) + "]";
        if (v instanceof PyTuple t) return "(" + join(t.items()) + (t.items().size() == 1 ? ",)" : ")");
        if (v instanceof PyDict d) {
            List<String> parts = new ArrayList<>();
            for (var e : d.map().entrySet()) parts.add(repr(e.getKey().value()) + ": " + repr(e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof PySet s) {
            if (s.map().isEmpty()) return "set()";
            List<Object> items = new ArrayList<>();
            for (Key k : s.map().keySet()) items.add(k.value());
            // CPython iterates small non-negative ints of a small set in hash (= value) order.
            if (items.stream().allMatch(x -> x instanceof BigInteger i && i.signum() >= 0 && i.bitLength() < 30))
                items.sort((x, y) -> ((BigInteger) x).compareTo((BigInteger) y));
            return "{" + join(items) + "}";
        }
        if (v instanceof PyRange r) return "range(" + r.start() + ", " + r.stop() + (r.step() != 1 ? ", " + r.step() : "") + ")";
        if (v instanceof PyExc e) return e.type().name() + "(" + join(e.args()) + ")";
        if (v instanceof ExcType t) return "<class '" + t.name() + "'>";
        if (v instanceof PyFunction f) return "<function " + f.code().qualname() + ">";
        if (v instanceof PyInstance i) {
            if (i.cls().lookup("__repr__") != null) return (String) dunder.apply(v, "__repr__");
            return "<__main__." + i.cls().name() + " object>";
        }
        if (v instanceof PyClass c) return "<class '__main__." + c.name() + "'>";
        return "<" + typeName(v) + ">";
    }

    private static String join(List<Object> items) {
        List<String> parts = new ArrayList<>();
        for (Object o : items) parts.add(repr(o));
        return String.join(", ", parts);
    }
}
