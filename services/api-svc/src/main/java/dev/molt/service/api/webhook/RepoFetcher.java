package dev.molt.service.api.webhook;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.upload.UploadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one commit of a repository with JGit into a temporary bare repository and reads the
 * files a build needs from its tree: {@code molt.toml} and the {@code .py} files (regular files
 * only; links and submodules are skipped). Nothing is checked out, so no path of the repository
 * ever becomes a path on this host. The fetch is shallow where the transport allows it, stopped
 * when the repository on disk outgrows {@code maxRepoBytes} or takes longer than {@code timeout},
 * and the temporary folder is removed afterwards.
 */
public final class RepoFetcher {
  private static final Logger log = LoggerFactory.getLogger(RepoFetcher.class);
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private final long maxRepoBytes;
  private final Duration timeout;
  private final UploadLimits limits;

  /** A commit's files, by path from the repository root. */
  public record Snapshot(String commit, Map<String, byte[]> files) {}

  public RepoFetcher(long maxRepoBytes, Duration timeout, UploadLimits limits) {
    this.maxRepoBytes = maxRepoBytes;
    this.timeout = timeout;
    this.limits = limits;
  }

  /** The commit's files; {@code ref} ("refs/heads/main", may be null) names where to find it. */
  public Snapshot fetch(String cloneUrl, String commit, String ref) {
    String sha = commit == null ? "" : commit.strip().toLowerCase(java.util.Locale.ROOT);
    if (!COMMIT.matcher(sha).matches()) {
      throw new ApiProblem(Kind.BAD_FIELD, "commit must be a full hex commit id, not '" + commit + "'");
    }
    String url = Projects.httpUrl("the repository URL", cloneUrl);
    Path dir;
    try {
      dir = Files.createTempDirectory("molt-fetch-");
    } catch (IOException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, "no room for a temporary repository: " + e.getMessage());
    }
    try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).call()) {
      Repository repo = git.getRepository();
      List<RefSpec> specs = new ArrayList<>();
      specs.add(new RefSpec(ref != null && ref.startsWith("refs/")
          ? "+" + ref + ":refs/molt/fetched" : "+refs/heads/*:refs/molt/heads/*"));
      if (!fetched(git, dir, url, specs, true) && !has(repo, sha)) {
        fetched(git, dir, url, specs, false);  // the transport cannot fetch shallow: fetch it all
      }
      if (!has(repo, sha)) {
        // the branch moved on since the push: ask for the commit itself (smart servers allow it)
        fetched(git, dir, url, List.of(new RefSpec("+" + sha + ":refs/molt/commit")), false);
      }
      if (!has(repo, sha)) {
        throw new ApiProblem(Kind.BAD_ARCHIVE, "commit " + sha + " is not in " + url);
      }
      return new Snapshot(sha, files(repo, sha));
    } catch (GitAPIException | JGitInternalException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, "cannot read " + url + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ApiProblem(Kind.UNAVAILABLE, "cannot read the fetched repository: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  /**
   * One fetch; answers false when it failed for a reason worth another try (a shallow fetch the
   * transport refuses, an unknown ref), throws when the repository is too large or too slow.
   */
  private boolean fetched(Git git, Path dir, String url, List<RefSpec> specs, boolean shallow) {
    Limit limit = new Limit(dir, maxRepoBytes, System.nanoTime() + timeout.toNanos());
    try {
      var fetch = git.fetch().setRemote(url).setRefSpecs(specs).setTagOpt(TagOpt.NO_TAGS)
          .setTimeout((int) Math.max(1, timeout.toSeconds())).setProgressMonitor(limit);
      if (shallow) {
        fetch.setDepth(1);
      }
      fetch.call();
      return true;
    } catch (GitAPIException | JGitInternalException | UnsupportedOperationException e) {
      if (limit.tooLarge) {
        throw new ApiProblem(Kind.TOO_LARGE, url + " is larger than " + maxRepoBytes + " bytes");
      }
      if (limit.tooSlow) {
        throw new ApiProblem(Kind.UNAVAILABLE, "fetching " + url + " took longer than " + timeout.toSeconds() + " s");
      }
      log.info("{} fetch of {} {} failed, trying another way: {}", shallow ? "a shallow" : "a", url, specs,
          e.getMessage());
      return false;
    }
  }

  private static boolean has(Repository repo, String sha) {
    try (RevWalk walk = new RevWalk(repo)) {
      walk.parseCommit(ObjectId.fromString(sha));
      return true;
    } catch (MissingObjectException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private Map<String, byte[]> files(Repository repo, String sha) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(sha));
      tree.addTree(c.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        FileMode mode = tree.getFileMode(0);
        String path = tree.getPathString();
        boolean wanted = path.equals(MoltToml.FILE) || path.endsWith(".py");
        if (!wanted || !(mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)) {
          continue;
        }
        if (files.size() >= limits.maxFiles()) {
          throw new ApiProblem(Kind.TOO_LARGE, "the commit has more than " + limits.maxFiles() + " Python files");
        }
        ObjectLoader object = repo.open(tree.getObjectId(0));
        total += object.getSize();
        if (total > limits.maxBytes()) {
          throw new ApiProblem(Kind.TOO_LARGE, "the commit's Python files hold more than " + limits.maxBytes() + " bytes");
        }
        files.put(path, object.getBytes());
      }
    }
    return files;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless; the next start of the JVM's temp cleaner takes it
    }
  }

  /** Cancels a fetch whose repository grows too large or that runs too long. */
  private static final class Limit implements ProgressMonitor {
    private static final long CHECK_EVERY_NANOS = 200_000_000L;
    private final Path dir;
    private final long maxBytes;
    private final long deadline;
    private long nextCheck;
    volatile boolean tooLarge;
    volatile boolean tooSlow;

    Limit(Path dir, long maxBytes, long deadline) {
      this.dir = dir;
      this.maxBytes = maxBytes;
      this.deadline = deadline;
    }

    @Override
    public boolean isCancelled() {
      long now = System.nanoTime();
      if (now - deadline > 0) {
        tooSlow = true;
      } else if (now - nextCheck > 0) {
        nextCheck = now + CHECK_EVERY_NANOS;
        tooLarge = size() > maxBytes;
      }
      return tooLarge || tooSlow;
    }

    private long size() {
      try (Stream<Path> paths = Files.walk(dir)) {
        return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      } catch (IOException | UncheckedIOException e) {
        return 0;
      }
    }

    @Override
    public void start(int totalTasks) {}

    @Override
    public void beginTask(String title, int totalWork) {}

    @Override
    public void update(int completed) {}

    @Override
    public void endTask() {}

    @Override
    public void showDuration(boolean enabled) {}
  }
}
