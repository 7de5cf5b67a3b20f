package dev.molt.lowering.interp;

import dev.molt.ir.IrFunction;
import dev.molt.lowering.interp.Py.PyFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** molt_function_bind's contract: call arguments into parameter slots with CPython's rules and messages. */
final class Binder {
    private Binder() {}

    static void bind(IrFunction code, PyFunction fn, List<Object> args, List<String> kwnames, List<Object> kwvalues, Object[] slots) {
        int nargs = code.nargs(), nkw = code.nkwonly();
        String name = code.name();
        List<String> names = code.argNames();
        if (args.size() > nargs && !code.varargs())
            throw Py.error(Builtins.type("TypeError"), name + "() takes " + nargs + " positional argument" + (nargs == 1 ? "" : "s")
                + " but " + args.size() + (args.size() == 1 ? " was" : " were") + " given");
        for (int i = 0; i < Math.min(nargs, args.size()); i++) slots[i] = args.get(i);
        int at = nargs + nkw;
        if (code.varargs()) slots[at++] = new Py.PyTuple(new ArrayList<>(args.subList(Math.min(nargs, args.size()), args.size())));
        Py.PyDict extra = code.varkw() ? new Py.PyDict(new LinkedHashMap<>()) : null;
        if (code.varkw()) slots[at] = extra;
        for (int k = 0; k < kwnames.size(); k++) {
            int idx = names.subList(code.nposonly(), nargs + nkw).indexOf(kwnames.get(k));
            if (idx < 0) {
                if (extra == null) throw Py.error(Builtins.type("TypeError"), name + "() got an unexpected keyword argument '" + kwnames.get(k) + "'");
                extra.map().put(new Py.Key(kwnames.get(k)), kwvalues.get(k));
                continue;
            }
            idx += code.nposonly();
            if (slots[idx] != null) throw Py.error(Builtins.type("TypeError"), name + "() got multiple values for argument '" + kwnames.get(k) + "'");
            slots[idx] = kwvalues.get(k);
        }
        List<Object> defaults = fn.defaults() == null ? List.of() : ((Py.PyTuple) fn.defaults()).items();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nargs; i++) {
            if (slots[i] != null) continue;
            int d = i - (nargs - defaults.size());
            if (d >= 0) slots[i] = defaults.get(d);
            else missing.add("'" + names.get(i) + "'");
        }
        if (!missing.isEmpty())
            throw Py.error(Builtins.type("TypeError"), name + "() missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " + list(missing));
        for (int i = nargs; i < nargs + nkw; i++) {
            if (slots[i] != null) continue;
            Object d = fn.kwdefaults() == null ? null : ((Py.PyDict) fn.kwdefaults()).map().get(new Py.Key(names.get(i)));
            if (d == null) throw Py.error(Builtins.type("TypeError"), name + "() missing 1 required keyword-only argument: '" + names.get(i) + "'");
            slots[i] = d;
        }
    }

    private static String list(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 2 ? "," : "") + " and " + names.get(names.size() - 1);
    }
}
