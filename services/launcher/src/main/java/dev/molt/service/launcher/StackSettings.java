package dev.molt.service.launcher;

import dev.molt.service.infra.Ports;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the embedded stack keeps its data and which ports it uses.
 *
 * @param dataDir   the folder holding {@code kafka/} and {@code s3/} (kept across runs), or null for
 *                  temporary data removed on close
 * @param kafkaPort the broker's client port on 127.0.0.1
 * @param s3Port    the S3 server's port on 127.0.0.1
 * @param httpPort  api-svc's HTTP port
 * @param grpcPorts each service's gRPC port
 * @param extra     more Spring properties for every service (tests: shorter timeouts)
 */
public record StackSettings(Path dataDir, int kafkaPort, int s3Port, int httpPort,
                            Map<PipelineService, Integer> grpcPorts, Map<String, String> extra) {
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_S3_PORT = 9000;

    public StackSettings {
        grpcPorts = Map.copyOf(grpcPorts);
        extra = Map.copyOf(extra);
    }

    /** {@code ./molt up}: decision 0050's ports, data kept in {@code dataDir}. */
    public static StackSettings standard(Path dataDir, int httpPort) {
        Map<PipelineService, Integer> grpc = new EnumMap<>(PipelineService.class);
        for (PipelineService s : PipelineService.values()) grpc.put(s, s.defaultGrpcPort());
        return new StackSettings(dataDir, DEFAULT_KAFKA_PORT, DEFAULT_S3_PORT, httpPort, grpc, Map.of());
    }

    /** Tests and benchmarks: free ports everywhere, temporary data. */
    public static StackSettings ephemeral(Map<String, String> extra) {
        Map<PipelineService, Integer> grpc = new EnumMap<>(PipelineService.class);
        for (PipelineService s : PipelineService.values()) grpc.put(s, Ports.free());
        return new StackSettings(null, Ports.free(), Ports.free(), Ports.free(), grpc, extra);
    }

    public StackSettings withExtra(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(extra);
        all.putAll(more);
        return new StackSettings(dataDir, kafkaPort, s3Port, httpPort, grpcPorts, all);
    }

    public int grpcPort(PipelineService service) {
        return grpcPorts.get(service);
    }
}
