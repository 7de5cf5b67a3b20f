package dev.molt.service.common;

/**
 * Object storage or Kafka did not answer as it should. Not about the program being built: a stage
 * retries such a failure and then dead-letters the job (docs/decisions/0050).
 */
public class InfrastructureException extends Exception {
    private static final long serialVersionUID = 1L;

    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
