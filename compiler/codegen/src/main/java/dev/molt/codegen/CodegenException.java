package dev.molt.codegen;

/**
 * Codegen failed: untranslatable Molt IR, or LLVM rejected a module (invalid IR, unparsable text,
 * a failing pass pipeline or a backend error).
 * It is a bug in the stage that built the module, never in the user's program, so it is an
 * exception rather than a user diagnostic; the message carries LLVM's own explanation.
 */
public final class CodegenException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which step failed. */
    public enum Kind {
        /** The Molt IR could not be translated (an op or reference codegen does not understand). */
        TRANSLATE,
        PARSE,
        VERIFY,
        PASSES,
        EMIT
    }

    private final Kind kind;
    private final String detail;

    public CodegenException(Kind kind, String moduleName, String detail) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT) + " failed for module '" + moduleName + "': " + detail.strip());
        this.kind = kind;
        this.detail = detail.strip();
    }

    public Kind kind() {
        return kind;
    }

    /** LLVM's message alone. */
    public String detail() {
        return detail;
    }
}
