package dev.molt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.cli.submit.ApiException;
import dev.molt.cli.submit.BuildApi;
import dev.molt.cli.submit.Progress;
import dev.molt.codegen.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code molt submit}: the same build as {@code molt build}, done by a running Molt service
 * ({@code ./molt up} or a cluster). Shows each stage as it happens, downloads the result and
 * checks its sha256.
 */
@Command(name = "submit", description = {
        "Build a program (.py, or a .zip of a package) on a Molt server and download the result.",
        "Shows each stage as it runs; a failed build prints its diagnostics as molt build would.",
        "Exit status: 0 built, 1 the program cannot be compiled, 2 usage error, unreachable server,"
                + " or a build that failed for another reason (cancelled, timed out, server error)."})
public final class SubmitCommand implements Callable<Integer> {
    private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    CompileOptions compile;

    @Option(names = "--server", paramLabel = "URL",
            description = "The Molt server. Default: $MOLT_SERVER, else http://127.0.0.1:8080.")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The team's API token. Default: $MOLT_TOKEN, else the file .molt/dev-token that ./molt up writes.")
    String token;

    @Option(names = "--entry", paramLabel = "PATH",
            description = "For a .zip: the entry module's path inside it. Default: the only .py file, else main.py.")
    String entry;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file. Default: FILE without .py/.zip (native) or with .wasm instead (wasm).")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Give up waiting for the build after this long. Default: 900.")
    long timeoutSeconds;

    @Parameters(paramLabel = "FILE", description = "The program's main module, or a .zip of the package.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(spec.commandLine().getOut(), Progress.colourWanted());
        byte[] content = InputFile.readOrReport(file, err);
        if (content == null) return ExitCode.USAGE_OR_IO;
        compile.buildOptions(spec); // rejects a bad -O before anything is sent
        BuildApi api;
        try {
            api = new BuildApi(URI.create(serverAddress()), ApiToken.find(token));
        } catch (IllegalArgumentException e) {
            err.println("molt: bad server address '" + serverAddress() + "': " + e.getMessage());
            return ExitCode.USAGE_OR_IO;
        }
        try {
            return submit(api, content, progress, err);
        } catch (ApiException e) {
            err.println("molt: " + e.getMessage());
            return ExitCode.USAGE_OR_IO;
        }
    }

    private int submit(BuildApi api, byte[] content, Progress progress, PrintWriter err) throws ApiException, IOException {
        long start = System.nanoTime();
        String uploadName = Path.of(file).getFileName().toString();
        JsonNode accepted = api.submit(uploadName, content, entry, compile.target.id(), "O" + compile.level);
        String id = accepted.path("id").asText();
        if (id.isEmpty()) throw new ApiException(0, "the server accepted the upload but sent no build id");
        progress.note("submitted " + uploadName + " to " + api.server() + " as build " + id
                + " (" + compile.target.id() + ", -O" + compile.level + ")");

        api.events(id, e -> {
            try {
                progress.event(JSON.readTree(e.data()));
            } catch (IOException notJson) {
                // a keep-alive or a format this client does not know: the build's state comes next
            }
        });
        JsonNode build = awaitEnd(api, id, start);
        String status = build.path("status").asText();
        progress.finished(id, status, (System.nanoTime() - start) / 1_000_000);
        if (!"SUCCEEDED".equals(status)) {
            return reportFailure(build, status, err);
        }
        return download(api, id, build, progress, err);
    }

    /** The build once it has ended; the event stream normally ends with it, polling covers a dropped stream. */
    private JsonNode awaitEnd(BuildApi api, String id, long start) throws ApiException {
        long deadline = start + timeoutSeconds * 1_000_000_000L;
        while (true) {
            JsonNode build = api.build(id);
            if (ENDED.contains(build.path("status").asText())) return build;
            if (System.nanoTime() > deadline) {
                throw new ApiException(0, "build " + id + " did not end within " + timeoutSeconds + " s (still "
                        + build.path("status").asText() + ")");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted while waiting for build " + id);
            }
        }
    }

    private static int reportFailure(JsonNode build, String status, PrintWriter err) {
        boolean anyDiagnostic = false;
        for (JsonNode d : build.path("diagnostics")) {
            String rendered = d.path("rendered").asText(d.path("message").asText());
            err.print(rendered.endsWith("\n") ? rendered : rendered + "\n");
            anyDiagnostic = true;
        }
        String reason = build.path("reason").asText("");
        // the diagnostics say why; a reason alone explains a build that has none (cancelled, timed out)
        if (!anyDiagnostic && !reason.isEmpty()) err.println("molt: build " + status.toLowerCase(java.util.Locale.ROOT) + ": " + reason);
        err.flush();
        // a diagnostic is about the program; anything else (cancelled, timed out, a stage that could not run) is not
        return "FAILED".equals(status) && anyDiagnostic ? ExitCode.INVALID_INPUT : ExitCode.USAGE_OR_IO;
    }

    private int download(BuildApi api, String id, JsonNode build, Progress progress, PrintWriter err)
            throws ApiException, IOException {
        JsonNode artifact = build.path("artifact");
        String link = firstText(artifact.path("link"), artifact.path("download"), build.path("links").path("artifact"));
        byte[] bytes = api.download(link.isEmpty() ? "api/v1/builds/" + id + "/artifact" : link);
        String want = artifact.path("sha256").asText("");
        String got = sha256(bytes);
        if (!want.isEmpty() && !want.equalsIgnoreCase(got)) {
            err.println("molt: the downloaded artifact is damaged: sha256 " + got + ", the server says " + want);
            return ExitCode.USAGE_OR_IO;
        }
        Path out = output != null ? output : defaultOutput(file, compile.target);
        Files.write(out, bytes);
        if (compile.target == Target.NATIVE && !out.toFile().setExecutable(true)) {
            err.println("molt: warning: could not make " + out + " executable");
        }
        progress.note("wrote " + out + " (" + bytes.length + " bytes, sha256 " + got + ")");
        return ExitCode.OK;
    }

    private String serverAddress() {
        if (server != null) return server;
        String env = System.getenv("MOLT_SERVER");
        return env != null && !env.isBlank() ? env : "http://127.0.0.1:8080";
    }

    static Path defaultOutput(String file, Target target) {
        String name = file.endsWith(".zip") ? file.substring(0, file.length() - 4) + ".py" : file;
        return BuildCommand.defaultOutput(name, target);
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isTextual() && !n.asText().isEmpty()) return n.asText();
        }
        return "";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
