package dev.molt.service.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {
    @Test
    void kafkaCarriesOneRecordFromProducerToConsumer() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            System.out.println("embedded Kafka started in " + kafka.startupMillis() + " ms");
            String servers = kafka.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
                admin.createTopics(List.of(new NewTopic("infra.test", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("infra.test", "build-1", "hello")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("infra.test"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertEquals(1, records.count());
                var record = records.iterator().next();
                assertEquals("build-1", record.key());
                assertEquals("hello", record.value());
            }
        }
    }

    @Test
    void s3ServerStoresObjectsInItsFolderAcrossRestarts(@TempDir Path dir) throws Exception {
        byte[] body = "print('hi')\n".getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        try (EmbeddedS3 s3 = EmbeddedS3.start(dir, 0, "molt", "moltmolt")) {
            System.out.println("embedded S3 started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            MinioClient client = client(s3, "moltmolt");
            client.makeBucket(MakeBucketArgs.builder().bucket("molt").build());
            client.putObject(PutObjectArgs.builder().bucket("molt").object("uploads/abc")
                    .stream(new ByteArrayInputStream(body), body.length, -1).build());
            // a wrong secret is refused: the server really checks signatures
            MinioClient intruder = client(s3, "wrong-secret");
            long t1 = System.nanoTime();
            assertThrows(ErrorResponseException.class, () -> read(intruder, "uploads/abc"));
            System.out.println("refused in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        }
        try (EmbeddedS3 s3 = EmbeddedS3.start(dir, 0, "molt", "moltmolt")) {
            MinioClient client = client(s3, "moltmolt");
            assertEquals(true, client.bucketExists(BucketExistsArgs.builder().bucket("molt").build()));
            assertArrayEquals(body, read(client, "uploads/abc"));
        }
    }

    private static MinioClient client(EmbeddedS3 s3, String secret) {
        return MinioClient.builder().endpoint(s3.endpoint().toString()).credentials(s3.accessKey(), secret)
                .region("us-east-1").build();
    }

    private static byte[] read(MinioClient client, String key) throws Exception {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket("molt").object(key).build())) {
            return in.readAllBytes();
        }
    }
}
