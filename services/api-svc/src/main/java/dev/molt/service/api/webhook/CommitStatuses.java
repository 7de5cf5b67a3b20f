package dev.molt.service.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.api.build.Builds;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.WebhookDelivery;
import dev.molt.service.v1.WebhookProject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports builds as commit statuses: {@code POST {api}/repos/{owner}/{repo}/statuses/{sha}} with
 * state, description, target_url and context, the GitHub statuses API (docs/decisions/0062).
 * {@code pending} when a build is queued, then {@code success}, {@code failure} (the program has
 * an error: the first diagnostic) or {@code error} (cancelled, timed out, infrastructure).
 * One thread posts in order, so a build's final state never overtakes its pending one.
 */
final class CommitStatuses implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CommitStatuses.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** GitHub refuses longer descriptions. */
  static final int MAX_DESCRIPTION = 140;
  private static final int ATTEMPTS = 3;

  /** Where one commit's statuses go. */
  record Commit(WebhookProject project, String ownerRepo, String sha) {}

  private final Builds builds;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ExecutorService poster = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "molt-commit-statuses");
    t.setDaemon(true);
    return t;
  });

  CommitStatuses(Builds builds) {
    this.builds = builds;
  }

  /**
   * Reports every build of a delivery: {@code pending} now (when {@code fresh}; a resumed delivery
   * has had it), then each build's result when it ends. Once every result has been accepted by the
   * statuses API, {@code allReported} runs (a delivery whose results were not all posted is
   * resumed by the next start, see {@link StatusResume}).
   */
  void report(WebhookProject project, WebhookDelivery delivery, boolean fresh, Runnable allReported) {
    Commit commit = new Commit(project, delivery.getOwnerRepo(), delivery.getCommit());
    AtomicInteger left = new AtomicInteger(delivery.getBuildIdsCount());
    for (String id : delivery.getBuildIdsList()) {
      String context = context(builds.get(id));
      String link = WebhookController.page(delivery.getLinkBase(), id);
      if (fresh) {
        poster.execute(() -> post(commit, "pending", "queued on molt", link, context));
      }
      builds.follow(project.getTeam(), id, (event, last) -> {
        if (last) {  // called under the build book's lock: only hand the work on
          poster.execute(() -> {
            Build done = builds.get(id);
            if (post(commit, state(done), description(done), link, context) && left.decrementAndGet() == 0) {
              allReported.run();
            }
          });
        }
      });
    }
  }

  /** "molt/app.py/native": one status line per entry and target. */
  static String context(Build build) {
    return "molt/" + build.getConfig().getEntry() + "/" + BuildOptions.name(build.getConfig().getTarget());
  }

  /** A status not tied to a build (the commit could not be fetched, molt.toml is wrong). */
  void error(Commit commit, String description, String targetUrl) {
    poster.execute(() -> post(commit, "error", description, targetUrl, "molt"));
  }

  static String state(Build build) {
    if (build.getStatus() == BuildStatus.SUCCEEDED) {
      return "success";
    }
    return build.getStatus() == BuildStatus.FAILED && build.getDiagnosticsCount() > 0 ? "failure" : "error";
  }

  static String description(Build build) {
    String text;
    if (build.getStatus() == BuildStatus.SUCCEEDED) {
      text = String.format(Locale.ROOT, "build succeeded in %.1f s",
          (build.getFinishedMs() - build.getCreatedMs()) / 1000.0);
    } else if (build.getDiagnosticsCount() > 0) {
      text = summary(build.getDiagnostics(0));
    } else {
      text = "build " + build.getStatus().name().toLowerCase(Locale.ROOT)
          + (build.getReason().isEmpty() ? "" : ": " + build.getReason());
    }
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }

  /** "app.py:3: SyntaxError: '(' was never closed". */
  static String summary(Diagnostic d) {
    String where = d.getFilename().isEmpty() ? "" : d.getFilename() + (d.getLine() > 0 ? ":" + d.getLine() : "") + ": ";
    // some messages already start with their kind ("unsupported: ...")
    String what = d.getKind().isEmpty() || d.getMessage().startsWith(d.getKind() + ":") ? d.getMessage()
        : d.getKind() + ": " + d.getMessage();
    return where + what;
  }

  /** Whether the statuses API accepted the status (a refusal is final, so it counts as done too). */
  private boolean post(Commit commit, String state, String description, String targetUrl, String context) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("state", state);
    body.put("target_url", targetUrl);
    body.put("description", description);
    body.put("context", context);
    URI uri = URI.create(commit.project().getStatusesApiBase() + "/repos/" + commit.ownerRepo() + "/statuses/"
        + commit.sha());
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
            .header("Accept", "application/vnd.github+json")
            .header("Content-Type", "application/json")
            .header("User-Agent", "molt-api-svc")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (!commit.project().getStatusToken().isEmpty()) {
          request.header("Authorization", "Bearer " + commit.project().getStatusToken());
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
          return true;
        }
        log.warn("commit status {} for {} answered HTTP {} (attempt {})", state, uri, response.statusCode(), attempt);
        if (response.statusCode() / 100 == 4) {
          return true;  // refused (bad token, unknown repository): retrying will not help
        }
      } catch (IOException e) {
        log.warn("commit status {} for {} failed (attempt {}): {}", state, uri, attempt, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      try {
        Thread.sleep(500L << attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  @Override
  public void close() {
    poster.shutdownNow();
  }
}
