package dev.molt.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.molt.service.v1.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Build state lives only in molt.build.events: a new api-svc process folds it back. */
class ApiRestartTest {
  @Test
  void stateIsRebuiltFromTheEventsTopicAfterARestart() throws Exception {
    String done;
    String cancelled;
    String running;
    JsonNode before;
    try (Pipeline pipeline = new Pipeline()) {
      try (ApiApp first = ApiApp.start(Map.of())) {
        Http http = first.http();
        done = submit(http, "done.py");
        cancelled = submit(http, "cancelled.py");
        running = submit(http, "running.py");
        pipeline.succeed(done, "ELF done".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, http.delete("/api/v1/builds/" + cancelled).status());
        pipeline.started(running, Stage.STAGE_PARSE);
        pipeline.succeeded(running, Stage.STAGE_PARSE, 4, false,
            dev.molt.service.v1.ArtifactRef.getDefaultInstance());
        awaitStatus(http, done, "SUCCEEDED");
        JsonNode r = awaitStatus(http, running, "RUNNING");
        while (!r.path("stages").get(0).path("status").asText().equals("SUCCEEDED")) {
          Thread.sleep(50);
          r = http.get("/api/v1/builds/" + running).json();
        }
        before = http.get("/api/v1/builds?limit=1000").json();
      }

      try (ApiApp second = ApiApp.start(Map.of())) {
        Http http = second.http();
        for (String id : List.of(done, cancelled, running)) {
          assertEquals(find(before, id), http.get("/api/v1/builds/" + id).json(),
              "build " + id + " after the restart");
        }
        assertEquals(before.path("builds").size(),
            http.get("/api/v1/builds?limit=1000").json().path("builds").size(),
            "every build is back");
        // the build that was running goes on where it was
        pipeline.started(running, Stage.STAGE_LOWER);
        JsonNode r = awaitStatus(http, running, "RUNNING");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!r.path("stages").get(1).path("status").asText().equals("RUNNING")
            && System.nanoTime() < deadline) {
          Thread.sleep(50);
          r = http.get("/api/v1/builds/" + running).json();
        }
        assertEquals("RUNNING", r.path("stages").get(1).path("status").asText());
        assertTrue(second.feed().eventsRead() > 0);
      }
    }
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode b : list.path("builds")) {
      if (b.path("id").asText().equals(id)) {
        return b;
      }
    }
    throw new AssertionError("no build " + id + " before the restart");
  }

  private static String submit(Http http, String name) throws Exception {
    Http.Response r = http.post("/api/v1/builds", name,
        ("print('" + name + "')\n").getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(202, r.status());
    return r.json().path("id").asText();
  }

  static JsonNode awaitStatus(Http http, String id, String status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode build;
    do {
      build = http.get("/api/v1/builds/" + id).json();
      if (build.path("status").asText().equals(status)) {
        return build;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("build " + id + " is not " + status + ": " + build);
  }
}
