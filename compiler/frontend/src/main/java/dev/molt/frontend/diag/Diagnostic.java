package dev.molt.frontend.diag;

/**
 * A problem found in a program: data, never an exception.
 *
 * <p>Positions follow CPython's {@code SyntaxError}: lines are 1-based and columns are 1-based
 * <em>character</em> offsets into the line ({@code offset}/{@code end_offset}); 0 means unknown.
 *
 * @param code the Python exception class the problem maps to ({@code SyntaxError},
 *             {@code IndentationError}, {@code TabError}) or a Molt code such as {@code unsupported}
 * @param text the source line the problem is on, without its line break, or null when unknown
 */
public record Diagnostic(Severity severity, String code, String message, String file,
                         int line, int col, int endLine, int endCol, String text) {
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String code, String message, String file, int line, int col,
                                   int endLine, int endCol, String text) {
        return new Diagnostic(Severity.ERROR, code, message, file, line, col, endLine, endCol, text);
    }
}
