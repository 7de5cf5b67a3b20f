package dev.molt.service.common.boot;

import dev.molt.service.common.InfrastructureException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "Kafka or object storage is not there" at start-up into Spring Boot's short
 * APPLICATION FAILED TO START report instead of a page of stack trace. Registered in
 * META-INF/spring.factories; only loaded when the service runs under Spring Boot.
 */
public final class InfrastructureFailureAnalyzer extends AbstractFailureAnalyzer<InfrastructureException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InfrastructureException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start Kafka and the object store (./molt up starts both), or point molt.kafka.bootstrap-servers and"
                        + " molt.s3.endpoint (MOLT_KAFKA_BOOTSTRAP_SERVERS, MOLT_S3_ENDPOINT) at running ones.",
                cause);
    }
}
