package dev.molt.service.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.molt.service.api.access.Caller;
import dev.molt.service.v1.WebhookProject;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/projects}: a team registers a repository for webhook builds and gets the HMAC
 * secret once; listing shows the team's projects without their secrets.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {
  record ProjectRequest(@JsonProperty("repo_url") String repoUrl,
      @JsonProperty("statuses_api_base") String statusesApiBase,
      @JsonProperty("status_token") String statusToken) {}

  /** Where to send deliveries; {@code ?project=} picks the project without matching its URL. */
  record Hooks(String github, String generic) {}

  record ProjectView(String id, String team, @JsonProperty("repo_url") String repoUrl,
      @JsonProperty("statuses_api_base") String statusesApiBase,
      @JsonProperty("has_status_token") boolean hasStatusToken,
      @JsonProperty("created_ms") long createdMs, Hooks webhooks,
      @JsonProperty("secret") String secret) {}

  record ProjectList(List<ProjectView> projects) {}

  private final Projects projects;

  ProjectController(Projects projects) {
    this.projects = projects;
  }

  /** Registers a repository; the answer holds the webhook secret, which is never shown again. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ProjectView> create(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @RequestBody ProjectRequest request) {
    WebhookProject p = projects.create(team, request.repoUrl(), request.statusesApiBase(), request.statusToken());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(p, p.getSecret()));
  }

  @GetMapping
  ProjectList list(@RequestAttribute(Caller.ATTRIBUTE) String team) {
    return new ProjectList(projects.of(team).stream().map(p -> view(p, null)).toList());
  }

  static ProjectView view(WebhookProject p, String secret) {
    String query = "?project=" + p.getId();
    return new ProjectView(p.getId(), p.getTeam(), p.getRepoUrl(), p.getStatusesApiBase(),
        !p.getStatusToken().isEmpty(), p.getCreatedMs(),
        new Hooks(WebhookController.BASE + "/github" + query, WebhookController.BASE + "/generic" + query),
        secret);
  }
}
