package dev.molt.service.api.webhook;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.api.build.Builds;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.WebhookProject;
import java.util.ArrayList;
import java.util.List;

/**
 * What a webhook delivery builds: one build per entry and target of {@code molt.toml} (or of the
 * request), all from one upload, the commit's {@code .py} files, for the project's team.
 */
final class WebhookBuilds {
  private final RepoFetcher fetcher;
  private final Builds builds;

  WebhookBuilds(RepoFetcher fetcher, Builds builds) {
    this.fetcher = fetcher;
    this.builds = builds;
  }

  /**
   * Fetches {@code commit} and submits its builds. {@code entries} and {@code targets} override
   * the commit's {@code molt.toml} when not empty; without both, the file must exist.
   *
   * @return the builds, entry by entry, each entry's targets in order
   */
  List<Build> submit(WebhookProject project, String cloneUrl, String commit, String ref, List<String> entries,
      List<String> targets) {
    RepoFetcher.Snapshot snapshot = fetcher.fetch(cloneUrl, commit, ref);
    MoltToml plan = plan(snapshot, entries, targets);
    for (String entry : plan.entries()) {
      if (!snapshot.files().containsKey(entry)) {
        throw new ApiProblem(Kind.BAD_ARCHIVE, "entry " + entry + " is not a file of commit "
            + snapshot.commit().substring(0, 12));
      }
    }
    byte[] upload = SourceZip.of(snapshot.files());
    String name = repositoryName(cloneUrl) + "-" + snapshot.commit().substring(0, 12) + ".zip";
    List<Build> started = new ArrayList<>();
    for (String entry : plan.entries()) {
      for (String target : plan.targets()) {
        started.add(builds.submit(project.getTeam(), name, upload, entry, BuildOptions.target(target),
            BuildOptions.opt(plan.opt())));
      }
    }
    return started;
  }

  private static MoltToml plan(RepoFetcher.Snapshot snapshot, List<String> entries, List<String> targets) {
    byte[] toml = snapshot.files().get(MoltToml.FILE);
    boolean given = entries != null && !entries.isEmpty();
    if (toml == null && !given) {
      throw new ApiProblem(Kind.BAD_ARCHIVE, "commit " + snapshot.commit().substring(0, 12)
          + " has no " + MoltToml.FILE + " at its root, so there is nothing to build");
    }
    MoltToml file = toml == null ? null : MoltToml.parse(toml);
    List<String> e = given ? entries : file.entries();
    List<String> t = targets != null && !targets.isEmpty() ? targets
        : file != null ? file.targets() : List.of("native");
    return MoltToml.of(e, t, file != null ? file.opt() : "O2");
  }

  /** "app" for https://host/owner/app.git. */
  static String repositoryName(String url) {
    String path = Projects.normalize(url);
    String name = path.substring(path.lastIndexOf('/') + 1);
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() ? "repository" : safe;
  }
}
