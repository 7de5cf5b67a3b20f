package dev.molt.lowering.scope;

/** Private name mangling ({@code __x} inside class C becomes {@code _C__x}), CPython's _Py_Mangle. */
public final class Mangling {
    private Mangling() {}

    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }
}
