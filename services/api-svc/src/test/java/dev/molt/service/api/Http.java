package dev.molt.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A plain HTTP client for the REST tests: real requests on the app's real port. */
final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String token;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** A client without a token (health, webhooks, the refusals of the access tests). */
  Http(String base) {
    this(base, null);
  }

  /** A client sending {@code Authorization: Bearer <token>} with every request. */
  Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  record Response(int status, HttpResponse<byte[]> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + new String(raw.body(), StandardCharsets.UTF_8), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    byte[] body() {
      return raw.body();
    }
  }

  /** One Server-Sent Event. */
  record Event(String name, String id, JsonNode data) {}

  Response get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Response delete(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** A multipart/form-data POST; a {@code byte[]} value is sent as a file part named by key. */
  Response post(String path, String filename, byte[] file, Map<String, String> fields)
      throws Exception {
    String boundary = "molt-test-boundary-7f3a";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    for (Map.Entry<String, String> field : all.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
          + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (file != null) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.write(file);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  Response postRaw(String path, String contentType, byte[] body) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Reads an SSE stream until the server ends it, handing each event to {@code onEvent} as it
   * arrives; fails if the stream is still open after {@code timeout}.
   */
  List<Event> events(String path, Duration timeout, Consumer<Event> onEvent) throws Exception {
    HttpResponse<Stream<String>> response = client.send(authorized(HttpRequest.newBuilder(uri(path)))
        .header("Accept", "text/event-stream").timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      throw new AssertionError("events: HTTP " + response.statusCode());
    }
    List<Event> events = new ArrayList<>();
    String name = null;
    String id = null;
    StringBuilder data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            Event e = new Event(name, id, JSON.readTree(data.toString()));
            events.add(e);
            onEvent.accept(e);
          }
          name = null;
          id = null;
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring(6).trim();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5));
        }
      }
    }
    return events;
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = client.send(authorized(request).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Response(response.statusCode(), response);
  }
}
