package dev.molt.service.api.webhook;

import dev.molt.service.api.access.Secrets;
import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.records.RecordStore;
import dev.molt.service.v1.AccessRecord;
import dev.molt.service.v1.WebhookProject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Webhook projects (docs/decisions/0062): a repository, the team its builds belong to, the HMAC
 * secret its deliveries are signed with, and where commit statuses go. Kept under
 * {@code project/<id>} in the records topic, beside the tokens.
 */
public final class Projects {
  static final String KEY_PREFIX = "project/";
  static final String DEFAULT_STATUSES_API = "https://api.github.com";

  private final RecordStore records;
  private final Clock clock;

  public Projects(RecordStore records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** A new project of {@code team}, with a new secret (returned in the record, shown once). */
  public WebhookProject create(String team, String repoUrl, String statusesApiBase, String statusToken) {
    String repo = httpUrl("repo_url", repoUrl);
    String api = statusesApiBase == null || statusesApiBase.isBlank() ? DEFAULT_STATUSES_API
        : httpUrl("statuses_api_base", statusesApiBase);
    WebhookProject project = WebhookProject.newBuilder()
        .setId(UUID.randomUUID().toString())
        .setTeam(team)
        .setRepoUrl(repo)
        .setSecret(Secrets.random("whsec_"))
        .setStatusesApiBase(api.endsWith("/") ? api.substring(0, api.length() - 1) : api)
        .setStatusToken(statusToken == null ? "" : statusToken.strip())
        .setCreatedMs(clock.millis())
        .build();
    try {
      records.put(KEY_PREFIX + project.getId(), AccessRecord.newBuilder().setProject(project).build());
    } catch (InfrastructureException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, e.getMessage());
    }
    return project;
  }

  public List<WebhookProject> of(String team) {
    return all().stream().filter(p -> p.getTeam().equals(team)).toList();
  }

  public Optional<WebhookProject> get(String id) {
    return records.get(KEY_PREFIX + id).filter(AccessRecord::hasProject).map(AccessRecord::getProject);
  }

  /** The projects whose repository is one of {@code urls} (compared as {@link #normalize} does). */
  public List<WebhookProject> forRepository(Collection<String> urls) {
    Set<String> wanted = urls.stream().filter(Objects::nonNull).map(Projects::normalize)
        .filter(u -> !u.isEmpty()).collect(Collectors.toSet());
    return all().stream().filter(p -> wanted.contains(normalize(p.getRepoUrl()))).toList();
  }

  private List<WebhookProject> all() {
    return records.withPrefix(KEY_PREFIX).values().stream().filter(AccessRecord::hasProject)
        .map(AccessRecord::getProject).toList();
  }

  /**
   * One spelling per repository: host and path, lowercase, without credentials, port-less
   * defaults, a trailing "/" or ".git" ("https://GitHub.com/o/r.git" → "github.com/o/r").
   */
  static String normalize(String url) {
    try {
      URI u = new URI(url.strip());
      if (u.getHost() == null) {
        return "";
      }
      String path = u.getPath() == null ? "" : u.getPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      if (path.endsWith(".git")) {
        path = path.substring(0, path.length() - 4);
      }
      String port = u.getPort() == -1 || u.getPort() == 443 || u.getPort() == 80 ? "" : ":" + u.getPort();
      return (u.getHost() + port + path).toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * An http(s) URL, or a 400: other schemes (file:, ssh:) would let a project read the server's
   * own files or keys.
   */
  static String httpUrl(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new ApiProblem(Kind.BAD_FIELD, field + " is required");
    }
    try {
      URI u = new URI(text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new ApiProblem(Kind.BAD_FIELD, field + " must be an http:// or https:// URL, not '" + text + "'");
      }
      if (u.getUserInfo() != null) {
        throw new ApiProblem(Kind.BAD_FIELD, field + " must not carry credentials");
      }
      return u.toString();
    } catch (URISyntaxException e) {
      throw new ApiProblem(Kind.BAD_FIELD, field + " is not a URL: " + e.getMessage());
    }
  }
}
