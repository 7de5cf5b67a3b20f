package dev.molt.service.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.cli.submit.ApiException;
import dev.molt.cli.submit.BuildApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds through api-svc's REST API with the client {@code molt submit} uses: submit, follow the
 * Server-Sent Events to the end, read the build, download the artifact.
 */
final class RestBuilds {
    private static final ObjectMapper JSON = new ObjectMapper();

    final BuildApi api;

    RestBuilds(EmbeddedStack stack) throws LaunchException {
        this.api = new BuildApi(URI.create(stack.apiUrl()), TestStack.token());
    }

    /** A finished build: its id, its final JSON and every event of its stream, in order. */
    record Outcome(String id, JsonNode build, List<JsonNode> events) {
        String status() {
            return build.path("status").asText();
        }

        /** "kind stage status" of each stage event, e.g. "stage_finished parse SUCCEEDED". */
        List<String> stageEvents() {
            List<String> lines = new ArrayList<>();
            for (JsonNode e : events) {
                if (e.hasNonNull("stage")) {
                    lines.add(e.path("kind").asText() + " " + e.path("stage").asText() + " " + e.path("status").asText());
                }
            }
            return lines;
        }
    }

    String submit(String filename, byte[] content, String target) throws ApiException {
        return api.submit(filename, content, null, target, "O2").path("id").asText();
    }

    Outcome build(String filename, byte[] content, String target) throws ApiException {
        return follow(submit(filename, content, target));
    }

    /** Reads the build's event stream to its end (the build's end), then the build. */
    Outcome follow(String id) throws ApiException {
        List<JsonNode> events = new ArrayList<>();
        api.events(id, e -> {
            try {
                events.add(JSON.readTree(e.data()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return new Outcome(id, api.build(id), events);
    }

    /** Polls the build until {@code until} holds (or fails after {@code seconds}). */
    JsonNode await(String id, Predicate<JsonNode> until, int seconds) throws ApiException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            JsonNode build = api.build(id);
            if (until.test(build)) return build;
            if (System.nanoTime() > deadline) throw new AssertionError("build " + id + " never reached the state: " + build);
            Thread.sleep(100);
        }
    }

    byte[] artifact(Outcome o) throws ApiException {
        return api.download(o.build().path("artifact").path("download").asText());
    }

    static JsonNode stage(JsonNode build, String name) {
        for (JsonNode s : build.path("stages")) {
            if (name.equals(s.path("name").asText())) return s;
        }
        throw new AssertionError("no stage " + name + " in " + build);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
