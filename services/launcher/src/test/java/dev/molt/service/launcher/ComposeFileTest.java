package dev.molt.service.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.molt.service.common.MoltServiceProperties;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this reads it and checks it against
 * what it names: every service module and Dockerfile exists and builds that module, ports agree
 * with decision 0050, with {@link PipelineService} and with each service's application.yml, and
 * every configuration key is one the services read, with a value they accept.
 */
class ComposeFileTest {
    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    static final Set<String> INFRA = Set.of("kafka", "minio");

    static Map<String, Object> services;

    @BeforeAll
    static void load() throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(r);
            services = map(compose.get("services"));
        }
    }

    @Test
    void everyServiceModuleHasAContainerAndNothingElseDoes() {
        Set<String> expected = Stream.of(PipelineService.values()).map(PipelineService::id).collect(Collectors.toSet());
        expected.addAll(INFRA);
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(services.keySet()));
        for (PipelineService s : PipelineService.values()) {
            assertTrue(Files.isRegularFile(ROOT.resolve("services").resolve(s.id()).resolve("pom.xml")), s.id() + " module");
        }
    }

    @Test
    void everyImageBuildsItsOwnModuleFromTheReactorRoot() throws IOException {
        for (PipelineService s : PipelineService.values()) {
            Map<String, Object> build = map(service(s).get("build"));
            Path context = ROOT.resolve((String) build.get("context")).normalize();
            assertEquals(ROOT, context, s.id() + ": the context is the reactor root");
            Path dockerfile = context.resolve((String) build.get("dockerfile"));
            assertEquals(ROOT.resolve("services").resolve(s.id()).resolve("Dockerfile"), dockerfile.normalize());
            String text = Files.readString(dockerfile);
            assertTrue(text.contains(" -pl services/" + s.id() + " -am package"), s.id() + " builds its module");
            assertTrue(text.contains("COPY --from=build /src/services/" + s.id() + "/target/*-exec.jar "),
                    s.id() + " copies its runnable jar (spring-boot repackage, classifier exec)");
            Set<Integer> exposed = exposedPorts(text);
            Set<Integer> wanted = new HashSet<>(List.of(s.defaultGrpcPort()));
            if (s.web()) wanted.add(PipelineService.DEFAULT_HTTP_PORT);
            assertEquals(wanted, exposed, s.id() + " EXPOSE");
        }
    }

    @Test
    void portsAgreeWithTheDecisionAndEachServicesOwnConfiguration() throws IOException {
        for (PipelineService s : PipelineService.values()) {
            Map<String, String> env = environment(s.id());
            Map<String, String> own = ownConfiguration(s);
            int grpc = Integer.parseInt(env.get("SPRING_GRPC_SERVER_PORT"));
            assertEquals(s.defaultGrpcPort(), grpc, s.id() + " gRPC port");
            if (own.containsKey("spring.grpc.server.port")) {
                assertEquals(String.valueOf(grpc), own.get("spring.grpc.server.port"), s.id() + "'s application.yml");
            }
            if (s.web()) {
                int http = Integer.parseInt(env.get("SERVER_PORT"));
                assertEquals(PipelineService.DEFAULT_HTTP_PORT, http);
                if (own.containsKey("server.port")) assertEquals(String.valueOf(http), own.get("server.port"));
                List<String> published = list(service(s).get("ports")).stream().map(Object::toString).toList();
                assertEquals(List.of(http + ":" + http, grpc + ":" + grpc), published, "api-svc publishes HTTP and gRPC");
            } else {
                assertTrue(!service(s).containsKey("ports"), s.id() + " is reached inside the network only");
            }
        }
    }

    @Test
    void everyConfigurationKeyIsOneTheServicesReadWithAValueTheyAccept() throws IOException {
        Map<String, String> envNames = new TreeMap<>();
        MoltServiceProperties.DEFAULTS.keySet().forEach(k -> envNames.put(envName(k), k));
        envNames.put("SPRING_GRPC_SERVER_PORT", "spring.grpc.server.port");
        envNames.put("SERVER_PORT", "server.port");
        // api-svc's own key (decision 0061): without it nobody can issue tokens on a cluster
        envNames.put("MOLT_ACCESS_ADMIN_SECRET", "molt.access.admin-secret");
        Set<String> everyService = Set.of(MoltServiceProperties.KAFKA_BOOTSTRAP_SERVERS, MoltServiceProperties.S3_ENDPOINT,
                MoltServiceProperties.S3_ACCESS_KEY, MoltServiceProperties.S3_SECRET_KEY, MoltServiceProperties.S3_BUCKET,
                MoltServiceProperties.S3_REGION);
        for (PipelineService s : PipelineService.values()) {
            Map<String, String> env = environment(s.id());
            for (String name : env.keySet()) {
                assertTrue(envNames.containsKey(name), s.id() + ": " + name + " is not a configuration key of decision 0050");
            }
            for (String key : everyService) {
                assertTrue(env.containsKey(envName(key)), s.id() + " sets " + envName(key));
            }
            // the values parse as the services parse them (sizes, durations)
            MoltServiceProperties props = MoltServiceProperties.from(key -> env.get(envName(key)));
            if (s.web()) {
                for (String key : List.of(MoltServiceProperties.UPLOAD_MAX_BYTES, MoltServiceProperties.UPLOAD_MAX_FILES,
                        MoltServiceProperties.BUILD_TIMEOUT)) {
                    assertTrue(env.containsKey(envName(key)), "api-svc sets " + envName(key));
                }
                assertEquals(10L << 20, props.uploadMaxBytes());
                assertTrue(env.containsKey("MOLT_ACCESS_ADMIN_SECRET"), "api-svc sets MOLT_ACCESS_ADMIN_SECRET");
            } else {
                assertFalse(env.containsKey("MOLT_ACCESS_ADMIN_SECRET"), s.id() + " has no admin API");
            }
            // the molt.* keys a service's own file sets are decision 0050's keys too
            for (String key : ownConfiguration(s).keySet()) {
                if (key.startsWith("molt.")) {
                    assertTrue(MoltServiceProperties.DEFAULTS.containsKey(key), s.id() + "'s application.yml: unknown " + key);
                }
            }
            checkInfrastructureAddresses(s.id(), props);
        }
    }

    /** The bootstrap address is Kafka's advertised listener, the S3 endpoint MinIO's port, the keys MinIO's users. */
    private static void checkInfrastructureAddresses(String id, MoltServiceProperties props) {
        String[] kafka = props.kafkaBootstrapServers().split(":");
        Map<String, String> broker = environment(kafka[0]);
        assertTrue(broker.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://" + props.kafkaBootstrapServers()), id);
        assertTrue(broker.get("KAFKA_LISTENERS").contains("PLAINTEXT://:" + kafka[1]), id);

        URI s3 = URI.create(props.s3Endpoint());
        assertEquals("minio", s3.getHost(), id);
        assertEquals(9000, s3.getPort(), id + ": MinIO serves S3 on 9000");
        Map<String, String> minio = environment(s3.getHost());
        assertEquals(minio.get("MINIO_ROOT_USER"), props.s3AccessKey(), id);
        assertEquals(minio.get("MINIO_ROOT_PASSWORD"), props.s3SecretKey(), id);

        Set<String> needs = map(map(services.get(id)).get("depends_on")).keySet();
        assertEquals(INFRA, needs, id + " waits for Kafka and MinIO");
        for (String infra : INFRA) {
            assertTrue(map(services.get(infra)).containsKey("healthcheck"), infra + " has the health check depends_on waits for");
        }
    }

    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, Object> service(PipelineService s) {
        return map(services.get(s.id()));
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        map(map(services.get(service)).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(.+)$");

    private static Set<Integer> exposedPorts(String dockerfile) {
        Set<Integer> ports = new HashSet<>();
        Matcher m = EXPOSE.matcher(dockerfile);
        while (m.find()) {
            for (String p : m.group(1).trim().split("\\s+")) ports.add(Integer.parseInt(p));
        }
        return ports;
    }

    /** The service's own application.yml (or .properties), flattened to dotted keys, placeholders resolved to their defaults. */
    static Map<String, String> ownConfiguration(PipelineService s) throws IOException {
        Path resources = ROOT.resolve("services").resolve(s.id()).resolve("src/main/resources");
        Map<String, String> flat = new TreeMap<>();
        for (String name : List.of("application.yml", "application.yaml")) {
            Path file = resources.resolve(name);
            if (Files.exists(file)) {
                try (Reader r = Files.newBufferedReader(file)) {
                    for (Object doc : new Yaml().loadAll(r)) {
                        if (doc instanceof Map<?, ?> m) flatten("", m, flat);
                    }
                }
            }
        }
        Path properties = resources.resolve("application.properties");
        if (Files.exists(properties)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(properties)) {
                p.load(r);
            }
            p.forEach((k, v) -> flat.put((String) k, String.valueOf(v)));
        }
        flat.replaceAll((k, v) -> withDefaults(v));
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> into) {
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> m) flatten(key, m, into);
            else into.put(key, String.valueOf(v));
        });
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    private static String withDefaults(String value) {
        return PLACEHOLDER.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o == null) return Map.of();
        if (!(o instanceof Map)) fail("expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    private static List<Object> list(Object o) {
        if (!(o instanceof List<?> l)) {
            fail("expected a list, got " + o);
            return List.of();
        }
        return List.copyOf(l);
    }
}
