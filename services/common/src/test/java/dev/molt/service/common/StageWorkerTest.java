package dev.molt.service.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import dev.molt.service.v1.StageStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kafka worker against the real embedded broker and S3 server, with a small stage of its own
 * (the lower stage's slot; it upper-cases text and fails on "error") so the test is about the
 * worker: topics, events, cache, retries, dead letters and cancellation.
 */
class StageWorkerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static MoltServiceProperties props;
    private static StageHost host;
    private static EventPublisher publisher;
    private static TopicTail<BuildEvent> events;
    private static TopicTail<StageJob> codegenJobs;
    private static TopicTail<StageJob> deadLetters;

    /** Upper-cases its input; "error" is a program error. */
    static final class Upper implements StageHandler {
        @Override
        public Stage stage() {
            return Stage.STAGE_LOWER;
        }

        @Override
        public Outcome run(BuildConfig config, byte[] input) {
            RUNS.incrementAndGet();
            String text = new String(input, StandardCharsets.UTF_8);
            if (text.contains("error")) {
                return new Outcome(null, List.of(Diagnostic.newBuilder().setKind("SyntaxError").setMessage("bad")
                        .setRendered("SyntaxError: bad\n").build()));
            }
            return new Outcome(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8), List.of());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        props = StageHarness.properties("worker-test");
        host = StageHost.start(props, new Upper(), "test-version", Duration.ofMillis(50));
        publisher = new EventPublisher(props.kafkaBootstrapServers());
        events = new TopicTail<>(props.kafkaBootstrapServers(), Topics.EVENTS, BuildEvent.parser());
        codegenJobs = new TopicTail<>(props.kafkaBootstrapServers(), Topics.CODEGEN, StageJob.parser());
        deadLetters = new TopicTail<>(props.kafkaBootstrapServers(), Topics.DLQ, StageJob.parser());
    }

    @AfterAll
    static void stop() {
        events.close();
        codegenJobs.close();
        deadLetters.close();
        publisher.close();
        host.close();
    }

    private static StageJob job(String buildId, ArtifactRef input) {
        return StageJob.newBuilder().setBuildId(buildId).setStage(Stage.STAGE_LOWER).setAttempt(1).setInput(input)
                .setConfig(BuildConfig.newBuilder().setEntry("app.py")).build();
    }

    private static String newId() {
        return "b-" + UUID.randomUUID();
    }

    private static BuildEvent.StageFinished finished(String id) throws Exception {
        return events.awaitOne(e -> e.getBuildId().equals(id) && e.hasStageFinished(), WAIT).getStageFinished();
    }

    @Test
    void jobGivesArtifactNextJobAndEventsThenACacheHit() throws Exception {
        String text = "text " + UUID.randomUUID();
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ArtifactRef input = host.runner().store().put("test/" + ContentKeys.sha256(body), body);
        int runsBefore = RUNS.get();

        String first = newId();
        publisher.job(job(first, input));
        BuildEvent started = events.awaitOne(e -> e.getBuildId().equals(first) && e.hasStageStarted(), WAIT);
        assertTrue(started.getStageStarted().getInstance().startsWith("lower@"), started.toString());
        BuildEvent.StageFinished done = finished(first);
        assertEquals(StageStatus.STAGE_SUCCEEDED, done.getStatus());
        assertFalse(done.getCacheHit());
        assertEquals(ContentKeys.stageKey(Stage.STAGE_LOWER, "test-version", input.getSha256(), job(first, input).getConfig()),
                done.getOutput().getKey());
        assertArrayEquals(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                host.runner().store().get(done.getOutput()));
        StageJob next = codegenJobs.awaitOne(j -> j.getBuildId().equals(first), WAIT);
        assertEquals(Stage.STAGE_CODEGEN, next.getStage());
        assertEquals(done.getOutput(), next.getInput());
        assertEquals("app.py", next.getConfig().getEntry());

        // the same input again (a second build, or a redelivery): found in storage, not recomputed
        String second = newId();
        publisher.job(job(second, input));
        BuildEvent.StageFinished again = finished(second);
        assertTrue(again.getCacheHit());
        assertEquals(done.getOutput(), again.getOutput());
        assertEquals(next.getInput(), codegenJobs.awaitOne(j -> j.getBuildId().equals(second), WAIT).getInput());
        assertEquals(runsBefore + 1, RUNS.get());
    }

    @Test
    void programErrorFailsTheStageAndTheBuildWithTheDiagnostic() throws Exception {
        byte[] body = ("error " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ArtifactRef input = host.runner().store().put("test/" + ContentKeys.sha256(body), body);
        String id = newId();
        publisher.job(job(id, input));
        BuildEvent.StageFinished done = finished(id);
        assertEquals(StageStatus.STAGE_FAILED, done.getStatus());
        assertEquals("SyntaxError: bad\n", done.getDiagnostics(0).getRendered());
        BuildEvent.BuildFinished build = events.awaitOne(e -> e.getBuildId().equals(id) && e.hasBuildFinished(), WAIT)
                .getBuildFinished();
        assertEquals(BuildStatus.FAILED, build.getStatus());
        assertEquals("lower failed: SyntaxError: bad", build.getReason());
        assertTrue(codegenJobs.matching(j -> j.getBuildId().equals(id)).isEmpty());
    }

    @Test
    void storageErrorsAreRetriedThenTheJobIsDeadLettered() throws Exception {
        // a bucket that does not exist: the real S3 server answers NoSuchBucket on every try
        ArtifactRef nowhere = ArtifactRef.newBuilder().setBucket("no-such-bucket").setKey("test/x").build();
        String id = newId();
        publisher.job(job(id, nowhere));
        StageJob dead = deadLetters.awaitOne(j -> j.getBuildId().equals(id), WAIT);
        assertEquals(1 + StageWorker.RETRIES, dead.getAttempt());
        // one StageStarted per try
        assertEquals(1 + StageWorker.RETRIES,
                events.await(e -> e.getBuildId().equals(id) && e.hasStageStarted(), 4, WAIT).size());
        BuildEvent.BuildFinished build = events.awaitOne(e -> e.getBuildId().equals(id) && e.hasBuildFinished(), WAIT)
                .getBuildFinished();
        assertEquals(BuildStatus.FAILED, build.getStatus());
        assertTrue(build.getReason().startsWith("lower could not run after 4 attempts: object storage at"),
                build.getReason());
        assertTrue(build.getReason().contains("NoSuchBucket"), build.getReason());
    }

    @Test
    void jobsOfCancelledBuildsAreDropped() throws Exception {
        byte[] body = ("cancel " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ArtifactRef input = host.runner().store().put("test/" + ContentKeys.sha256(body), body);
        String id = newId();
        publisher.event(BuildEvent.newBuilder().setBuildId(id).setTimeMs(Clock.systemUTC().millis())
                .setCancelRequested(BuildEvent.CancelRequested.getDefaultInstance()).build());
        // wait until the worker's reader has seen the cancel, then send the job, then a marker job
        // behind it on the same key (same partition): when the marker is done, the job was seen
        events.awaitOne(e -> e.getBuildId().equals(id) && e.hasCancelRequested(), WAIT);
        Thread.sleep(1500);
        publisher.job(job(id, input));
        String marker = newId();
        byte[] markerBody = ("marker " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        publisher.job(job(marker, host.runner().store().put("test/" + ContentKeys.sha256(markerBody), markerBody)));
        finished(marker);
        assertTrue(events.matching(e -> e.getBuildId().equals(id) && e.hasStageStarted()).isEmpty());
    }
}
