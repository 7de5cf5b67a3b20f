package dev.molt.service.launcher;

/** Something the embedded stack needs could not start; the message says what, for the user. */
public final class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }

    public LaunchException(String message) {
        super(message);
    }
}
