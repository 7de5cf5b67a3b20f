package dev.molt.service.common;

import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one stage's topic in the stage's consumer group and runs each job: drop it if its build
 * was cancelled or has finished, publish StageStarted, run the stage through the cache, then
 * publish StageFinished and the next stage's job (or BuildFinished after link), and only then
 * commit the job's offset (at least once; a redelivered job is a cache hit that publishes the same
 * next job). Infrastructure failures are retried with back-off, then the job goes to the dead
 * letter topic and its build fails with the reason (docs/decisions/0050).
 */
public final class StageWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StageWorker.class);
    /** Retries after the first try, as decision 0050 says. */
    public static final int RETRIES = 3;

    private final StageRunner runner;
    private final EventPublisher publisher;
    private final FinishedBuilds finished;
    private final Events events;
    private final String instance;
    private final Duration backoff;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param backoff the first retry's delay; each further retry waits twice as long
     */
    public StageWorker(StageRunner runner, EventPublisher publisher, FinishedBuilds finished, String bootstrapServers,
                       String instance, Duration backoff) {
        this.runner = runner;
        this.publisher = publisher;
        this.finished = finished;
        this.events = Events.system();
        this.instance = instance;
        this.backoff = backoff;
        Stage stage = runner.stage();
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, Topics.group(stage),
                ConsumerConfig.CLIENT_ID_CONFIG, instance,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // one job per poll: a long compile never holds back jobs another instance could take
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1),
                new StringDeserializer(), new ByteArrayDeserializer());
        // deep programs recurse deeply in the parser and lowering, as under ./molt (-Xss64m)
        this.thread = new Thread(null, this::loop, "molt-" + ContentKeys.stageName(stage) + "-worker", 64L << 20);
    }

    public void start() {
        consumer.subscribe(List.of(Topics.forStage(runner.stage())));
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (handle(record)) {
                        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                    } else {
                        // Kafka itself is failing: read the job again later instead of losing it
                        consumer.seek(partition, record.offset());
                        sleep(backoff.multipliedBy(1L << RETRIES));
                    }
                }
            }
        } catch (WakeupException e) {
            // close() stops the loop
        } catch (RuntimeException e) {
            LOG.error("the {} worker stopped: {}", ContentKeys.stageName(runner.stage()), e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    /** Processes one record; false when its outcome could not be published (do not commit it). */
    boolean handle(ConsumerRecord<String, byte[]> record) {
        StageJob job = ProtoSerde.parse(StageJob.parser(), record.value());
        if (job == null || job.getStage() != runner.stage() || !job.hasInput()) {
            LOG.warn("dropping a record on {} that is not a {} job (key {})", record.topic(),
                    ContentKeys.stageName(runner.stage()), record.key());
            return true;
        }
        if (finished.contains(job.getBuildId())) {
            LOG.info("dropping the {} job of build {}: cancelled or finished", ContentKeys.stageName(job.getStage()),
                    job.getBuildId());
            return true;
        }
        InfrastructureException last = null;
        for (int attempt = 0; attempt <= RETRIES && running; attempt++) {
            if (attempt > 0) {
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
            try {
                process(job);
                return true;
            } catch (InfrastructureException e) {
                last = e;
                LOG.warn("build {} {} attempt {} failed: {}", job.getBuildId(), ContentKeys.stageName(job.getStage()),
                        attempt + 1, e.getMessage());
            }
        }
        if (!running) {
            return false;
        }
        return deadLetter(job, last);
    }

    private void process(StageJob job) throws InfrastructureException {
        String id = job.getBuildId();
        Stage stage = job.getStage();
        publisher.event(events.stageStarted(id, stage, instance));
        StageRunner.Result result = runner.run(job.getConfig(), job.getInput(), false);
        if (!result.ok()) {
            publisher.event(events.stageFailed(id, stage, result.durationMs(), result.diagnostics(), result.error()));
            publisher.event(events.buildFailed(id, reason(stage, result.diagnostics(), result.error())));
            return;
        }
        publisher.event(events.stageSucceeded(id, stage, result.durationMs(), result.cacheHit(), result.output(),
                result.diagnostics()));
        Stage next = Topics.next(stage);
        if (next == null) {
            publisher.event(events.buildSucceeded(id, result.output()));
        } else {
            publisher.job(nextJob(job, next, result.output()));
        }
    }

    static StageJob nextJob(StageJob job, Stage next, ArtifactRef output) {
        return StageJob.newBuilder().setBuildId(job.getBuildId()).setStage(next).setConfig(job.getConfig())
                .setInput(output).setAttempt(1).build();
    }

    private boolean deadLetter(StageJob job, InfrastructureException cause) {
        String error = cause == null ? "stopped" : cause.getMessage();
        try {
            publisher.deadLetter(job.toBuilder().setAttempt(job.getAttempt() + RETRIES).build());
            publisher.event(events.stageFailed(job.getBuildId(), job.getStage(), 0, List.of(), error));
            publisher.event(events.buildFailed(job.getBuildId(), ContentKeys.stageName(job.getStage())
                    + " could not run after " + (RETRIES + 1) + " attempts: " + error));
            return true;
        } catch (InfrastructureException e) {
            LOG.error("cannot dead-letter build {}: {}", job.getBuildId(), e.getMessage());
            return false;
        }
    }

    /** One line for BuildFinished.reason: the stage and its first error. */
    static String reason(Stage stage, List<Diagnostic> diagnostics, String error) {
        String what = !error.isEmpty() ? error
                : diagnostics.isEmpty() ? "no output" : diagnostics.get(0).getKind() + ": " + diagnostics.get(0).getMessage();
        return ContentKeys.stageName(stage) + " failed: " + what;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
