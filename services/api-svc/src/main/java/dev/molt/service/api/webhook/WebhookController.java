package dev.molt.service.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.api.build.Builds;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.WebhookDelivery;
import dev.molt.service.v1.WebhookProject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The CI webhooks (docs/decisions/0062). Both are authenticated by an HMAC-SHA256 signature of the
 * raw body with a project's secret ({@code X-Hub-Signature-256}), not by a token: a missing or
 * wrong signature is 401 and builds nothing.
 * <ul>
 *   <li>{@code POST /api/v1/webhooks/github}: GitHub's {@code ping} and {@code push} events; a
 *       push builds the pushed commit and reports each build as a commit status.
 *   <li>{@code POST /api/v1/webhooks/generic}: {@code {repo_url, commit, entries?, targets?}} from
 *       any CI system; answers with the build ids.
 * </ul>
 */
@RestController
@RequestMapping(WebhookController.BASE)
class WebhookController {
  static final String BASE = "/api/v1/webhooks";
  /** GitHub caps payloads at 25 MB; a push's is far smaller. Bounded so a body cannot fill memory. */
  static final int MAX_BODY = 5 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  record BuildLink(String id, String entry, String target, String url) {}

  record Answer(String event, String project, String delivery, Boolean duplicate, String commit,
      List<BuildLink> builds, String ignored) {}

  record GenericRequest(@JsonProperty("repo_url") String repoUrl, String commit, List<String> entries,
      List<String> targets) {}

  private final Projects projects;
  private final Deliveries deliveries;
  private final WebhookBuilds webhookBuilds;
  private final CommitStatuses statuses;
  private final Builds builds;
  private final WebhookProperties properties;

  WebhookController(Projects projects, Deliveries deliveries, WebhookBuilds webhookBuilds,
      CommitStatuses statuses, Builds builds, WebhookProperties properties) {
    this.projects = projects;
    this.deliveries = deliveries;
    this.webhookBuilds = webhookBuilds;
    this.statuses = statuses;
    this.builds = builds;
    this.properties = properties;
  }

  @PostMapping("/github")
  ResponseEntity<Answer> github(HttpServletRequest request,
      @RequestParam(name = "project", required = false) String projectId,
      @RequestHeader(name = "X-GitHub-Event", required = false) String event,
      @RequestHeader(name = "X-GitHub-Delivery", required = false) String delivery,
      @RequestHeader(name = Signature.HEADER, required = false) String signature) {
    byte[] body = body(request);
    JsonNode payload = json(body);
    JsonNode repo = payload.path("repository");
    WebhookProject project = signedBy(body, signature, projectId,
        List.of(repo.path("clone_url").asText(""), repo.path("html_url").asText("")));
    String kind = event == null ? "" : event.strip();
    if (kind.equals("ping")) {
      return ResponseEntity.ok(new Answer("ping", project.getId(), delivery, null, null, null, null));
    }
    if (!kind.equals("push")) {
      return ResponseEntity.ok(new Answer(kind, project.getId(), delivery, null, null, null,
          "only push events build"));
    }
    String after = payload.path("after").asText("");
    String ref = payload.path("ref").asText("");
    if (payload.path("deleted").asBoolean(false) || after.matches("0+")) {
      return ResponseEntity.ok(new Answer(kind, project.getId(), delivery, null, after, null,
          "the push deleted " + ref));
    }
    if (delivery == null || delivery.isBlank()) {
      throw new ApiProblem(Kind.BAD_FIELD, "the X-GitHub-Delivery header is missing");
    }
    String cloneUrl = repo.path("clone_url").asText("");
    String ownerRepo = ownerRepo(repo.path("full_name").asText(""), cloneUrl);
    String base = publicUrl();
    Deliveries.Outcome outcome = deliveries.once(project.getId(), delivery.strip(), () -> {
      try {
        return record(project, delivery.strip(), after, webhookBuilds.submit(project, cloneUrl, after, ref, null, null))
            .toBuilder().setOwnerRepo(ownerRepo).setLinkBase(base).build();
      } catch (ApiProblem p) {
        statuses.error(new CommitStatuses.Commit(project, ownerRepo, after), shorten(p.getMessage()), base + "/");
        throw p;
      }
    });
    if (!outcome.duplicate()) {
      // after the delivery's record: marking it reported must not be overwritten by it
      statuses.report(project, outcome.delivery(), true, () -> deliveries.reported(outcome.delivery()));
    }
    return answer(kind, project, outcome, base);
  }

  @PostMapping("/generic")
  ResponseEntity<Answer> generic(HttpServletRequest request,
      @RequestParam(name = "project", required = false) String projectId,
      @RequestHeader(name = "X-Molt-Delivery", required = false) String delivery,
      @RequestHeader(name = Signature.HEADER, required = false) String signature) {
    byte[] body = body(request);
    GenericRequest generic;
    try {
      generic = JSON.readValue(body, GenericRequest.class);
    } catch (IOException e) {
      throw new ApiProblem(Kind.BAD_FIELD, "the body must be JSON {repo_url, commit, entries?, targets?}");
    }
    WebhookProject project = signedBy(body, signature, projectId,
        generic.repoUrl() == null ? List.of() : List.of(generic.repoUrl()));
    String repoUrl = generic.repoUrl() == null || generic.repoUrl().isBlank() ? project.getRepoUrl() : generic.repoUrl();
    String commit = generic.commit() == null ? "" : generic.commit();
    Supplier<WebhookDelivery> work = () -> record(project, delivery == null ? "" : delivery.strip(), commit,
        webhookBuilds.submit(project, repoUrl, commit, null, generic.entries(), generic.targets()));
    Deliveries.Outcome outcome = delivery == null || delivery.isBlank()
        ? new Deliveries.Outcome(work.get(), false)
        : deliveries.once(project.getId(), delivery.strip(), work);
    return answer("generic", project, outcome, publicUrl());
  }

  /** The project whose secret signed {@code body}, or 401 (the same answer whatever is wrong). */
  private WebhookProject signedBy(byte[] body, String signature, String projectId, List<String> urls) {
    List<WebhookProject> candidates = projectId != null && !projectId.isBlank()
        ? projects.get(projectId.strip()).map(List::of).orElse(List.of())
        : projects.forRepository(urls);
    return candidates.stream().filter(p -> Signature.matches(body, signature, p.getSecret())).findFirst()
        .orElseThrow(() -> new ApiProblem(Kind.UNAUTHORIZED, signature == null
            ? "the " + Signature.HEADER + " header is missing"
            : "the " + Signature.HEADER + " signature does not match a project of this repository"));
  }

  private ResponseEntity<Answer> answer(String event, WebhookProject project, Deliveries.Outcome outcome,
      String base) {
    WebhookDelivery d = outcome.delivery();
    List<BuildLink> links = new ArrayList<>();
    for (String id : d.getBuildIdsList()) {
      Build b = builds.get(id);
      links.add(new BuildLink(id, b.getConfig().getEntry(), BuildOptions.name(b.getConfig().getTarget()),
          page(base, id)));
    }
    Answer answer = new Answer(event, project.getId(), d.getId().isEmpty() ? null : d.getId(),
        outcome.duplicate(), d.getCommit(), links, null);
    return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(answer);
  }

  private static WebhookDelivery record(WebhookProject project, String delivery, String commit,
      List<Build> started) {
    return WebhookDelivery.newBuilder().setId(delivery).setProjectId(project.getId())
        .setCommit(commit.strip().toLowerCase(java.util.Locale.ROOT))
        .addAllBuildIds(started.stream().map(Build::getId).toList())
        .setTimeMs(System.currentTimeMillis()).build();
  }

  private String publicUrl() {
    return properties.publicUrl()
        .orElseGet(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
  }

  /** The build's page in the web UI. */
  static String page(String base, String id) {
    return base + "/#/builds/" + id;
  }

  /** "owner/repo": the payload's full_name, else the clone URL's path. */
  static String ownerRepo(String fullName, String cloneUrl) {
    if (!fullName.isBlank()) {
      return fullName.strip();
    }
    String path = Projects.normalize(cloneUrl);
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static String shorten(String text) {
    return text.length() <= CommitStatuses.MAX_DESCRIPTION ? text
        : text.substring(0, CommitStatuses.MAX_DESCRIPTION - 1) + "…";
  }

  private static byte[] body(HttpServletRequest request) {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new ApiProblem(Kind.TOO_LARGE, "a webhook body may hold at most " + MAX_BODY + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new ApiProblem(Kind.BAD_FIELD, "the body could not be read: " + e.getMessage());
    }
  }

  private static JsonNode json(byte[] body) {
    try {
      return Optional.ofNullable(JSON.readTree(body)).orElseThrow(() -> new IOException("empty"));
    } catch (IOException e) {
      throw new ApiProblem(Kind.BAD_FIELD, "the body is not JSON (GitHub webhooks must use content type"
          + " application/json)");
    }
  }
}
