package dev.molt.service.records;

import dev.molt.service.common.InfrastructureException;
import dev.molt.service.common.ProtoSerde;
import dev.molt.service.common.Topics;
import dev.molt.service.v1.AccessRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small durable records (DESIGN.md §4: tokens, webhook projects, deliveries) as a map kept in the
 * compacted topic {@link Topics#ACCESS}: key = record id, value = {@link AccessRecord}, a null
 * value deletes. Every instance reads the whole topic from its start (compaction keeps it to the
 * last value per key) and follows it, so a restart or a second instance sees the same map.
 *
 * <p>A {@link #put} waits for the broker's acknowledgement and then applies the value at once, so
 * the writer reads its own write; the copy read back later is ignored because it is not newer
 * (values are ordered by their offset in the single partition).
 */
public final class RecordStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordStore.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    /** A value and the offset it was written at (-1: deleted). */
    private record Versioned(long offset, AccessRecord value) {}

    private final Map<String, Versioned> records = new HashMap<>();
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread thread;
    private final String bootstrapServers;
    private volatile boolean running = true;

    public RecordStore(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000),
                new StringSerializer(), new ByteArraySerializer());
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "molt-records"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::loop, "molt-records");
        this.thread.setDaemon(true);
    }

    /** Starts reading the topic (which {@link Topics#ensure} creates). */
    public void start() {
        thread.start();
    }

    /** Waits until every record that existed at start has been read. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    public synchronized Optional<AccessRecord> get(String key) {
        Versioned v = records.get(key);
        return v == null || v.value() == null ? Optional.empty() : Optional.of(v.value());
    }

    /** Every record whose key starts with {@code prefix}, by key. */
    public synchronized Map<String, AccessRecord> withPrefix(String prefix) {
        Map<String, AccessRecord> out = new TreeMap<>();
        records.forEach((k, v) -> {
            if (k.startsWith(prefix) && v.value() != null) {
                out.put(k, v.value());
            }
        });
        return out;
    }

    /** Writes {@code value} under {@code key}, durably, and returns once this store shows it. */
    public void put(String key, AccessRecord value) throws InfrastructureException {
        write(key, value);
    }

    /** Deletes {@code key} (a tombstone, which compaction eventually drops too). */
    public void delete(String key) throws InfrastructureException {
        write(key, null);
    }

    private void write(String key, AccessRecord value) throws InfrastructureException {
        byte[] bytes = value == null ? null : value.toByteArray();
        RecordMetadata written;
        try {
            written = producer.send(new ProducerRecord<>(Topics.ACCESS, key, bytes))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " refused a record for " + Topics.ACCESS
                    + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " did not acknowledge a record for "
                    + Topics.ACCESS, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while writing to " + Topics.ACCESS, e);
        } catch (KafkaException e) {
            throw new InfrastructureException("Kafka at " + bootstrapServers + " failed for " + Topics.ACCESS + ": "
                    + e.getMessage(), e);
        }
        apply(key, written.offset(), value);
    }

    /** Keeps the newest value of a key; an older copy (our own write read back) changes nothing. */
    private synchronized void apply(String key, long offset, AccessRecord value) {
        Versioned known = records.get(key);
        if (known == null || known.offset() < offset) {
            records.put(key, new Versioned(offset, value));
        }
    }

    private void loop() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ACCESS, Duration.ofSeconds(60)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    AccessRecord value = r.value() == null ? null : ProtoSerde.parse(AccessRecord.parser(), r.value());
                    if (r.value() != null && value == null) {
                        LOG.warn("skipping record {} at offset {} of {}: not an AccessRecord", r.key(), r.offset(),
                                Topics.ACCESS);
                        continue;
                    }
                    if (r.key() != null) {
                        apply(r.key(), r.offset(), value);
                    }
                }
                if (!isCaughtUp() && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            // close() stops the loop
        } catch (RuntimeException e) {
            LOG.error("reading {} stopped: {}", Topics.ACCESS, e.toString(), e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread.isAlive()) {
            consumer.wakeup();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (thread.getState() == Thread.State.NEW) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
        producer.close(Duration.ofSeconds(2));
    }
}
