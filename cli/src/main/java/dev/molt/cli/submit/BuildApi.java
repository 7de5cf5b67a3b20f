package dev.molt.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The REST build API of api-svc (issue 4 item 3) as {@code molt submit} uses it: submit an upload,
 * follow its Server-Sent Events, read the build, download the artifact.
 */
public final class BuildApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final String token;

    /** @param server the API's base address, e.g. {@code http://127.0.0.1:8080} */
    public BuildApi(URI server) {
        this(server, null);
    }

    /**
     * @param server the API's base address
     * @param token  the team's API token, sent as {@code Authorization: Bearer} (null: none)
     */
    public BuildApi(URI server, String token) {
        this.token = token == null || token.isBlank() ? null : token.strip();
        String s = server.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public URI server() {
        return base;
    }

    /** POST /api/v1/builds; returns the JSON answer ({@code id}, {@code status}, {@code links}). */
    public JsonNode submit(String filename, byte[] content, String entry, String target, String opt) throws ApiException {
        Multipart form = new Multipart().file("file", filename, content).field("target", target).field("opt", opt);
        if (entry != null) form.field("entry", entry);
        HttpRequest request = request("api/v1/builds")
                .header("Content-Type", form.contentType())
                .POST(form.publisher())
                .build();
        return json(send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** GET /api/v1/builds/{id}. */
    public JsonNode build(String id) throws ApiException {
        return json(send(request("api/v1/builds/" + id).GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    /**
     * GET /api/v1/builds/{id}/events: hands each event to {@code sink} until the server ends the
     * stream (the build ended). An interrupted stream returns quietly; the caller reads the build.
     */
    public void events(String id, Consumer<ServerSentEvents.Event> sink) throws ApiException {
        HttpRequest request = request("api/v1/builds/" + id + "/events").header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new ApiException(response.statusCode(), "the server answered HTTP " + response.statusCode()
                    + " to the event stream of build " + id);
        }
        ServerSentEvents parser = new ServerSentEvents(sink);
        try (Stream<String> lines = response.body()) {
            lines.forEach(parser::line);
        } catch (java.io.UncheckedIOException e) {
            // the connection dropped: the build's own state says how it ended
        }
        parser.end();
    }

    /** GET of an artifact link (relative to the server, or absolute). */
    public byte[] download(String link) throws ApiException {
        HttpRequest request = authorized(HttpRequest.newBuilder(base.resolve(link.startsWith("/") ? link.substring(1) : link)))
                .timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw error(response.statusCode(), body);
            }
            return body.readAllBytes();
        } catch (IOException e) {
            throw new ApiException(0, "the download from " + base + " broke off: " + describe(e));
        }
    }

    private HttpRequest.Builder request(String path) {
        return authorized(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(15)));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws ApiException {
        try {
            return http.send(request, handler);
        } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
            throw new ApiException(0, "cannot reach the Molt server at " + base
                    + " (is it running? start one with ./molt up, or pass --server URL)");
        } catch (HttpTimeoutException e) {
            throw new ApiException(0, "the Molt server at " + base + " did not answer in time");
        } catch (IOException e) {
            throw new ApiException(0, "talking to the Molt server at " + base + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted");
        } catch (IllegalArgumentException e) {
            throw new ApiException(0, "bad server address " + base + ": " + e.getMessage());
        }
    }

    /** A JSON answer with a 2xx status, or the API's {@code {error, reason}} as an exception. */
    private static JsonNode json(HttpResponse<InputStream> response) throws ApiException {
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) throw error(response.statusCode(), body);
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiException(response.statusCode(), "the server's answer is not JSON: " + describe(e));
        }
    }

    private static ApiException error(int status, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        String reason;
        try {
            JsonNode node = JSON.readTree(bytes);
            reason = node.hasNonNull("reason") ? node.get("reason").asText()
                    : node.hasNonNull("error") ? node.get("error").asText() : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException notJson) {
            reason = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        }
        if (reason.isEmpty()) reason = "no reason given";
        if (status == 401) {
            return new ApiException(status, "the server refused the API token (HTTP 401): " + reason
                    + "; pass --token, set MOLT_TOKEN, or run where ./molt up wrote .molt/dev-token");
        }
        return new ApiException(status, "the server refused (HTTP " + status + "): " + reason);
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
