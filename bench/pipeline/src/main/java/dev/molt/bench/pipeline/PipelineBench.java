package dev.molt.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.molt.cli.submit.ApiException;
import dev.molt.cli.submit.BuildApi;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Driver;
import dev.molt.driver.RunResult;
import dev.molt.driver.Runner;
import dev.molt.service.launcher.EmbeddedStack;
import dev.molt.service.launcher.LaunchException;
import dev.molt.service.launcher.StackSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The hosted pipeline against the in-process compiler, in one run and one JVM: the embedded stack
 * ({@code ./molt up}'s Kafka, S3 and five services) builds a ~200-line program through the REST
 * API, and {@code Driver} builds the same program in this process. See bench/README.md.
 */
@Command(name = "bench/pipeline/run", mixinStandardHelpOptions = true,
        description = "Pipeline throughput and latency against the in-process build (see bench/README.md).")
public final class PipelineBench implements java.util.concurrent.Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String TAG_LINE = "BUILD_TAG = 0";

    @Option(names = "--builds", defaultValue = "20", description = "Sequential builds per kind (default 20).")
    int builds;

    @Option(names = "--cached", defaultValue = "10", description = "Repeated (cache hit) builds (default 10).")
    int cached;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients for the throughput run (default 4).")
    int clients;

    @Option(names = "--batch", defaultValue = "16", description = "Builds in the throughput run (default 16).")
    int batch;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up builds of each kind (default 3).")
    int warmup;

    @Option(names = {"-t", "--target"}, defaultValue = "native", description = "native or wasm (default native).")
    String target;

    @Option(names = "--results", defaultValue = "bench/results/pipeline.json", description = "Result file.")
    Path results;

    private final AtomicInteger tags = new AtomicInteger(1);
    private String program;

    public static void main(String[] args) {
        int status = new CommandLine(new PipelineBench()).execute(args);
        System.exit(status);
    }

    @Override
    public Integer call() throws Exception {
        program = readProgram();
        Target t = "wasm".equals(target) ? Target.WASM : Target.NATIVE;
        Driver driver = Driver.standard();
        say("starting the embedded stack...");
        long t0 = System.nanoTime();
        try (EmbeddedStack stack = EmbeddedStack.start(
                StackSettings.ephemeral(Map.of("logging.config", "classpath:bench-logback.xml")))) {
            double startup = (System.nanoTime() - t0) / 1e6;
            say(String.format(Locale.ROOT, "stack ready in %.1f s; program: %d lines, target %s", startup / 1000,
                    program.lines().count(), target));
            BuildApi api = new BuildApi(URI.create(stack.apiUrl()), stack.issueToken("bench"));

            checkSameProgram(api, driver, t);
            for (int i = 0; i < warmup; i++) {
                inProcess(driver, variant(), t);
                pipeline(api, variant());
            }
            // the two kinds alternate so a change in machine load hits both alike
            List<Double> local = new ArrayList<>();
            List<Double> remote = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                local.add(inProcess(driver, variant(), t));
                remote.add(pipeline(api, variant()));
            }
            String repeated = variant();
            pipeline(api, repeated);
            List<Double> hits = new ArrayList<>();
            for (int i = 0; i < cached; i++) hits.add(pipeline(api, repeated));
            double perMinute = throughput(api);

            Percentiles inProc = new Percentiles(local);
            Percentiles fresh = new Percentiles(remote);
            Percentiles cache = new Percentiles(hits);
            ObjectNode result = result(startup, inProc, fresh, cache, perMinute);
            JsonNode previous = previous();
            print(result, previous);
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, JSON.writeValueAsString(result) + "\n");
            say("results written to " + results);
        } catch (LaunchException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The pipeline's artifact must behave like the in-process one before anything is timed. */
    private void checkSameProgram(BuildApi api, Driver driver, Target t) throws Exception {
        String source = variant();
        BuildResult local = driver.build(bytes(source), "inventory.py", BuildOptions.of(t, OptLevel.O2));
        if (!local.ok()) throw new IllegalStateException("the program does not build: " + local.diagnostics());
        String id = api.submit("inventory.py", bytes(source), null, target, "O2").path("id").asText();
        JsonNode build = await(api, id);
        byte[] remote = api.download(build.path("artifact").path("download").asText());
        Runner runner = Runner.defaults();
        RunResult want = runner.run(local.executable(), "inventory.py", List.of(), new byte[0]);
        RunResult got = t == Target.WASM ? runner.runWasm(remote, "inventory.py", List.of(), new byte[0])
                : runner.runNative(remote, List.of(), new byte[0]);
        if (!want.stdoutText().equals(got.stdoutText()) || want.exitCode() != got.exitCode()) {
            throw new IllegalStateException("the pipeline's executable prints something else than the in-process one");
        }
        say("the pipeline's executable prints what the in-process build's does (" + want.stdoutText().lines().count()
                + " lines)");
    }

    private static double inProcess(Driver driver, String source, Target t) {
        long s = System.nanoTime();
        BuildResult r = driver.build(bytes(source), "inventory.py", BuildOptions.of(t, OptLevel.O2));
        double ms = (System.nanoTime() - s) / 1e6;
        if (!r.ok()) throw new IllegalStateException("in-process build failed: " + r.diagnostics());
        return ms;
    }

    /** Submit to build end, as a client sees it: the REST submission, then the event stream to its end. */
    private double pipeline(BuildApi api, String source) throws ApiException {
        long s = System.nanoTime();
        String id = api.submit("inventory.py", bytes(source), null, target, "O2").path("id").asText();
        api.events(id, e -> { });
        double ms = (System.nanoTime() - s) / 1e6;
        JsonNode build = api.build(id);
        if (!"SUCCEEDED".equals(build.path("status").asText())) {
            throw new IllegalStateException("build " + id + " ended " + build.path("status").asText() + ": " + build);
        }
        return ms;
    }

    private static JsonNode await(BuildApi api, String id) throws ApiException {
        api.events(id, e -> { });
        JsonNode build = api.build(id);
        if (!"SUCCEEDED".equals(build.path("status").asText())) throw new IllegalStateException("build failed: " + build);
        return build;
    }

    /** Builds per minute with {@code clients} submitting distinct programs at once. */
    private double throughput(BuildApi api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Double>> done = new ArrayList<>();
            long s = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                String source = variant();
                done.add(pool.submit(() -> pipeline(api, source)));
            }
            for (Future<Double> f : done) f.get();
            double seconds = (System.nanoTime() - s) / 1e9;
            return batch / seconds * 60;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The program with a new BUILD_TAG: a new upload, AST, IR, object and executable, so no stage hits the cache. */
    private String variant() {
        return program.replace(TAG_LINE, "BUILD_TAG = " + tags.getAndIncrement());
    }

    private ObjectNode result(double startup, Percentiles inProc, Percentiles fresh, Percentiles cache, double perMinute) {
        ObjectNode r = JSON.createObjectNode();
        r.put("date", LocalDate.now().toString());
        r.put("java", System.getProperty("java.version"));
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("target", target);
        r.put("program_lines", program.lines().count());
        r.put("builds", builds);
        r.put("stack_startup_ms", round(startup));
        r.set("in_process_ms", latency(inProc));
        r.set("pipeline_ms", latency(fresh));
        r.set("pipeline_cached_ms", latency(cache));
        r.put("throughput_clients", clients);
        r.put("builds_per_minute", round(perMinute));
        r.put("in_process_builds_per_minute", round(60_000 / inProc.p50()));
        r.put("overhead_p50", round(fresh.p50() / inProc.p50()));
        r.put("cached_vs_in_process_p50", round(cache.p50() / inProc.p50()));
        return r;
    }

    private ObjectNode latency(Percentiles p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("p50", round(p.p50()));
        n.put("p95", round(p.p95()));
        n.put("samples", p.millis().size());
        return n;
    }

    private JsonNode previous() {
        try {
            return Files.exists(results) ? JSON.readTree(results.toFile()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void print(JsonNode r, JsonNode before) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %14s%n", "", "p50 ms", "p95 ms", "vs previous");
        row("in-process build (Driver)", r, before, "in_process_ms");
        row("pipeline build, all stages run", r, before, "pipeline_ms");
        row("pipeline build, all cache hits", r, before, "pipeline_cached_ms");
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10s %14s%n", "pipeline builds per minute (" + r.path("throughput_clients").asInt()
                + " clients)", r.path("builds_per_minute").asDouble(), "", change(r, before, "builds_per_minute", null));
        System.out.printf(Locale.ROOT, "%-34s %10.1f%n", "in-process builds per minute (1)", r.path("in_process_builds_per_minute").asDouble());
        System.out.printf(Locale.ROOT, "%-34s %10.2fx%n", "pipeline / in-process (p50)", r.path("overhead_p50").asDouble());
        System.out.printf(Locale.ROOT, "%-34s %10.2fx%n", "cached pipeline / in-process (p50)", r.path("cached_vs_in_process_p50").asDouble());
        System.out.printf(Locale.ROOT, "%-34s %10.1f s%n", "embedded stack start-up", r.path("stack_startup_ms").asDouble() / 1000);
    }

    private static void row(String label, JsonNode r, JsonNode before, String key) {
        System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %14s%n", label, r.path(key).path("p50").asDouble(),
                r.path(key).path("p95").asDouble(), change(r, before, key, "p50"));
    }

    /** "x1.05 (2026-11-24)": this run over the previous one, or "first run". */
    private static String change(JsonNode r, JsonNode before, String key, String sub) {
        if (before == null || before.path(key).isMissingNode()) return "first run";
        double now = sub == null ? r.path(key).asDouble() : r.path(key).path(sub).asDouble();
        double then = sub == null ? before.path(key).asDouble() : before.path(key).path(sub).asDouble();
        if (then == 0) return "n/a";
        return String.format(Locale.ROOT, "x%.2f (%s)", now / then, before.path("date").asText("?"));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String readProgram() throws IOException {
        try (InputStream in = PipelineBench.class.getResourceAsStream("inventory.py")) {
            if (in == null) throw new IOException("inventory.py is missing from the bench jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(TAG_LINE)) throw new IOException("inventory.py has no '" + TAG_LINE + "' line");
            return text;
        }
    }

    private static void say(String s) {
        System.out.println("bench: " + s);
    }
}
