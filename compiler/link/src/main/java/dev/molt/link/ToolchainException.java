package dev.molt.link;

/**
 * A build tool could not be found or failed (missing WASI packages, a C compile error in the
 * runtime, an undefined symbol at link time). The message names the tool and carries its output.
 */
public final class ToolchainException extends Exception {
    private static final long serialVersionUID = 1L;

    public ToolchainException(String message) {
        super(message);
    }

    public ToolchainException(String message, Throwable cause) {
        super(message, cause);
    }
}
