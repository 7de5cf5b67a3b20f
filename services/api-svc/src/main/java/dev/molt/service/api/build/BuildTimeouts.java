package dev.molt.service.api.build;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@code molt.build.timeout}: a few times per timeout period, builds older than it are
 * ended. Not before the event feed has caught up, or a build whose end is still unread in the
 * topic would be timed out by mistake after a restart.
 */
public final class BuildTimeouts implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BuildTimeouts.class);

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "molt-build-timeouts");
    t.setDaemon(true);
    return t;
  });

  public BuildTimeouts(Builds builds, BuildEventFeed feed, Duration timeout) {
    long period = Math.max(100, Math.min(timeout.toMillis() / 10, 5_000));
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        if (feed.isCaughtUp()) {
          int expired = builds.expire(timeout);
          if (expired > 0) {
            log.info("{} build(s) timed out after {}", expired, Builds.describe(timeout));
          }
        }
      } catch (RuntimeException e) {
        log.warn("could not enforce build timeouts: {}", e.getMessage());  // next round retries
      }
    }, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
