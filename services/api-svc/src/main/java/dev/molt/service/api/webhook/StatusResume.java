package dev.molt.service.api.webhook;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.BuildEventFeed;
import dev.molt.service.v1.WebhookDelivery;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Picks up the commit statuses an earlier api-svc did not finish posting (it stopped while the
 * builds ran): once the build state has been read back from the events topic, every delivery not
 * marked reported has its builds followed again, and their results are posted (docs/decisions/0062).
 */
@Component
class StatusResume {
  private static final Logger log = LoggerFactory.getLogger(StatusResume.class);
  private static final Duration CATCH_UP = Duration.ofMinutes(5);

  private final Deliveries deliveries;
  private final Projects projects;
  private final CommitStatuses statuses;
  private final BuildEventFeed feed;

  StatusResume(Deliveries deliveries, Projects projects, CommitStatuses statuses, BuildEventFeed feed) {
    this.deliveries = deliveries;
    this.projects = projects;
    this.statuses = statuses;
    this.feed = feed;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    Thread thread = new Thread(this::run, "molt-status-resume");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      if (!feed.awaitCaughtUp(CATCH_UP)) {
        log.warn("build events not read within {}: unfinished commit statuses are not resumed", CATCH_UP);
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (WebhookDelivery d : deliveries.unreported()) {
      projects.get(d.getProjectId()).ifPresent(project -> {
        try {
          statuses.report(project, d, false, () -> deliveries.reported(d));
          log.info("resumed the commit statuses of delivery {} ({} builds)", d.getId(), d.getBuildIdsCount());
        } catch (ApiProblem e) {
          log.warn("cannot resume the commit statuses of delivery {}: {}", d.getId(), e.getMessage());
        }
      });
    }
  }
}
