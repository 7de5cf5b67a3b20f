package dev.molt.service.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import dev.molt.service.v1.Target;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API on a real port, against the real embedded Kafka broker and S3 server. */
class ApiRestTest {
  static final int MAX_BYTES = 64 * 1024;
  static ApiApp app;
  static Pipeline pipeline;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    app = ApiApp.start(Map.of("molt.upload.max-bytes", String.valueOf(MAX_BYTES),
        "molt.upload.max-files", "20"));
    pipeline = new Pipeline();
    http = app.http();
  }

  @AfterAll
  static void stop() {
    pipeline.close();
    app.close();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String submit(String filename, byte[] content, Map<String, String> fields) throws Exception {
    Http.Response r = http.post("/api/v1/builds", filename, content, fields);
    assertEquals(202, r.status(), () -> new String(r.body(), StandardCharsets.UTF_8));
    return r.json().path("id").asText();
  }

  static JsonNode await(String id, Predicate<JsonNode> until) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode build;
    do {
      build = http.get("/api/v1/builds/" + id).json();
      if (until.test(build)) {
        return build;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("build never reached the expected state: " + build);
  }

  static void assertError(Http.Response r, int status, String error, String reasonPart) {
    assertEquals(status, r.status(), () -> new String(r.body(), StandardCharsets.UTF_8));
    JsonNode body = r.json();
    assertEquals(error, body.path("error").asText(), body.toString());
    assertTrue(body.path("reason").asText().contains(reasonPart), body.toString());
    assertFalse(body.toString().contains("at dev.molt"), "no stack trace: " + body);
  }

  @Test
  void submitStoresTheUploadAndQueuesTheParseJob() throws Exception {
    byte[] source = utf8("print('hello')\n");
    Http.Response r = http.post("/api/v1/builds", "hello.py", source, Map.of());
    assertEquals(202, r.status());
    JsonNode body = r.json();
    String id = body.path("id").asText();
    assertEquals("QUEUED", body.path("status").asText());
    assertEquals("/api/v1/builds/" + id, body.path("links").path("self").asText());
    assertEquals("/api/v1/builds/" + id + "/events", body.path("links").path("events").asText());
    assertEquals("/api/v1/builds/" + id, r.header("Location"));

    String sha = ContentKeys.sha256(source);
    assertArrayEquals(source, pipeline.store.get("uploads/" + sha));
    StageJob job = pipeline.parseJob(id);
    assertEquals(Stage.STAGE_PARSE, job.getStage());
    assertEquals("uploads/" + sha, job.getInput().getKey());
    assertEquals(sha, job.getInput().getSha256());
    assertEquals("hello.py", job.getConfig().getEntry());
    assertEquals(Target.TARGET_NATIVE, job.getConfig().getTarget());
    assertEquals(OptLevel.OPT_O2, job.getConfig().getOpt());
    assertEquals(1, job.getAttempt());
    List<BuildEvent> events = pipeline.events(id, l -> !l.isEmpty());
    assertTrue(events.get(0).hasSubmitted());
    assertEquals("hello.py", events.get(0).getSubmitted().getConfig().getUploadName());

    JsonNode build = http.get("/api/v1/builds/" + id).json();
    assertEquals("QUEUED", build.path("status").asText());
    assertEquals("native", build.path("target").asText());
    assertEquals(4, build.path("stages").size());
    assertEquals("parse", build.path("stages").get(0).path("name").asText());
    assertEquals("PENDING", build.path("stages").get(0).path("status").asText());
  }

  @Test
  void successfulBuildHasStagesAndServesItsArtifact() throws Exception {
    String id = submit("app.py", utf8("print(1)\n"), Map.of("target", "wasm", "opt", "O3"));
    byte[] wasm = utf8("\0asm fake module bytes for the download test");
    pipeline.succeed(id, wasm);
    JsonNode build = await(id, b -> b.path("status").asText().equals("SUCCEEDED"));
    assertEquals("wasm", build.path("target").asText());
    assertEquals("O3", build.path("opt").asText());
    List<String> names = new ArrayList<>();
    for (JsonNode stage : build.path("stages")) {
      names.add(stage.path("name").asText());
      assertEquals("SUCCEEDED", stage.path("status").asText());
      assertTrue(stage.path("startMs").asLong() > 0);
    }
    assertEquals(List.of("parse", "lower", "codegen", "link"), names);
    assertTrue(build.path("stages").get(0).path("cacheHit").asBoolean());
    assertEquals(6, build.path("stages").get(0).path("durationMs").asLong());
    assertEquals(ContentKeys.sha256(wasm), build.path("artifact").path("sha256").asText());
    assertEquals(wasm.length, build.path("artifact").path("size").asLong());
    assertEquals("app.wasm", build.path("artifact").path("filename").asText());

    Http.Response download = http.get(build.path("artifact").path("download").asText());
    assertEquals(200, download.status());
    assertArrayEquals(wasm, download.body());
    assertEquals("application/wasm", download.header("Content-Type"));
    assertEquals("attachment; filename=\"app.wasm\"", download.header("Content-Disposition"));
  }

  @Test
  void nativeArtifactIsNamedAfterTheZipsEntryModule() throws Exception {
    byte[] zip = Zips.of("pkg/tool.py", "print(2)\n", "pkg/util.py", "X = 1\n");
    String id = submit("project.zip", zip, Map.of("entry", "pkg/tool.py"));
    pipeline.succeed(id, utf8("ELF fake"));
    JsonNode build = await(id, b -> b.path("status").asText().equals("SUCCEEDED"));
    assertEquals("pkg/tool.py", build.path("entry").asText());
    assertEquals("project.zip", build.path("uploadName").asText());
    Http.Response download = http.get("/api/v1/builds/" + id + "/artifact");
    assertEquals("attachment; filename=\"tool\"", download.header("Content-Disposition"));
    assertEquals("application/octet-stream", download.header("Content-Type"));
  }

  @Test
  void eventStreamReplaysThenFollowsAndEndsWithTheBuild() throws Exception {
    String id = submit("watch.py", utf8("print(3)\n"), Map.of());
    pipeline.started(id, Stage.STAGE_PARSE);
    await(id, b -> b.path("status").asText().equals("RUNNING"));

    CountDownLatch replayed = new CountDownLatch(2);
    CompletableFuture<List<Http.Event>> stream = CompletableFuture.supplyAsync(() -> {
      try {
        return http.events("/api/v1/builds/" + id + "/events", Duration.ofSeconds(60),
            e -> replayed.countDown());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertTrue(replayed.await(30, TimeUnit.SECONDS), "the first two events are replayed");
    assertFalse(stream.isDone(), "the stream stays open while the build runs");
    pipeline.succeed(id, utf8("ELF"));  // its second parse start is a duplicate: not streamed
    List<Http.Event> events = stream.get(60, TimeUnit.SECONDS);

    List<String> seen = new ArrayList<>();
    for (Http.Event e : events) {
      JsonNode d = e.data();
      assertEquals(id, d.path("buildId").asText());
      assertEquals(e.name(), d.path("kind").asText());
      seen.add(e.name() + (d.has("stage") ? " " + d.path("stage").asText() : ""));
    }
    assertEquals(List.of("submitted", "stage_started parse", "stage_finished parse",
        "stage_started lower", "stage_finished lower", "stage_started codegen",
        "stage_finished codegen", "stage_started link", "stage_finished link", "build_finished"),
        seen);
    assertEquals("SUCCEEDED", events.get(events.size() - 1).data().path("status").asText());
    assertEquals(true, events.get(2).data().path("cacheHit").asBoolean());

    // a finished build's stream replays everything and ends at once
    List<Http.Event> again = http.events("/api/v1/builds/" + id + "/events", Duration.ofSeconds(10),
        e -> { });
    assertEquals(events.size(), again.size());
  }

  @Test
  void failedBuildCarriesItsDiagnosticsRenderedAndStructured() throws Exception {
    String id = submit("bad.py", utf8("x = (\n"), Map.of());
    String rendered = "  File \"bad.py\", line 1\n    x = (\n        ^\n"
        + "SyntaxError: '(' was never closed\n";
    pipeline.failParse(id, Diagnostic.newBuilder().setKind("SyntaxError")
        .setMessage("'(' was never closed").setFilename("bad.py").setLine(1).setColumn(5)
        .setEndLine(1).setEndColumn(6).setSourceLine("x = (").setRendered(rendered).build());
    JsonNode build = await(id, b -> b.path("status").asText().equals("FAILED"));
    JsonNode d = build.path("diagnostics").get(0);
    assertEquals("SyntaxError", d.path("kind").asText());
    assertEquals(1, d.path("line").asInt());
    assertEquals(5, d.path("column").asInt());
    assertEquals("x = (", d.path("sourceLine").asText());
    assertEquals(rendered, d.path("rendered").asText());
    assertEquals("FAILED", build.path("stages").get(0).path("status").asText());
    assertEquals("SKIPPED", build.path("stages").get(1).path("status").asText());
    assertFalse(build.has("artifact"));
    assertError(http.get("/api/v1/builds/" + id + "/artifact"), 409, "not_ready", "FAILED");
  }

  @Test
  void cancelEndsTheBuildAtOnceAndTellsTheStages() throws Exception {
    String id = submit("slow.py", utf8("print(4)\n"), Map.of());
    pipeline.started(id, Stage.STAGE_PARSE);
    await(id, b -> b.path("status").asText().equals("RUNNING"));
    Http.Response r = http.delete("/api/v1/builds/" + id);
    assertEquals(200, r.status());
    assertEquals("CANCELLED", r.json().path("status").asText());
    assertEquals("cancelled on request", r.json().path("reason").asText());

    List<BuildEvent> events = pipeline.events(id,
        l -> l.stream().anyMatch(BuildEvent::hasCancelRequested));
    assertTrue(events.stream().anyMatch(BuildEvent::hasCancelRequested));
    // a stage that had not heard yet finishes: the build stays cancelled
    pipeline.succeeded(id, Stage.STAGE_PARSE, 9, false, dev.molt.service.v1.ArtifactRef.getDefaultInstance());
    pipeline.events(id, l -> l.stream().anyMatch(BuildEvent::hasStageFinished));
    JsonNode build = http.get("/api/v1/builds/" + id).json();
    assertEquals("CANCELLED", build.path("status").asText());
    assertEquals("SKIPPED", build.path("stages").get(0).path("status").asText());
    assertEquals(200, http.delete("/api/v1/builds/" + id).status(), "cancel is idempotent");
  }

  @Test
  void listShowsRecentBuildsNewestFirst() throws Exception {
    String first = submit("one.py", utf8("print(5)\n"), Map.of());
    String second = submit("two.py", utf8("print(6)\n"), Map.of());
    JsonNode list = http.get("/api/v1/builds?limit=2").json().path("builds");
    assertEquals(2, list.size());
    assertEquals(second, list.get(0).path("id").asText());
    assertEquals(first, list.get(1).path("id").asText());
    assertError(http.get("/api/v1/builds?limit=-1"), 400, "bad_field", "limit");
  }

  @Test
  void uploadsBeyondTheLimitsAreRefusedWithReasons() throws Exception {
    assertError(http.post("/api/v1/builds", "big.py", new byte[MAX_BYTES + 1], Map.of()),
        413, "too_large", String.valueOf(MAX_BYTES));
    byte[] bomb = Zips.of("main.py", "#" + "x".repeat(MAX_BYTES * 4));
    assertTrue(bomb.length < MAX_BYTES);
    assertError(http.post("/api/v1/builds", "bomb.zip", bomb, Map.of()), 413, "too_large",
        "decompress");
    String[] many = new String[42];
    for (int i = 0; i < 21; i++) {
      many[2 * i] = "f" + i + ".txt";
      many[2 * i + 1] = "";
    }
    assertError(http.post("/api/v1/builds", "many.zip", Zips.of(many), Map.of()), 413,
        "too_large", "21 entries");
  }

  @Test
  void badArchivesAndFieldsAreRefusedWithReasons() throws Exception {
    assertError(http.post("/api/v1/builds", "tool.exe", utf8("MZ"), Map.of()), 415,
        "unsupported_type", ".py");
    assertError(http.post("/api/v1/builds", "evil.zip",
        Zips.of("main.py", "", "../../etc/evil.py", ""), Map.of()), 422, "bad_archive", "'..'");
    assertError(http.post("/api/v1/builds", "abs.zip", Zips.of("/etc/passwd", ""), Map.of()),
        422, "bad_archive", "absolute");
    assertError(http.post("/api/v1/builds", "link.zip",
        Zips.of("main.py", "", "@secret.py", "/etc/shadow"), Map.of()), 422, "bad_archive",
        "symbolic link");
    assertError(http.post("/api/v1/builds", "dup.zip", Zips.of("main.py", "", "main.py", ""),
        Map.of()), 422, "bad_archive", "two entries");
    assertError(http.post("/api/v1/builds", "junk.zip", utf8("not a zip"), Map.of()), 422,
        "bad_archive", "zip");
    assertError(http.post("/api/v1/builds", "two.zip", Zips.of("a.py", "", "b.py", ""), Map.of()),
        400, "bad_field", "entry field");
    assertError(http.post("/api/v1/builds", "two.zip", Zips.of("a.py", "", "b.py", ""),
        Map.of("entry", "c.py")), 400, "bad_field", "'c.py'");
    assertError(http.post("/api/v1/builds", "a.py", utf8(""), Map.of("target", "arm")), 400,
        "bad_field", "target must be");
    assertError(http.post("/api/v1/builds", "a.py", utf8(""), Map.of("opt", "O1")), 400,
        "bad_field", "opt must be");
    assertError(http.post("/api/v1/builds", null, null, Map.of("target", "native")), 400,
        "bad_field", "'file'");
    assertError(http.postRaw("/api/v1/builds", "application/json", utf8("{}")), 415,
        "unsupported_type", "multipart");
  }

  @Test
  void unknownBuildsAndEndpointsAre404() throws Exception {
    assertError(http.get("/api/v1/builds/nope"), 404, "not_found", "'nope'");
    assertError(http.delete("/api/v1/builds/nope"), 404, "not_found", "'nope'");
    assertError(http.get("/api/v1/builds/nope/artifact"), 404, "not_found", "'nope'");
    assertError(http.get("/api/v1/builds/nope/events"), 404, "not_found", "'nope'");
    assertError(http.get("/api/v1/nothing-here"), 404, "not_found", "nothing-here");
    assertError(http.delete("/api/v1/health"), 405, "method_not_allowed", "DELETE");
    String id = submit("queued.py", utf8("print(7)\n"), Map.of());
    assertError(http.get("/api/v1/builds/" + id + "/artifact"), 409, "not_ready", "QUEUED");
  }

  @Test
  void healthReportsKafkaAndObjectStorage() throws Exception {
    Http.Response r = http.get("/api/v1/health");
    assertEquals(200, r.status());
    JsonNode health = r.json();
    assertEquals("UP", health.path("status").asText());
    assertTrue(health.path("kafka").path("up").asBoolean(), health.toString());
    assertTrue(health.path("s3").path("up").asBoolean(), health.toString());
    assertTrue(health.path("eventsCaughtUp").asBoolean());
  }

  @Test
  void webUiIsServedAtTheRoot() throws Exception {
    Http.Response page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
    assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("src/app.js"));
    Http.Response module = http.get("/src/app.js");
    assertEquals(200, module.status());
    assertTrue(module.header("Content-Type").contains("javascript"), module.header("Content-Type"));
    assertEquals(404, http.get("/tests/unit").status(), "the UI's tests are not shipped");
  }

  @Test
  void openApiDocumentDescribesEveryEndpoint() throws Exception {
    Http.Response r = http.get("/api/v1/openapi.json");
    assertEquals(200, r.status());
    JsonNode paths = r.json().path("paths");
    for (String path : List.of("/api/v1/builds", "/api/v1/builds/{id}",
        "/api/v1/builds/{id}/events", "/api/v1/builds/{id}/artifact", "/api/v1/health")) {
      assertTrue(paths.has(path), "missing " + path + " in " + paths.fieldNames());
    }
    JsonNode post = paths.path("/api/v1/builds").path("post");
    JsonNode form = post.path("requestBody").path("content").path("multipart/form-data")
        .path("schema").path("properties");
    assertTrue(form.has("file"), post.toString());
    assertTrue(post.path("responses").has("202"), post.toString());
    assertTrue(paths.path("/api/v1/builds/{id}").has("delete"));
    assertTrue(paths.path("/api/v1/builds").has("get"));
  }
}
