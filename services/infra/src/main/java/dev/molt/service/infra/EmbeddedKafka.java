package dev.molt.service.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker in this process, in KRaft mode (one node is broker and controller),
 * from the Apache Kafka jars. Used by {@code ./molt up} and by every service test. With a data
 * folder the log survives a restart; without one it lives in a temporary folder deleted on close.
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** Fixed so that a data folder formatted by one run is accepted by the next. */
    static final String CLUSTER_ID = "bW9sdC1lbWJlZGRlZC0xAA";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean transientData;
    private final int port;
    private final long startMillis;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Path dataDir, boolean transientData, int port, long startMillis) {
        this.server = server;
        this.dataDir = dataDir;
        this.transientData = transientData;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** A broker on a free port over a temporary folder. */
    public static EmbeddedKafka start() throws InfraException {
        return start(null, 0);
    }

    /**
     * Formats the folder if it is new, starts the broker and waits until it answers.
     *
     * @param dataDir the log folder (kept), or null for a temporary one
     * @param port    the client port on 127.0.0.1, or 0 for a free one
     */
    public static EmbeddedKafka start(Path dataDir, int port) throws InfraException {
        long t0 = System.nanoTime();
        Path dir;
        try {
            dir = Folders.dataDir(dataDir, "molt-kafka-");
        } catch (IOException e) {
            throw new InfraException("cannot create the Kafka data folder " + dataDir + ": " + e.getMessage(), e);
        }
        int brokerPort = Ports.orFree(port);
        int controllerPort = Ports.free();
        Properties props = brokerProperties(dir.resolve("log"), brokerPort, controllerPort);
        KafkaRaftServer server = null;
        try {
            format(dir, props);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(server, dir, dataDir == null, brokerPort,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            kafka.awaitReady();
            return kafka;
        } catch (RuntimeException | InfraException e) {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
            if (dataDir == null) {
                Folders.deleteTree(dir);
            }
            throw e instanceof InfraException ? (InfraException) e
                    : new InfraException("the embedded Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        // consumers of a new group get partitions at once instead of after 3 s
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** {@code kafka-storage format --ignore-formatted}: a no-op on a folder formatted before. */
    private static void format(Path dir, Properties props) throws InfraException {
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by molt for kafka-storage format");
        } catch (IOException e) {
            throw new InfraException("cannot write " + config + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", CLUSTER_ID, "-c", config.toString(), "--ignore-formatted"}, out);
        }
        if (rc != 0) {
            throw new InfraException("formatting the Kafka data folder " + dir + " failed: "
                    + log.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private void awaitReady() throws InfraException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new InfraException("the embedded Kafka broker did not answer on " + bootstrapServers() + ": " + e, e);
        }
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Time from {@link #start} to the broker starting up (before the readiness check). */
    public long startupMillis() {
        return startMillis;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (transientData) {
            Folders.deleteTree(dataDir);
        }
    }
}
