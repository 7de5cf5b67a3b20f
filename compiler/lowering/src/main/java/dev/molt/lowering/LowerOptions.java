package dev.molt.lowering;

/**
 * @param moduleName the module's __name__ ("__main__" for the program)
 * @param file       the file name shown in tracebacks and diagnostics
 * @param source     the decoded source text, for diagnostics' character columns and lines (may be null)
 */
public record LowerOptions(String moduleName, String file, String source) {
    public static LowerOptions main(String file, String source) { return new LowerOptions("__main__", file, source); }
}
