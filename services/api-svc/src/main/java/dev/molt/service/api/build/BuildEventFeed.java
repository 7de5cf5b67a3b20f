package dev.molt.service.api.build;

import dev.molt.service.api.state.BuildBook;
import dev.molt.service.common.ProtoSerde;
import dev.molt.service.common.Topics;
import dev.molt.service.v1.BuildEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
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
 * Reads {@code molt.build.events} from its first offset into the {@link BuildBook}, then keeps
 * reading. No consumer group: every api-svc instance folds the whole topic for itself, and a
 * restart rebuilds the state by reading it again (docs/decisions/0050).
 */
public final class BuildEventFeed implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BuildEventFeed.class);

  private final BuildBook book;
  private final KafkaConsumer<String, byte[]> consumer;
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long applied;

  public BuildEventFeed(String bootstrapServers, BuildBook book) {
    this.book = book;
    this.consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.CLIENT_ID_CONFIG, "molt-api-events"),
        new StringDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "molt-build-events");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Whether every event that existed at start has been folded (timeouts wait for this). */
  public boolean isCaughtUp() {
    return caughtUp.getCount() == 0;
  }

  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Events read from the topic so far (duplicates included). */
  public long eventsRead() {
    return applied;
  }

  private void run() {
    try {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          BuildEvent event = ProtoSerde.parse(BuildEvent.parser(), record.value());
          if (event == null) {
            log.warn("skipping a record at offset {} of {}: not a BuildEvent", record.offset(),
                Topics.EVENTS);
            continue;
          }
          book.apply(event);
          applied++;
        }
        if (!isCaughtUp() && ends.entrySet().stream()
            .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
          log.info("folded {} events of {} into {} builds", applied, Topics.EVENTS, book.size());
          caughtUp.countDown();
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      log.error("the build event feed stopped: {}", e.toString(), e);
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
  }
}
