package dev.molt.lowering.interp;

import dev.molt.lowering.interp.Py.Key;
import dev.molt.lowering.interp.Py.PyDict;
import dev.molt.lowering.interp.Py.PyList;
import dev.molt.lowering.interp.Py.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The generic object protocol (object.c's contract) over Py values. */
final class Ops {
    private Ops() {}

    private static final java.util.Map<String, String> SYMBOLS = java.util.Map.ofEntries(
        java.util.Map.entry("add", "+"), java.util.Map.entry("sub", "-"), java.util.Map.entry("mul", "*"),
        java.util.Map.entry("matmul", "@"), java.util.Map.entry("truediv", "/"), java.util.Map.entry("mod", "%"),
        java.util.Map.entry("pow", "** or pow()"), java.util.Map.entry("lshift", "<<"), java.util.Map.entry("rshift", ">>"),
        java.util.Map.entry("or", "|"), java.util.Map.entry("xor", "^"), java.util.Map.entry("and", "&"),
        java.util.Map.entry("floordiv", "//"));

    static Py.Raise typeError(String msg) { return Py.error(Builtins.type("TypeError"), msg); }

    static boolean isInt(Object v) { return v instanceof BigInteger || v instanceof Boolean; }

    static Object binop(String op, Object a, Object b, boolean inplace) {
        if (isInt(a) && isInt(b)) return intOp(op, (BigInteger) Py.norm(a), (BigInteger) Py.norm(b));
        if ((isInt(a) || a instanceof Double) && (isInt(b) || b instanceof Double)) return floatOp(op, toDouble(a), toDouble(b));
        if (a instanceof String s && b instanceof String t && op.equals("add")) return s + t;
        if (a instanceof String s && isInt(b) && op.equals("mul")) return s.repeat(Math.max(0, ((BigInteger) Py.norm(b)).intValue()));
        if (a instanceof String s && op.equals("mod")) return Builtins.percent(s, b);
        if (a instanceof PyList l && b instanceof PyList m && op.equals("add")) {
            if (inplace) { l.items().addAll(m.items()); return l; }
            List<Object> r = new ArrayList<>(l.items());
            r.addAll(m.items());
            return new PyList(r);
        }
        if (a instanceof PyList l && isInt(b) && op.equals("mul")) {
            List<Object> r = new ArrayList<>();
            for (int i = 0; i < ((BigInteger) Py.norm(b)).intValue(); i++) r.addAll(l.items());
            return new PyList(r);
        }
        if (a instanceof PyTuple l && b instanceof PyTuple m && op.equals("add")) {
            List<Object> r = new ArrayList<>(l.items());
            r.addAll(m.items());
            return new PyTuple(r);
        }
        throw typeError("unsupported operand type(s) for " + SYMBOLS.get(op) + (inplace && !op.equals("pow") ? "=" : "") + ": '" + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
    }

    static double toDouble(Object v) { return v instanceof Double d ? d : ((BigInteger) Py.norm(v)).doubleValue(); }

    private static Object intOp(String op, BigInteger a, BigInteger b) {
        switch (op) {
            case "add": return a.add(b);
            case "sub": return a.subtract(b);
            case "mul": return a.multiply(b);
            case "truediv":
                if (b.signum() == 0) throw Py.error(Builtins.type("ZeroDivisionError"), "division by zero");
                return a.doubleValue() / b.doubleValue();
            case "floordiv": case "mod": {
                if (b.signum() == 0) throw Py.error(Builtins.type("ZeroDivisionError"), "integer division or modulo by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) { qr[0] = qr[0].subtract(BigInteger.ONE); qr[1] = qr[1].add(b); }
                return op.equals("floordiv") ? qr[0] : qr[1];
            }
            case "pow": return b.signum() < 0 ? Math.pow(a.doubleValue(), b.doubleValue()) : a.pow(b.intValueExact());
            case "lshift": return a.shiftLeft(b.intValueExact());
            case "rshift": return a.shiftRight(b.intValueExact());
            case "and": return a.and(b);
            case "or": return a.or(b);
            case "xor": return a.xor(b);
            default: throw typeError("unsupported operand type(s) for @: 'int' and 'int'");
        }
    }

    private static Object floatOp(String op, double a, double b) {
        switch (op) {
            case "add": return a + b;
            case "sub": return a - b;
            case "mul": return a * b;
            case "truediv":
                if (b == 0) throw Py.error(Builtins.type("ZeroDivisionError"), "float division by zero");
                return a / b;
            case "floordiv":
                if (b == 0) throw Py.error(Builtins.type("ZeroDivisionError"), "float floor division by zero");
                return Math.floor(a / b);
            case "mod": {
                if (b == 0) throw Py.error(Builtins.type("ZeroDivisionError"), "float modulo");
                double m = a % b;
                if (m != 0 && (m < 0) != (b < 0)) m += b;
                return m;
            }
            case "pow": return Math.pow(a, b);
            default: throw typeError("unsupported operand type(s) for " + SYMBOLS.get(op) + ": 'float' and 'float'");
        }
    }

    static Object compare(String op, Object a, Object b) {
        if (op.equals("eq")) return Py.eq(a, b);
        if (op.equals("ne")) return !Py.eq(a, b);
        int c = order(op, a, b);
        switch (op) {
            case "lt": return c < 0;
            case "le": return c <= 0;
            case "gt": return c > 0;
            default: return c >= 0;
        }
    }

    private static final java.util.Map<String, String> CMP = java.util.Map.of("lt", "<", "le", "<=", "gt", ">", "ge", ">=");

    static int order(String op, Object a, Object b) {
        Object x = Py.norm(a), y = Py.norm(b);
        if (x instanceof BigInteger i && y instanceof BigInteger j) return i.compareTo(j);
        if ((x instanceof BigInteger || x instanceof Double) && (y instanceof BigInteger || y instanceof Double)) return Double.compare(toDouble(x), toDouble(y));
        if (x instanceof String s && y instanceof String t) return s.compareTo(t);
        List<Object> l = x instanceof PyList pl ? pl.items() : x instanceof PyTuple pt ? pt.items() : null;
        List<Object> m = y instanceof PyList ql ? ql.items() : y instanceof PyTuple qt ? qt.items() : null;
        if (l != null && m != null && x.getClass() == y.getClass()) {
            for (int i = 0; i < Math.min(l.size(), m.size()); i++) if (!Py.eq(l.get(i), m.get(i))) return order(op, l.get(i), m.get(i));
            return Integer.compare(l.size(), m.size());
        }
        throw typeError("'" + CMP.get(op) + "' not supported between instances of '" + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
    }

    static boolean truthy(Object v) {
        if (v == Py.NONE) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof BigInteger i) return i.signum() != 0;
        if (v instanceof Double d) return d != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof PyList l) return !l.items().isEmpty();
        if (v instanceof PyTuple t) return !t.items().isEmpty();
        if (v instanceof PyDict d) return !d.map().isEmpty();
        if (v instanceof Py.PySet s) return !s.map().isEmpty();
        if (v instanceof Py.PyRange r) return Builtins.rangeLen(r) > 0;
        return true;
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof String s) return s.contains((String) item);
        if (container instanceof PyDict d) return d.map().containsKey(new Key(item));
        if (container instanceof Py.PySet s) return s.map().containsKey(new Key(item));
        Iterator<Object> it = iter(container).it();
        while (it.hasNext()) if (Py.eq(it.next(), item)) return true;
        return false;
    }

    static Py.PyIter iter(Object v) {
        if (v instanceof Py.PyIter it) return it;
        if (v instanceof PyList l) {
            List<Object> items = l.items();
            return new Py.PyIter(new Iterator<>() {
                int i;
                public boolean hasNext() { return i < items.size(); }
                public Object next() { return items.get(i++); }
            });
        }
        if (v instanceof PyTuple t) return new Py.PyIter(t.items().iterator());
        if (v instanceof String s) return new Py.PyIter(s.codePoints().mapToObj(cp -> (Object) new String(Character.toChars(cp))).iterator());
        if (v instanceof PyDict d) return new Py.PyIter(new ArrayList<>(d.map().keySet()).stream().map(k -> k.value()).iterator());
        if (v instanceof Py.PySet s) return new Py.PyIter(new ArrayList<>(s.map().keySet()).stream().map(k -> k.value()).iterator());
        if (v instanceof Py.PyRange r) {
            return new Py.PyIter(new Iterator<>() {
                long cur = r.start();
                public boolean hasNext() { return r.step() > 0 ? cur < r.stop() : cur > r.stop(); }
                public Object next() { long c = cur; cur += r.step(); return BigInteger.valueOf(c); }
            });
        }
        throw typeError("'" + Py.typeName(v) + "' object is not iterable");
    }

    static List<Object> toList(Object v) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = iter(v).it();
        while (it.hasNext()) out.add(it.next());
        return out;
    }

    static PyTuple unpack(Object v, long n) {
        if (!(v instanceof PyList || v instanceof PyTuple || v instanceof String || v instanceof PyDict || v instanceof Py.PyIter || v instanceof Py.PyRange || v instanceof Py.PySet))
            throw typeError("cannot unpack non-iterable " + Py.typeName(v) + " object");
        List<Object> items = toList(v);
        if (items.size() < n) throw Py.error(Builtins.type("ValueError"), "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
        if (items.size() > n) throw Py.error(Builtins.type("ValueError"), "too many values to unpack (expected " + n + ")");
        return new PyTuple(items);
    }

    private static int index(Object key, int size, String what) {
        if (!isInt(key)) throw typeError(what + " indices must be integers or slices, not " + Py.typeName(key));
        int i = ((BigInteger) Py.norm(key)).intValue();
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Py.error(Builtins.type("IndexError"), what + " index out of range");
        return i;
    }

    private static List<Object> slice(List<Object> items, Py.PySlice s) {
        int n = items.size();
        int step = s.step() == Py.NONE ? 1 : ((BigInteger) Py.norm(s.step())).intValue();
        int start, stop;
        if (step > 0) {
            start = s.start() == Py.NONE ? 0 : clamp(((BigInteger) Py.norm(s.start())).intValue(), n, 0, n);
            stop = s.stop() == Py.NONE ? n : clamp(((BigInteger) Py.norm(s.stop())).intValue(), n, 0, n);
        } else {
            start = s.start() == Py.NONE ? n - 1 : clamp(((BigInteger) Py.norm(s.start())).intValue(), n, -1, n - 1);
            stop = s.stop() == Py.NONE ? -1 : clamp(((BigInteger) Py.norm(s.stop())).intValue(), n, -1, n - 1);
        }
        List<Object> out = new ArrayList<>();
        for (int i = start; step > 0 ? i < stop : i > stop; i += step) out.add(items.get(i));
        return out;
    }

    private static int clamp(int i, int n, int lo, int hi) {
        if (i < 0) i += n;
        return Math.max(lo, Math.min(hi, i));
    }

    static Object getitem(Object obj, Object key) {
        if (obj instanceof PyList l) return key instanceof Py.PySlice s ? new PyList(slice(l.items(), s)) : l.items().get(index(key, l.items().size(), "list"));
        if (obj instanceof PyTuple t) return key instanceof Py.PySlice s ? new PyTuple(slice(t.items(), s)) : t.items().get(index(key, t.items().size(), "tuple"));
        if (obj instanceof String str) {
            List<Object> chars = toList(str);
            if (key instanceof Py.PySlice s) {
                StringBuilder sb = new StringBuilder();
                for (Object c : slice(chars, s)) sb.append((String) c);
                return sb.toString();
            }
            return chars.get(index(key, chars.size(), "string"));
        }
        if (obj instanceof PyDict d) {
            Object v = d.map().get(new Key(key));
            if (v == null) throw new Py.Raise(new Py.PyExc(Builtins.type("KeyError"), List.of(key)));
            return v;
        }
        throw typeError("'" + Py.typeName(obj) + "' object is not subscriptable");
    }

    static void setitem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l) { l.items().set(index(key, l.items().size(), "list assignment"), value); return; }
        if (obj instanceof PyDict d) { d.map().put(new Key(key), value); return; }
        throw typeError("'" + Py.typeName(obj) + "' object does not support item assignment");
    }

    static void delitem(Object obj, Object key) {
        if (obj instanceof PyList l) { l.items().remove(index(key, l.items().size(), "list assignment")); return; }
        if (obj instanceof PyDict d) {
            if (d.map().remove(new Key(key)) == null) throw new Py.Raise(new Py.PyExc(Builtins.type("KeyError"), List.of(key)));
            return;
        }
        throw typeError("'" + Py.typeName(obj) + "' object doesn't support item deletion");
    }

    /** format(v, spec) for the specs the golden programs use: "", [fill][align][width][.prec][type]. */
    static String format(Object v, String spec) {
        if (spec.isEmpty()) return Py.str(v);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([<>^]?)(\\d*)(?:\\.(\\d+))?([dfsx%]?)").matcher(spec);
        if (!m.matches()) throw new IllegalStateException("format spec " + spec);
        String body;
        String type = m.group(4);
        if (m.group(3) != null || type.equals("f")) {
            int prec = m.group(3) != null ? Integer.parseInt(m.group(3)) : 6;
            body = new java.math.BigDecimal(toDouble(v)).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
        } else if (type.equals("x")) body = ((BigInteger) Py.norm(v)).toString(16);
        else body = Py.str(v);
        int width = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        String align = m.group(1).isEmpty() ? (v instanceof String ? "<" : ">") : m.group(1);
        while (body.length() < width) body = align.equals("<") ? body + " " : " " + body;
        return body;
    }
}
