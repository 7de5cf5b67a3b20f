package dev.molt.driver;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.diag.DiagnosticRenderer;

/** One-line and CPython-style renderings of the diagnostics a build returns. */
public final class Diagnostics {
    /** Codes of problems in Molt itself rather than in the program. */
    public static final String INTERNAL = "internal";
    public static final String TOOLCHAIN = "toolchain";
    public static final String CODEGEN = "codegen";
    public static final String UNSUPPORTED = "unsupported";
    /** A source file that cannot be read (decision 0039). */
    public static final String INPUT = "input";

    private Diagnostics() {}

    static Diagnostic internal(String file, String stage, Throwable e) {
        return Diagnostic.error(INTERNAL, "internal error in " + stage + ": " + describe(e), file, 0, 0, 0, 0, null);
    }

    static Diagnostic error(String code, String message, String file) {
        return Diagnostic.error(code, message, file, 0, 0, 0, 0, null);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + message;
    }

    /**
     * The form DESIGN.md §2 fixes for Molt's own diagnostics, {@code molt: unsupported: eval() at
     * file:line}; syntax errors are rendered the way CPython prints them.
     */
    public static String render(Diagnostic d) {
        String code = d.code();
        if ("SyntaxError".equals(code) || "IndentationError".equals(code) || "TabError".equals(code)) {
            return DiagnosticRenderer.render(d);
        }
        StringBuilder sb = new StringBuilder("molt: ");
        String message = d.message();
        if (message.startsWith(code + ":") || INTERNAL.equals(code) || TOOLCHAIN.equals(code) || CODEGEN.equals(code)
                || INPUT.equals(code)) {
            sb.append(message);
        } else {
            sb.append(code).append(": ").append(message);
        }
        if (d.file() != null && d.line() > 0) {
            sb.append(" at ").append(d.file()).append(':').append(d.line());
        }
        return sb.append('\n').toString();
    }
}
