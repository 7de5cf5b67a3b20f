package dev.molt.service.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Everything one stage service runs besides its gRPC endpoint, built from the configuration keys:
 * topics and bucket ensured, the artifact store, the publisher, the reader of finished builds, the
 * {@link StageRunner} (shared with the gRPC endpoint) and the Kafka {@link StageWorker}. The
 * Spring applications only create one and close it.
 */
public final class StageHost implements AutoCloseable {
    private final ArtifactStore store;
    private final EventPublisher publisher;
    private final FinishedBuilds finished;
    private final StageRunner runner;
    private final StageWorker worker;

    private StageHost(ArtifactStore store, EventPublisher publisher, FinishedBuilds finished, StageRunner runner,
                      StageWorker worker) {
        this.store = store;
        this.publisher = publisher;
        this.finished = finished;
        this.runner = runner;
        this.worker = worker;
    }

    /** The first retry waits this long, then twice as long each time (0.5 + 1 + 2 s in all). */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

    /**
     * Connects, creates what is missing and starts consuming.
     *
     * @param backoff the first retry delay of an infrastructure failure
     */
    public static StageHost start(MoltServiceProperties properties, StageHandler handler, String compilerVersion,
                                  Duration backoff) throws InfrastructureException {
        Topics.ensure(properties.kafkaBootstrapServers());
        ArtifactStore store = new ArtifactStore(properties);
        EventPublisher publisher = null;
        FinishedBuilds finished = null;
        try {
            store.ensureBucket();
            publisher = new EventPublisher(properties.kafkaBootstrapServers());
            finished = new FinishedBuilds(properties.kafkaBootstrapServers());
            StageRunner runner = new StageRunner(handler, store, compilerVersion);
            StageWorker worker = new StageWorker(runner, publisher, finished, properties.kafkaBootstrapServers(),
                    instanceName(handler), backoff);
            finished.start();
            worker.start();
            return new StageHost(store, publisher, finished, runner, worker);
        } catch (InfrastructureException | RuntimeException e) {
            if (finished != null) {
                finished.close();
            }
            if (publisher != null) {
                publisher.close();
            }
            store.close();
            throw e;
        }
    }

    /** The runner the gRPC endpoint calls. */
    public StageRunner runner() {
        return runner;
    }

    /** "parse@host:pid": which instance took a job, in StageStarted events. */
    static String instanceName(StageHandler handler) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return ContentKeys.stageName(handler.stage()) + "@" + host + ":" + ProcessHandle.current().pid();
    }

    /** Stops consuming first (a job in progress finishes), then closes the clients. */
    @Override
    public void close() {
        worker.close();
        finished.close();
        publisher.close();
        store.close();
    }
}
