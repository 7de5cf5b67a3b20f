package dev.molt.service.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./molt up}: the hosted pipeline on this machine with nothing else installed. Starts an
 * embedded Kafka broker and S3 server over {@code .molt/} (kept across runs) and the five services
 * in this JVM, prints the address and the start-up time, and stops everything in order on Ctrl-C.
 */
@Command(name = "molt up", mixinStandardHelpOptions = true,
        description = {"Start the Molt compile service on this machine: Kafka (KRaft) and an S3 server embedded,",
                "parser-svc, lowering-svc, codegen-svc, link-svc and api-svc in one process. Ctrl-C stops it."})
public final class MoltUp implements Callable<Integer> {
    static final String LOG_CONFIG = "molt-up-logback.xml";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".molt",
            description = "Where Kafka's log and the stored artifacts live (kept across restarts). Default: .molt")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "api-svc's HTTP port (REST API, events, web UI). Default: 8080")
    int port;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        int status = new CommandLine(new MoltUp()).execute(args);
        if (status != 0) System.exit(status);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path dataDir = data.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("logs").resolve("molt-up.log");
        Files.createDirectories(log.getParent());
        // before the first logger exists: Kafka and s3proxy log through the same configuration
        System.setProperty("molt.up.log", log.toString());
        System.setProperty("logback.configurationFile", LOG_CONFIG);

        StackSettings settings = portsInUse(StackSettings.standard(dataDir, port));
        if (settings == null) return 2;
        out.println("molt up: starting Kafka, S3 and five services (data " + shown(dataDir) + ", log " + shown(log) + ")");
        EmbeddedStack stack;
        try {
            stack = EmbeddedStack.start(settings.withExtra(Map.of("logging.config", "classpath:" + LOG_CONFIG,
                    AccessSetup.ADMIN_SECRET_PROPERTY, AccessSetup.adminSecret(dataDir))));
        } catch (LaunchException e) {
            System.err.println("molt up: " + e.getMessage());
            System.err.println("molt up: details in " + shown(log));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long s = System.nanoTime();
            out.println("\nmolt up: stopping (services, then Kafka, then S3)...");
            stack.close();
            out.printf(Locale.ROOT, "molt up: stopped in %.1f s%n", (System.nanoTime() - s) / 1e9);
            out.flush();
            stopped.countDown();
        }, "molt-up-stop"));

        out.printf(Locale.ROOT, "molt up: Kafka %s, S3 %s (%.1f s)%n", stack.kafkaBootstrapServers(), stack.s3Endpoint(),
                stack.infraMillis() / 1000.0);
        StringBuilder grpc = new StringBuilder();
        for (PipelineService s : PipelineService.values()) {
            grpc.append(grpc.length() == 0 ? "" : ", ").append(s.id()).append(' ').append(stack.grpcPort(s));
        }
        out.println("molt up: gRPC " + grpc);
        printDevToken(stack, dataDir);
        out.printf(Locale.ROOT, "molt up: ready in %.1f s: API and web UI on %s (Ctrl-C stops)%n",
                (System.nanoTime() - t0) / 1e9, stack.apiUrl());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Kafka's and S3's standard ports only matter to tools outside; if something else holds them,
     * free ones do. The API and gRPC ports are what clients use: a clash there is an error.
     */
    private StackSettings portsInUse(StackSettings s) {
        int kafka = s.kafkaPort();
        int s3 = s.s3Port();
        if (!free(kafka)) {
            kafka = dev.molt.service.infra.Ports.free();
            out.println("molt up: port " + s.kafkaPort() + " is taken: Kafka listens on " + kafka);
        }
        if (!free(s3)) {
            s3 = dev.molt.service.infra.Ports.free();
            out.println("molt up: port " + s.s3Port() + " is taken: S3 listens on " + s3);
        }
        Map<PipelineService, Integer> grpc = new EnumMap<>(s.grpcPorts());
        if (!free(s.httpPort())) {
            System.err.println("molt up: port " + s.httpPort() + " is in use (another molt up?): pass --port N");
            return null;
        }
        for (Map.Entry<PipelineService, Integer> e : grpc.entrySet()) {
            if (!free(e.getValue())) {
                System.err.println("molt up: " + e.getKey().id() + "'s gRPC port " + e.getValue()
                        + " is in use (another molt up?)");
                return null;
            }
        }
        return new StackSettings(s.dataDir(), kafka, s3, s.httpPort(), grpc, s.extra());
    }

    /** Makes the development token on first start (printed once), or names the file holding it. */
    private void printDevToken(EmbeddedStack stack, Path dataDir) throws IOException {
        try {
            AccessSetup.DevToken t = AccessSetup.devToken(dataDir, stack.apiUrl(),
                    AccessSetup.adminSecret(dataDir));
            if (t.created()) {
                out.println("molt up: development token (team " + AccessSetup.DEV_TEAM + "): " + t.token());
                out.println("molt up: saved in " + shown(t.file()) + "; molt submit and the web UI need it");
            } else {
                out.println("molt up: development token in " + shown(t.file()));
            }
        } catch (LaunchException e) {
            System.err.println("molt up: no development token: " + e.getMessage());
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
