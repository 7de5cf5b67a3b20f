package dev.molt.service.api;

import dev.molt.service.common.ArtifactStore;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.EventPublisher;
import dev.molt.service.common.Events;
import dev.molt.service.common.ProtoSerde;
import dev.molt.service.common.Topics;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The rest of the pipeline as these tests need it: publishes on the real broker the events the
 * stage services would publish (the stage services are tested on their own and end to end by the
 * launcher's tests), stores artifacts in the real S3 server, and reads the topics api-svc writes.
 */
final class Pipeline implements AutoCloseable {
  static final List<Stage> STAGES =
      List.of(Stage.STAGE_PARSE, Stage.STAGE_LOWER, Stage.STAGE_CODEGEN, Stage.STAGE_LINK);

  final ArtifactStore store;
  private final EventPublisher publisher;
  private final Events events = Events.system();
  private final String bootstrapServers;

  Pipeline() throws Exception {
    var properties = ApiApp.properties();
    this.bootstrapServers = properties.kafkaBootstrapServers();
    this.store = new ArtifactStore(properties);
    store.ensureBucket();
    Topics.ensure(bootstrapServers);
    this.publisher = new EventPublisher(bootstrapServers);
  }

  void publish(BuildEvent event) throws Exception {
    publisher.event(event);
  }

  void started(String id, Stage stage) throws Exception {
    publish(events.stageStarted(id, stage, "test-" + ContentKeys.stageName(stage)));
  }

  void succeeded(String id, Stage stage, long ms, boolean hit, ArtifactRef out) throws Exception {
    publish(events.stageSucceeded(id, stage, ms, hit, out, List.of()));
  }

  /** Every stage succeeds; the link stage's output is {@code executable}, stored for real. */
  ArtifactRef succeed(String id, byte[] executable) throws Exception {
    ArtifactRef exe = store.put("link/" + ContentKeys.sha256(executable), executable);
    for (Stage stage : STAGES) {
      started(id, stage);
      succeeded(id, stage, 5 + stage.getNumber(), stage == Stage.STAGE_PARSE,
          stage == Stage.STAGE_LINK ? exe : ArtifactRef.getDefaultInstance());
    }
    publish(events.buildSucceeded(id, exe));
    return exe;
  }

  /** The parse stage reports a syntax error, as parser-svc does. */
  void failParse(String id, Diagnostic diagnostic) throws Exception {
    started(id, Stage.STAGE_PARSE);
    publish(events.stageFailed(id, Stage.STAGE_PARSE, 3, List.of(diagnostic), null));
    publish(events.buildFailed(id, "the parse stage reported an error"));
  }

  /** The records of {@code topic} whose key is {@code id}, waiting until {@code enough} holds. */
  <T extends com.google.protobuf.MessageLite> List<T> read(String topic,
      com.google.protobuf.Parser<T> parser, String id,
      Predicate<List<T>> enough) {
    List<T> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!enough.test(found) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (id.equals(r.key())) {
            found.add(ProtoSerde.parse(parser, r.value()));
          }
        }
      }
    }
    return found;
  }

  StageJob parseJob(String id) {
    List<StageJob> jobs = read(Topics.PARSE, StageJob.parser(), id, l -> !l.isEmpty());
    if (jobs.isEmpty()) {
      throw new AssertionError("no parse job for build " + id);
    }
    return jobs.get(0);
  }

  List<BuildEvent> events(String id, Predicate<List<BuildEvent>> enough) {
    return read(Topics.EVENTS, BuildEvent.parser(), id, enough);
  }

  @Override
  public void close() {
    publisher.close();
    store.close();
  }
}
