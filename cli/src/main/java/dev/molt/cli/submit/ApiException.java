package dev.molt.cli.submit;

/**
 * The build API could not be used: the server is unreachable, or it answered with an error. The
 * message is one sentence for the user; {@code status} is the HTTP status, 0 when none came back.
 */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
