package dev.molt.service.common;

import dev.molt.service.infra.EmbeddedS3;
import dev.molt.service.infra.InfraException;
import dev.molt.service.infra.SharedInfra;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * For the stage services' tests (shipped in this module's test jar): the shared embedded Kafka and
 * S3 as configuration, and one job sent through a running stage service with what came out.
 */
public final class StageHarness implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final MoltServiceProperties properties;
    private final ArtifactStore store;
    private final EventPublisher publisher;
    private final TopicTail<BuildEvent> events;
    private final TopicTail<StageJob> nextJobs;

    /** What one job gave: its StageFinished, the next stage's job (null after link or on failure), BuildFinished if any. */
    public record Run(String buildId, BuildEvent.StageFinished finished, StageJob next, BuildEvent.BuildFinished build) {}

    /** Watches the events and the topic after {@code stage}'s. */
    public StageHarness(String bucket, Stage stage) throws InfraException, InfrastructureException {
        this.properties = properties(bucket);
        Topics.ensure(properties.kafkaBootstrapServers());
        this.store = new ArtifactStore(properties);
        store.ensureBucket();
        this.publisher = new EventPublisher(properties.kafkaBootstrapServers());
        this.events = new TopicTail<>(properties.kafkaBootstrapServers(), Topics.EVENTS, BuildEvent.parser());
        Stage next = Topics.next(stage);
        this.nextJobs = next == null ? null
                : new TopicTail<>(properties.kafkaBootstrapServers(), Topics.forStage(next), StageJob.parser());
    }

    /** The configuration keys of decision 0050 pointing at the shared infrastructure. */
    public static MoltServiceProperties properties(String bucket) throws InfraException {
        EmbeddedS3 s3 = SharedInfra.s3();
        return MoltServiceProperties.from(key -> key.equals(MoltServiceProperties.S3_BUCKET) ? bucket : null)
                .withKafka(SharedInfra.kafka().bootstrapServers())
                .withS3(s3.endpoint().toString(), s3.accessKey(), s3.secretKey());
    }

    /** The same as Spring properties, plus the gRPC port. */
    public static Map<String, String> springProperties(String bucket, int grpcPort) throws InfraException {
        Map<String, String> map = new HashMap<>(properties(bucket).asMap());
        map.put("spring.grpc.server.port", String.valueOf(grpcPort));
        return map;
    }

    public ArtifactStore store() {
        return store;
    }

    /** Sends a job to {@code stage}'s topic under a new build id and waits for the stage's outcome. */
    public Run run(Stage stage, BuildConfig config, ArtifactRef input) throws Exception {
        String id = "b-" + UUID.randomUUID();
        publisher.job(StageJob.newBuilder().setBuildId(id).setStage(stage).setConfig(config).setInput(input)
                .setAttempt(1).build());
        BuildEvent.StageFinished finished = events.awaitOne(e -> e.getBuildId().equals(id) && e.hasStageFinished(), WAIT)
                .getStageFinished();
        boolean succeeded = finished.getStatus() == dev.molt.service.v1.StageStatus.STAGE_SUCCEEDED;
        StageJob next = succeeded && nextJobs != null ? nextJobs.awaitOne(j -> j.getBuildId().equals(id), WAIT) : null;
        BuildEvent.BuildFinished build = !succeeded || nextJobs == null
                ? events.awaitOne(e -> e.getBuildId().equals(id) && e.hasBuildFinished(), WAIT).getBuildFinished()
                : null;
        return new Run(id, finished, next, build);
    }

    @Override
    public void close() {
        events.close();
        if (nextJobs != null) {
            nextJobs.close();
        }
        publisher.close();
        store.close();
    }
}
