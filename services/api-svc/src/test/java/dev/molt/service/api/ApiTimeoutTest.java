package dev.molt.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.molt.service.v1.BuildEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** molt.build.timeout: a build that has not ended in time fails, and the stages are told. */
class ApiTimeoutTest {
  @Test
  void overdueBuildFailsWithTheTimeoutAsReason() throws Exception {
    try (ApiApp app = ApiApp.start(Map.of("molt.build.timeout", "2s"));
        Pipeline pipeline = new Pipeline()) {
      Http http = app.http();
      long t0 = System.nanoTime();
      Http.Response r = http.post("/api/v1/builds", "stuck.py",
          "print('never built')\n".getBytes(StandardCharsets.UTF_8), Map.of());
      String id = r.json().path("id").asText();
      JsonNode build = ApiRestartTest.awaitStatus(http, id, "FAILED");
      long waitedMs = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(waitedMs >= 1900, "not before the timeout: " + waitedMs + " ms");
      assertEquals("timed out after 2s", build.path("reason").asText());
      assertEquals("SKIPPED", build.path("stages").get(0).path("status").asText());
      List<BuildEvent> events = pipeline.events(id,
          l -> l.stream().anyMatch(BuildEvent::hasCancelRequested));
      BuildEvent cancel = events.stream().filter(BuildEvent::hasCancelRequested).findFirst()
          .orElseThrow();
      assertTrue(cancel.getCancelRequested().getTimedOut());
    }
  }
}
