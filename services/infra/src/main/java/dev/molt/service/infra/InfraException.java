package dev.molt.service.infra;

/** An embedded server could not start; the message says which and why. */
public class InfraException extends Exception {
    private static final long serialVersionUID = 1L;

    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
