package dev.molt.service.api.webhook;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.records.RecordStore;
import dev.molt.service.v1.AccessRecord;
import dev.molt.service.v1.WebhookDelivery;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook deliveries acted on, by delivery id, kept under {@code delivery/<project>/<id>} in the
 * records topic so that a redelivery after a restart is still recognised. A delivery being worked
 * on is held in memory too, so two copies arriving together build once.
 */
final class Deliveries {
  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
  static final String KEY_PREFIX = "delivery/";

  private final RecordStore records;
  private final Set<String> inFlight = new HashSet<>();

  Deliveries(RecordStore records) {
    this.records = records;
  }

  /** The outcome of a delivery: run now, or the earlier delivery with the same id. */
  record Outcome(WebhookDelivery delivery, boolean duplicate) {}

  /**
   * Runs {@code work} once per delivery id and project: a delivery seen before (or being worked on
   * now) returns its earlier record, marked duplicate. Nothing is recorded when {@code work} throws,
   * so a redelivery of a failed delivery tries again.
   */
  Outcome once(String projectId, String deliveryId, Supplier<WebhookDelivery> work) {
    String key = key(projectId, deliveryId);
    synchronized (inFlight) {
      Optional<AccessRecord> seen = records.get(key);
      if (seen.isPresent()) {
        return new Outcome(seen.get().getDelivery(), true);
      }
      if (!inFlight.add(key)) {
        return new Outcome(WebhookDelivery.newBuilder().setId(deliveryId).setProjectId(projectId).build(), true);
      }
    }
    try {
      WebhookDelivery done = work.get();
      records.put(key, AccessRecord.newBuilder().setDelivery(done).build());
      return new Outcome(done, false);
    } catch (InfrastructureException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, e.getMessage());
    } finally {
      synchronized (inFlight) {
        inFlight.remove(key);
      }
    }
  }

  /**
   * Notes that every build of {@code delivery} has its final commit status. If that cannot be
   * written, the next start posts the results again, which is harmless: for GitHub the latest
   * status of a context wins.
   */
  void reported(WebhookDelivery delivery) {
    try {
      records.put(key(delivery.getProjectId(), delivery.getId()),
          AccessRecord.newBuilder().setDelivery(delivery.toBuilder().setReported(true)).build());
    } catch (InfrastructureException e) {
      log.warn("delivery {} stays marked unreported: {}", delivery.getId(), e.getMessage());
    }
  }

  /** Deliveries whose commit statuses are not all posted (the instance posting them stopped). */
  List<WebhookDelivery> unreported() {
    return records.withPrefix(KEY_PREFIX).values().stream().filter(AccessRecord::hasDelivery)
        .map(AccessRecord::getDelivery).filter(d -> !d.getOwnerRepo().isEmpty() && !d.getReported()).toList();
  }

  private static String key(String projectId, String deliveryId) {
    return KEY_PREFIX + projectId + "/" + deliveryId;
  }
}
