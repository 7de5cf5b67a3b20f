package dev.molt.lowering.interp;

import dev.molt.lowering.interp.Py.BoundMethod;
import dev.molt.lowering.interp.Py.ExcType;
import dev.molt.lowering.interp.Py.Key;
import dev.molt.lowering.interp.Py.PyDict;
import dev.molt.lowering.interp.Py.PyExc;
import dev.molt.lowering.interp.Py.PyList;
import dev.molt.lowering.interp.Py.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The builtins module and the methods of builtin types that the golden programs use. */
final class Builtins {
    private static final Map<String, ExcType> TYPES = new HashMap<>();

    static {
        String[][] tree = {{"BaseException", null}, {"Exception", "BaseException"}, {"ArithmeticError", "Exception"},
            {"ZeroDivisionError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"}, {"AssertionError", "Exception"},
            {"AttributeError", "Exception"}, {"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
            {"NameError", "Exception"}, {"UnboundLocalError", "NameError"}, {"RuntimeError", "Exception"},
            {"RecursionError", "RuntimeError"}, {"NotImplementedError", "RuntimeError"}, {"TypeError", "Exception"},
            {"ValueError", "Exception"}, {"StopIteration", "Exception"},
            {"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"}};
        for (String[] t : tree) TYPES.put(t[0], new ExcType(t[0], t[1] == null ? null : TYPES.get(t[1])));
    }

    static ExcType type(String name) { return TYPES.get(name); }

    private final IrInterpreter interp;
    private final Map<String, Object> table = new HashMap<>();

    Builtins(IrInterpreter interp) {
        this.interp = interp;
        table.putAll(TYPES);
        fn("print", (a, kn, kv) -> {
            String sep = " ", end = "\n";
            for (int i = 0; i < kn.size(); i++) {
                if (kn.get(i).equals("sep") && kv.get(i) != Py.NONE) sep = (String) kv.get(i);
                if (kn.get(i).equals("end") && kv.get(i) != Py.NONE) end = (String) kv.get(i);
            }
            List<String> parts = new ArrayList<>();
            for (Object o : a) parts.add(Py.str(o));
            interp.out.append(String.join(sep, parts)).append(end);
            return Py.NONE;
        });
        fn("len", (a, kn, kv) -> BigInteger.valueOf(Ops.toList(a.get(0)).size()));
        fn("str", (a, kn, kv) -> a.isEmpty() ? "" : Py.str(a.get(0)));
        fn("repr", (a, kn, kv) -> Py.repr(a.get(0)));
        fn("int", (a, kn, kv) -> a.get(0) instanceof String s ? new BigInteger(s.strip()) : a.get(0) instanceof Double d ? new java.math.BigDecimal(d).toBigInteger() : Py.norm(a.get(0)));
        fn("float", (a, kn, kv) -> a.get(0) instanceof String s ? Double.parseDouble(s.strip()) : Ops.toDouble(a.get(0)));
        fn("bool", (a, kn, kv) -> !a.isEmpty() && Ops.truthy(a.get(0)));
        fn("abs", (a, kn, kv) -> a.get(0) instanceof Double d ? (Object) Math.abs(d) : ((BigInteger) Py.norm(a.get(0))).abs());
        fn("range", (a, kn, kv) -> {
            long[] v = new long[a.size()];
            for (int i = 0; i < a.size(); i++) v[i] = ((BigInteger) Py.norm(a.get(i))).longValueExact();
            if (v.length == 1) return new Py.PyRange(0, v[0], 1);
            return new Py.PyRange(v[0], v[1], v.length > 2 ? v[2] : 1);
        });
        fn("list", (a, kn, kv) -> new PyList(a.isEmpty() ? new ArrayList<>() : Ops.toList(a.get(0))));
        fn("tuple", (a, kn, kv) -> new PyTuple(a.isEmpty() ? new ArrayList<>() : Ops.toList(a.get(0))));
        fn("sum", (a, kn, kv) -> {
            Object acc = a.size() > 1 ? a.get(1) : BigInteger.ZERO;
            for (Object o : Ops.toList(a.get(0))) acc = Ops.binop("add", acc, o, false);
            return acc;
        });
        fn("min", (a, kn, kv) -> extreme(a, true));
        // Lazy, as CPython's: they stop consuming a generator at the first decisive item.
        fn("any", (a, kn, kv) -> { for (var it = Ops.iter(a.get(0)).it(); it.hasNext(); ) if (Ops.truthy(it.next())) return true; return false; });
        fn("all", (a, kn, kv) -> { for (var it = Ops.iter(a.get(0)).it(); it.hasNext(); ) if (!Ops.truthy(it.next())) return false; return true; });
        fn("set", (a, kn, kv) -> {
            Py.PySet out = new Py.PySet(new LinkedHashMap<>());
            if (!a.isEmpty()) for (Object o : Ops.toList(a.get(0))) out.map().put(new Key(o), Boolean.TRUE);
            return out;
        });
        fn("max", (a, kn, kv) -> extreme(a, false));
        fn("sorted", (a, kn, kv) -> {
            List<Object> items = Ops.toList(a.get(0));
            items.sort((x, y) -> Ops.order("lt", x, y));
            return new PyList(items);
        });
        fn("enumerate", (a, kn, kv) -> {
            List<Object> out = new ArrayList<>();
            List<Object> items = Ops.toList(a.get(0));
            for (int i = 0; i < items.size(); i++) out.add(new PyTuple(List.of(BigInteger.valueOf(i), items.get(i))));
            return new Py.PyIter(out.iterator());
        });
        fn("zip", (a, kn, kv) -> {
            List<List<Object>> ls = new ArrayList<>();
            for (Object o : a) ls.add(Ops.toList(o));
            int n = ls.stream().mapToInt(List::size).min().orElse(0);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Object> row = new ArrayList<>();
                for (List<Object> l : ls) row.add(l.get(i));
                out.add(new PyTuple(row));
            }
            return new Py.PyIter(out.iterator());
        });
        fn("isinstance", (a, kn, kv) -> a.get(1) instanceof ExcType t && a.get(0) instanceof PyExc e && e.type().isSubclassOf(t)
            || a.get(1) instanceof Py.PyClass c && a.get(0) instanceof Py.PyInstance i && i.cls().mro().contains(c));
        fn("super", (a, kn, kv) -> new Py.PySuper((Py.PyClass) a.get(0), a.get(1)));
    }

    private static Object extreme(List<Object> a, boolean min) {
        List<Object> items = a.size() == 1 ? Ops.toList(a.get(0)) : a;
        Object best = items.get(0);
        for (Object o : items) if (min ? Ops.order("lt", o, best) < 0 : Ops.order("gt", o, best) > 0) best = o;
        return best;
    }

    private void fn(String name, Py.Native f) { table.put(name, new Py.Builtin(name, f)); }

    Object lookup(String name) { return table.get(name); }

    static PyExc instantiate(Object exc) {
        if (exc instanceof PyExc e) return e;
        if (exc instanceof ExcType t) return new PyExc(t, List.of());
        throw Ops.typeError("exceptions must derive from BaseException");
    }

    static boolean matches(PyExc exc, Object spec) {
        if (spec instanceof ExcType t) return exc.type().isSubclassOf(t);
        if (spec instanceof PyTuple tu) {
            for (Object o : tu.items()) if (matches(exc, o)) return true;
            return false;
        }
        throw Ops.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    static long rangeLen(Py.PyRange r) {
        if (r.step() > 0) return Math.max(0, (r.stop() - r.start() + r.step() - 1) / r.step());
        return Math.max(0, (r.start() - r.stop() - r.step() - 1) / -r.step());
    }

    static String percent(String fmt, Object args) {
        List<Object> vals = args instanceof PyTuple t ? t.items() : List.of(args);
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') { sb.append(c); continue; }
            char t = fmt.charAt(++i);
            if (t == '%') sb.append('%');
            else if (t == 'r') sb.append(Py.repr(vals.get(k++)));
            else sb.append(Py.str(vals.get(k++)));
        }
        return sb.toString();
    }

    /** The two native modules the golden programs import. */
    Py.PyModule module(String name) {
        Map<String, Object> attrs = new HashMap<>();
        if (name.equals("math")) {
            attrs.put("pi", Math.PI);
            attrs.put("sqrt", new Py.Builtin("sqrt", (a, kn, kv) -> Math.sqrt(Ops.toDouble(a.get(0)))));
            attrs.put("floor", new Py.Builtin("floor", (a, kn, kv) -> BigInteger.valueOf((long) Math.floor(Ops.toDouble(a.get(0))))));
        } else if (name.equals("os") || name.equals("os.path")) {
            attrs.put("sep", "/");
        } else throw Py.error(type("ModuleNotFoundError"), "No module named '" + name + "'");
        return new Py.PyModule(name, attrs);
    }

    Object getattr(Object obj, String name) {
        if (obj instanceof Py.PyModule m && m.attrs().containsKey(name)) return m.attrs().get(name);
        if (obj instanceof PyExc e && name.equals("args")) return new PyTuple(e.args());
        if (obj instanceof PyExc e && name.equals("__class__")) return e.type();
        if (obj instanceof Py.PyInstance inst) {
            if (inst.dict().containsKey(name)) return inst.dict().get(name);
            Object v = inst.cls().lookup(name);
            if (v instanceof Py.PyFunction) return new Py.PyMethod(v, inst);
            if (v != null) return v;
            if (name.equals("__class__")) return inst.cls();
        }
        if (obj instanceof Py.PyClass c) {
            if (name.equals("__name__")) return c.name();
            Object v = c.lookup(name);
            if (v != null) return v;
        }
        if (obj instanceof Py.PySuper s) {
            List<Py.PyClass> mro = ((Py.PyInstance) s.self()).cls().mro();
            for (int i = mro.indexOf(s.start()) + 1; i < mro.size(); i++) {
                Object v = mro.get(i).ns().map().get(new Key(name));
                if (v instanceof Py.PyFunction) return new Py.PyMethod(v, s.self());
                if (v != null) return v;
            }
        }
        Py.Native m = method(obj, name);
        if (m == null) throw Py.error(type("AttributeError"), "'" + Py.typeName(obj) + "' object has no attribute '" + name + "'");
        return new BoundMethod(obj, name, m);
    }

    private Py.Native method(Object obj, String name) {
        if (obj instanceof PyList l) {
            List<Object> items = l.items();
            switch (name) {
                case "append": return (a, kn, kv) -> { items.add(a.get(0)); return Py.NONE; };
                case "pop": return (a, kn, kv) -> {
                    if (items.isEmpty()) throw Py.error(type("IndexError"), "pop from empty list");
                    return items.remove(a.isEmpty() ? items.size() - 1 : ((BigInteger) a.get(0)).intValue());
                };
                case "extend": return (a, kn, kv) -> { items.addAll(Ops.toList(a.get(0))); return Py.NONE; };
                case "insert": return (a, kn, kv) -> { items.add(((BigInteger) a.get(0)).intValue(), a.get(1)); return Py.NONE; };
                case "reverse": return (a, kn, kv) -> { java.util.Collections.reverse(items); return Py.NONE; };
                case "sort": return (a, kn, kv) -> { items.sort((x, y) -> Ops.order("lt", x, y)); return Py.NONE; };
                case "index": return (a, kn, kv) -> {
                    for (int i = 0; i < items.size(); i++) if (Py.eq(items.get(i), a.get(0))) return BigInteger.valueOf(i);
                    throw Py.error(type("ValueError"), Py.repr(a.get(0)) + " is not in list");
                };
                default: return null;
            }
        }
        if (obj instanceof String s) {
            switch (name) {
                case "join": return (a, kn, kv) -> {
                    List<String> parts = new ArrayList<>();
                    for (Object o : Ops.toList(a.get(0))) {
                        if (!(o instanceof String str)) throw Ops.typeError("sequence item " + parts.size() + ": expected str instance, " + Py.typeName(o) + " found");
                        parts.add(str);
                    }
                    return String.join(s, parts);
                };
                case "upper": return (a, kn, kv) -> s.toUpperCase(java.util.Locale.ROOT);
                case "lower": return (a, kn, kv) -> s.toLowerCase(java.util.Locale.ROOT);
                case "strip": return (a, kn, kv) -> s.strip();
                case "split": return (a, kn, kv) -> {
                    List<Object> out = new ArrayList<>();
                    if (a.isEmpty()) { for (String p : s.strip().split("\\s+")) if (!p.isEmpty()) out.add(p); }
                    else for (String p : s.split(java.util.regex.Pattern.quote((String) a.get(0)), -1)) out.add(p);
                    return new PyList(out);
                };
                case "replace": return (a, kn, kv) -> s.replace((String) a.get(0), (String) a.get(1));
                case "startswith": return (a, kn, kv) -> s.startsWith((String) a.get(0));
                default: return null;
            }
        }
        if (obj instanceof PyDict d) {
            LinkedHashMap<Key, Object> map = d.map();
            switch (name) {
                case "get": return (a, kn, kv) -> map.getOrDefault(new Key(a.get(0)), a.size() > 1 ? a.get(1) : Py.NONE);
                case "items": return (a, kn, kv) -> {
                    List<Object> out = new ArrayList<>();
                    for (var e : map.entrySet()) out.add(new PyTuple(List.of(e.getKey().value(), e.getValue())));
                    return new PyList(out);
                };
                case "keys": return (a, kn, kv) -> new PyList(Ops.toList(d));
                case "values": return (a, kn, kv) -> new PyList(new ArrayList<>(map.values()));
                case "setdefault": return (a, kn, kv) -> map.computeIfAbsent(new Key(a.get(0)), k -> a.size() > 1 ? a.get(1) : Py.NONE);
                case "pop": return (a, kn, kv) -> {
                    Object v = map.remove(new Key(a.get(0)));
                    if (v != null) return v;
                    if (a.size() > 1) return a.get(1);
                    throw new Py.Raise(new PyExc(type("KeyError"), List.of(a.get(0))));
                };
                default: return null;
            }
        }
        if (obj instanceof Py.PySet s && name.equals("add")) return (a, kn, kv) -> { s.map().put(new Key(a.get(0)), Boolean.TRUE); return Py.NONE; };
        return null;
    }

    IrInterpreter interp() { return interp; }
}
