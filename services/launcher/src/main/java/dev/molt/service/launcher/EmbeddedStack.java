package dev.molt.service.launcher;

import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.infra.EmbeddedKafka;
import dev.molt.service.infra.EmbeddedS3;
import dev.molt.service.infra.InfraException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline in this JVM: a Kafka broker (KRaft), an S3 server, and the five services as
 * separate Spring contexts. What {@code ./molt up} runs, and what the integration tests and the
 * pipeline benchmark start once per class. Closing stops the services first (api-svc, then the
 * stages), then Kafka, then S3, so nothing in flight loses its broker or its storage.
 */
public final class EmbeddedStack implements AutoCloseable {
    private final StackSettings settings;
    private final EmbeddedKafka kafka;
    private final EmbeddedS3 s3;
    private final Map<String, String> serviceProperties;
    private final Map<PipelineService, ServiceContext> running = new EnumMap<>(PipelineService.class);
    private final long infraMillis;
    private long servicesMillis;
    private boolean closed;

    private EmbeddedStack(StackSettings settings, EmbeddedKafka kafka, EmbeddedS3 s3, long infraMillis) {
        this.settings = settings;
        this.kafka = kafka;
        this.s3 = s3;
        this.infraMillis = infraMillis;
        MoltServiceProperties defaults = MoltServiceProperties.defaults();
        Map<String, String> props = new HashMap<>(defaults
                .withKafka(kafka.bootstrapServers())
                .withS3(s3.endpoint().toString(), defaults.s3AccessKey(), defaults.s3SecretKey())
                .asMap());
        props.putAll(settings.extra());
        // tokens are issued through api-svc's admin path (docs/decisions/0061): a stack always has a secret
        props.putIfAbsent(AccessSetup.ADMIN_SECRET_PROPERTY, AccessSetup.randomSecret());
        this.serviceProperties = Map.copyOf(props);
    }

    /** Starts Kafka and S3, then every service; on failure stops what did start. */
    public static EmbeddedStack start(StackSettings settings) throws LaunchException {
        long t0 = System.nanoTime();
        MoltServiceProperties defaults = MoltServiceProperties.defaults();
        EmbeddedKafka kafka = null;
        EmbeddedS3 s3 = null;
        try {
            kafka = EmbeddedKafka.start(sub(settings.dataDir(), "kafka"), settings.kafkaPort());
            s3 = EmbeddedS3.start(sub(settings.dataDir(), "s3"), settings.s3Port(), defaults.s3AccessKey(), defaults.s3SecretKey());
        } catch (InfraException e) {
            closeQuietly(kafka, s3);
            throw new LaunchException(e.getMessage(), e);
        }
        EmbeddedStack stack = new EmbeddedStack(settings, kafka, s3, (System.nanoTime() - t0) / 1_000_000);
        long t1 = System.nanoTime();
        try {
            for (PipelineService service : PipelineService.values()) {
                stack.start(service);
            }
        } catch (LaunchException | RuntimeException e) {
            stack.close();
            throw e;
        }
        stack.servicesMillis = (System.nanoTime() - t1) / 1_000_000;
        return stack;
    }

    /** Starts one service (again, after {@link #stop}); its gRPC and HTTP ports stay the same. */
    public synchronized void start(PipelineService service) throws LaunchException {
        if (closed) throw new LaunchException("the stack is closed");
        if (running.containsKey(service)) return;
        Map<String, String> props = new HashMap<>(serviceProperties);
        props.put("spring.grpc.server.port", String.valueOf(settings.grpcPort(service)));
        if (service.web()) props.put("server.port", String.valueOf(settings.httpPort()));
        running.put(service, ServiceContext.start(service, props));
    }

    /** Stops one service's context, as if its process were stopped; the rest keeps running. */
    public synchronized void stop(PipelineService service) {
        ServiceContext context = running.remove(service);
        if (context != null) context.close();
    }

    /** api-svc's base address, e.g. {@code http://127.0.0.1:8080}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    /** A new API token of {@code team}, issued by api-svc through its admin path. */
    public String issueToken(String team) throws LaunchException {
        return AccessSetup.issue(apiUrl(), serviceProperties.get(AccessSetup.ADMIN_SECRET_PROPERTY), team,
                "issued by the launcher");
    }

    public int grpcPort(PipelineService service) {
        return settings.grpcPort(service);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String s3Endpoint() {
        return s3.endpoint().toString();
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** The configuration every service got (decision 0050 keys), for clients of Kafka and S3 in tests. */
    public Map<String, String> serviceProperties() {
        return serviceProperties;
    }

    /** Kafka and S3 start-up, in ms. */
    public long infraMillis() {
        return infraMillis;
    }

    /** The five services' start-up, in ms. */
    public long servicesMillis() {
        return servicesMillis;
    }

    /** Each running service's own start-up time, in ms. */
    public synchronized Map<PipelineService, Long> serviceStartupMillis() {
        Map<PipelineService, Long> times = new EnumMap<>(PipelineService.class);
        running.forEach((s, c) -> times.put(s, c.startupMillis()));
        return times;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        List<PipelineService> order = new ArrayList<>(running.keySet());
        // the front door first (no new builds), then the stages in pipeline order
        order.sort((a, b) -> a == PipelineService.API ? -1 : b == PipelineService.API ? 1 : a.compareTo(b));
        for (PipelineService s : order) {
            try {
                running.remove(s).close();
            } catch (RuntimeException e) {
                System.err.println("molt: stopping " + s.id() + " failed: " + ServiceContext.rootMessage(e));
            }
        }
        closeQuietly(kafka, s3);
    }

    private static void closeQuietly(EmbeddedKafka kafka, EmbeddedS3 s3) {
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("molt: stopping Kafka failed: " + ServiceContext.rootMessage(e));
            }
        }
        if (s3 != null) {
            try {
                s3.close();
            } catch (InfraException | RuntimeException e) {
                System.err.println("molt: stopping the S3 server failed: " + ServiceContext.rootMessage(e));
            }
        }
    }

    private static Path sub(Path dataDir, String name) {
        return dataDir == null ? null : dataDir.resolve(name);
    }
}
