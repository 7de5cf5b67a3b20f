package dev.molt.service.common;

/** The referenced object is not in storage: a bad reference, not a storage outage, so not retried. */
public final class MissingArtifactException extends InfrastructureException {
    private static final long serialVersionUID = 1L;

    public MissingArtifactException(String message, Throwable cause) {
        super(message, cause);
    }
}
