package dev.molt.service.common.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.common.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InfrastructureFailureAnalyzerTest {
    @Test
    void aMissingBrokerDeepInTheBeanChainBecomesAShortReport() {
        InfrastructureException down = new InfrastructureException("Kafka at 127.0.0.1:1 did not answer while creating topics");
        // how Spring wraps a factory method's exception
        RuntimeException wrapped = new IllegalStateException("Error creating bean with name 'stageHost'",
                new IllegalStateException("Failed to instantiate", down));
        FailureAnalysis analysis = new InfrastructureFailureAnalyzer().analyze(wrapped);
        assertNotNull(analysis);
        assertEquals(down.getMessage(), analysis.getDescription());
        assertTrue(analysis.getAction().contains("MOLT_KAFKA_BOOTSTRAP_SERVERS"), analysis.getAction());
        assertNull(new InfrastructureFailureAnalyzer().analyze(new IllegalStateException("something else")));
    }
}
