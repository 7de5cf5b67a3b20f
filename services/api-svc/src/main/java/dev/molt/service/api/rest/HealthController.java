package dev.molt.service.api.rest;

import dev.molt.service.api.build.BuildEventFeed;
import dev.molt.service.api.build.HealthProbe;
import dev.molt.service.api.build.HealthProbe.Check;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/health}: 200 when Kafka and object storage answer, 503 with details if not. */
@RestController
class HealthController {
  record Health(String status, Check kafka, Check s3, boolean eventsCaughtUp) {}

  private final HealthProbe probe;
  private final BuildEventFeed feed;

  HealthController(HealthProbe probe, BuildEventFeed feed) {
    this.probe = probe;
    this.feed = feed;
  }

  @GetMapping("/api/v1/health")
  ResponseEntity<Health> health() {
    Check kafka = probe.kafka();
    Check s3 = probe.s3();
    boolean up = kafka.up() && s3.up();
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(new Health(up ? "UP" : "DOWN", kafka, s3, feed.isCaughtUp()));
  }
}
