package dev.molt.service.common;

import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every message of one topic from its start, kept in memory by a thread of its own, with a wait
 * for a message that matches. For tests and tools that watch the pipeline (no consumer group, so
 * it never takes work from a stage).
 */
public final class TopicTail<T extends MessageLite> implements AutoCloseable {
    private final List<T> messages = new ArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Parser<T> parser;
    private volatile boolean running = true;

    public TopicTail(String bootstrapServers, String topic, Parser<T> parser) {
        this.parser = parser;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::loop, "molt-tail-" + topic);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    T message = ProtoSerde.parse(parser, record.value());
                    if (message != null) {
                        synchronized (messages) {
                            messages.add(message);
                            messages.notifyAll();
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closed
        } finally {
            consumer.close();
        }
    }

    /** The messages read so far that match. */
    public List<T> matching(Predicate<T> filter) {
        synchronized (messages) {
            return messages.stream().filter(filter).collect(Collectors.toList());
        }
    }

    /** Waits until {@code count} messages match, and returns them all. */
    public List<T> await(Predicate<T> filter, int count, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (messages) {
            while (true) {
                List<T> found = messages.stream().filter(filter).collect(Collectors.toList());
                if (found.size() >= count) {
                    return found;
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new TimeoutException("saw " + found.size() + " of " + count + " matching messages: " + found);
                }
                messages.wait(left);
            }
        }
    }

    /** The first message that matches, waiting for it. */
    public T awaitOne(Predicate<T> filter, Duration timeout) throws TimeoutException, InterruptedException {
        return await(filter, 1, timeout).get(0);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
