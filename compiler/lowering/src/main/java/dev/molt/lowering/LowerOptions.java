package dev.molt.lowering;

import java.util.Set;

/**
 * @param moduleName     the module's __name__ ("__main__" for the program's entry module)
 * @param file           the file name shown in tracebacks and diagnostics
 * @param source         the decoded source text, for diagnostics' character columns and lines (may be null)
 * @param isPackage      the module is a package's {@code __init__.py} (relative imports start from it)
 * @param programModules dotted names of the program's other modules, which it may import (decision 0039)
 */
public record LowerOptions(String moduleName, String file, String source, boolean isPackage, Set<String> programModules) {
    public LowerOptions {
        programModules = Set.copyOf(programModules);
    }

    /** The entry module of a one-file program. */
    public static LowerOptions main(String file, String source) {
        return new LowerOptions("__main__", file, source, false, Set.of());
    }

    /** The package that relative imports in this module start from: "" where there is none. */
    public String packageName() {
        if (isPackage) return moduleName;
        if (moduleName.equals("__main__")) return "";
        int dot = moduleName.lastIndexOf('.');
        return dot < 0 ? "" : moduleName.substring(0, dot);
    }
}
