package dev.molt.service.common;

import dev.molt.service.v1.BuildEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of builds whose jobs a stage must drop: cancelled ones and ones already finished (a
 * timeout or a failure elsewhere). Read from the whole events topic by a thread of its own, with
 * no consumer group: every instance of every stage sees every event (docs/decisions/0050).
 */
public final class FinishedBuilds implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FinishedBuilds.class);

    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public FinishedBuilds(String bootstrapServers) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::loop, "molt-finished-builds");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** True once a CancelRequested or BuildFinished of this build has been read. */
    public boolean contains(String buildId) {
        return ids.contains(buildId);
    }

    private void loop() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS, Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    BuildEvent event = ProtoSerde.parse(BuildEvent.parser(), record.value());
                    if (event != null && (event.hasCancelRequested() || event.hasBuildFinished())) {
                        ids.add(event.getBuildId());
                    }
                }
            }
        } catch (WakeupException e) {
            // close() stops the loop
        } catch (RuntimeException e) {
            LOG.error("reading {} failed; cancelled builds are no longer seen: {}", Topics.EVENTS, e.toString());
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
