package dev.molt.driver.stage;

/**
 * A stage's input artifact is not what that stage reads (not a ParsedModule, an IR module for
 * another target, ...): a broken pipeline, not a problem of the program being compiled.
 */
public final class StageInputException extends Exception {
    private static final long serialVersionUID = 1L;

    StageInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
