package dev.molt.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.infra.SharedInfra;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class KafkaMessagesTest {
    @Test
    void topicsAreCreatedOnceWithTheirPartitionCounts() throws Exception {
        String servers = SharedInfra.kafka().bootstrapServers();
        Topics.ensure(servers);
        Topics.ensure(servers); // the second starter finds them
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", servers))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Set.of(Topics.PARSE, Topics.LINK, Topics.EVENTS, Topics.DLQ)).allTopicNames().get();
            assertEquals(4, topics.get(Topics.PARSE).partitions().size());
            assertEquals(4, topics.get(Topics.LINK).partitions().size());
            assertEquals(1, topics.get(Topics.EVENTS).partitions().size());
        }
    }

    @Test
    void publishedJobsAndEventsArriveKeyedByBuildIdInOrder() throws Exception {
        String servers = SharedInfra.kafka().bootstrapServers();
        Topics.ensure(servers);
        Events events = new Events(Clock.fixed(Instant.ofEpochMilli(1234), ZoneOffset.UTC));
        StageJob job = StageJob.newBuilder().setBuildId("b-serde").setStage(Stage.STAGE_LOWER).setAttempt(1)
                .setConfig(BuildConfig.newBuilder().setEntry("app.py")).build();
        try (EventPublisher publisher = new EventPublisher(servers)) {
            publisher.event(events.stageStarted("b-serde", Stage.STAGE_PARSE, "test"));
            publisher.job(job);
            publisher.event(events.buildFailed("b-serde", "stopped by the test"));
        }
        List<ConsumerRecord<String, BuildEvent>> got = new ArrayList<>();
        try (KafkaConsumer<String, BuildEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "serde-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), ProtoSerde.deserializer(BuildEvent.parser()))) {
            consumer.subscribe(List.of(Topics.EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && got.stream().filter(r -> r.key().equals("b-serde")).count() < 2) {
                consumer.poll(Duration.ofMillis(300)).forEach(got::add);
            }
        }
        List<BuildEvent> mine = got.stream().filter(r -> r.key().equals("b-serde")).map(ConsumerRecord::value).toList();
        assertEquals(2, mine.size());
        assertEquals(BuildEvent.KindCase.STAGE_STARTED, mine.get(0).getKindCase());
        assertEquals(1234, mine.get(0).getTimeMs());
        assertEquals("stopped by the test", mine.get(1).getBuildFinished().getReason());

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "serde-test-jobs",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LOWER));
            StageJob read = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.key().equals("b-serde")) {
                        read = ProtoSerde.parse(StageJob.parser(), r.value());
                    }
                }
            }
            assertEquals(job, read);
        }
        assertTrue(ProtoSerde.parse(StageJob.parser(), new byte[] {(byte) 0xff, 0x01}) == null);
    }
}
