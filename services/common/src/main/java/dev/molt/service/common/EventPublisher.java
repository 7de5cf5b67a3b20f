package dev.molt.service.common;

import com.google.protobuf.MessageLite;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.StageJob;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the pipeline's messages: build events on {@link Topics#EVENTS}, stage jobs on their
 * stage's topic, dead letters on {@link Topics#DLQ}. The key is always the build id so one build's
 * messages stay ordered. Every send waits for the broker's acknowledgement: a stage commits its
 * input only after its outputs are durable (at-least-once, docs/decisions/0050).
 */
public final class EventPublisher implements AutoCloseable {
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaProducer<String, MessageLite> producer;
    private final String bootstrapServers;

    public EventPublisher(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), ProtoSerde.serializer());
        this.bootstrapServers = bootstrapServers;
    }

    public void event(BuildEvent event) throws InfrastructureException {
        send(Topics.EVENTS, event.getBuildId(), event);
    }

    /** Sends a job to its stage's topic. */
    public void job(StageJob job) throws InfrastructureException {
        send(Topics.forStage(job.getStage()), job.getBuildId(), job);
    }

    public void deadLetter(StageJob job) throws InfrastructureException {
        send(Topics.DLQ, job.getBuildId(), job);
    }

    private void send(String topic, String key, MessageLite message) throws InfrastructureException {
        try {
            producer.send(new ProducerRecord<>(topic, key, message)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " refused a message for " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " did not acknowledge a message for " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while publishing to " + topic, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " failed for " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
