package dev.molt.service.api.build;

import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.api.state.BuildBook;
import dev.molt.service.api.state.BuildListener;
import dev.molt.service.common.ArtifactStore;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.EventPublisher;
import dev.molt.service.common.InfrastructureException;
import dev.molt.service.upload.UploadArchive;
import dev.molt.service.upload.UploadLimits;
import dev.molt.service.upload.UploadRefused;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageJob;
import dev.molt.service.v1.Target;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The front door's operations, shared by REST and gRPC: submit, look up, follow, cancel, download,
 * and the per-build timeout. State is read from the {@link BuildBook}; every change is an event
 * published to Kafka first and then applied to the book, so the answer already shows it and the
 * copy read back from the topic changes nothing.
 */
public final class Builds {
  private final BuildBook book;
  private final ArtifactStore store;
  private final EventPublisher publisher;
  private final UploadLimits limits;
  private final Clock clock;

  public Builds(BuildBook book, ArtifactStore store, EventPublisher publisher, UploadLimits limits,
      Clock clock) {
    this.book = book;
    this.store = store;
    this.publisher = publisher;
    this.limits = limits;
    this.clock = clock;
  }

  public UploadLimits limits() {
    return limits;
  }

  /**
   * Checks an upload, stores it under {@code uploads/<sha256>}, and queues the build: a
   * {@code Submitted} event, then the parse job (in that order, so the fold never sees a stage
   * event before the build exists).
   */
  public Build submit(String team, String filename, byte[] content, String entry, Target target,
      OptLevel opt) {
    UploadArchive upload;
    String entryPath;
    try {
      upload = UploadArchive.read(filename, content, limits);
      entryPath = upload.entry(entry);
    } catch (UploadRefused refused) {
      throw ApiProblem.of(refused);
    }
    BuildConfig config = BuildConfig.newBuilder().setTarget(target).setOpt(opt).setEntry(entryPath)
        .setUploadName(upload.name()).build();
    String id = UUID.randomUUID().toString();
    try {
      ArtifactRef stored = store.put(ContentKeys.uploadKey(ContentKeys.sha256(content)), content);
      BuildEvent submitted = BuildEvent.newBuilder().setBuildId(id).setTimeMs(clock.millis())
          .setSubmitted(BuildEvent.Submitted.newBuilder().setConfig(config).setUpload(stored)
              .setTeam(team))
          .build();
      publisher.event(submitted);
      book.apply(submitted);
      publisher.job(StageJob.newBuilder().setBuildId(id).setStage(Stage.STAGE_PARSE)
          .setConfig(config).setInput(stored).setAttempt(1).build());
    } catch (InfrastructureException e) {
      throw unavailable(e);
    }
    return get(id);
  }

  /** Any team's build: for the server's own use (webhook statuses), never for a client. */
  public Build get(String id) {
    return book.get(id).orElseThrow(() -> ApiProblem.unknownBuild(id));
  }

  /**
   * A build of {@code team}; another team's build is answered exactly like a missing one, so ids
   * of other teams' builds cannot be probed (docs/decisions/0061).
   */
  public Build get(String team, String id) {
    Build build = get(id);
    if (!build.getTeam().equals(team)) {
      throw ApiProblem.unknownBuild(id);
    }
    return build;
  }

  /** Up to {@code limit} (1–1000, default 50 when 0) of {@code team}'s builds, newest first. */
  public List<Build> recent(String team, int limit) {
    if (limit < 0 || limit > 1000) {
      throw new ApiProblem(Kind.BAD_FIELD, "limit must be between 1 and 1000, not " + limit);
    }
    return book.recent(limit == 0 ? 50 : limit, b -> b.getTeam().equals(team));
  }

  /** Replays the build's events to {@code listener}, then follows it; returns how to stop. */
  public Runnable follow(String team, String id, BuildListener listener) {
    get(team, id);  // a build's team never changes: checking first is enough
    return book.follow(id, listener).orElseThrow(() -> ApiProblem.unknownBuild(id));
  }

  /** Cancels a build that has not ended; a build that has ended is returned as it is. */
  public Build cancel(String team, String id) {
    Build build = get(team, id);
    if (!BuildBook.isEnd(build.getStatus())) {
      publishCancel(id, false, "cancelled on request");
    }
    return get(id);
  }

  /** The artifact of a build that succeeded. */
  public Download download(String team, String id) {
    Build build = get(team, id);
    if (build.getStatus() != BuildStatus.SUCCEEDED || !build.hasArtifact()) {
      throw new ApiProblem(Kind.NOT_READY, "build " + id + " is " + build.getStatus()
          + "; only a SUCCEEDED build has an artifact");
    }
    try {
      return new Download(build, store.get(build.getArtifact()));
    } catch (InfrastructureException e) {
      throw unavailable(e);
    }
  }

  /** A build and its artifact's bytes. */
  public record Download(Build build, byte[] bytes) {
    public String filename() {
      return ArtifactFile.name(build.getConfig());
    }
  }

  /**
   * Ends every build not finished {@code timeout} after its submission, with a
   * {@code CancelRequested(timed_out)} so the stage services drop its jobs too.
   *
   * @return how many builds timed out
   */
  public int expire(Duration timeout) {
    List<String> overdue = book.overdue(clock.millis(), timeout.toMillis());
    for (String id : overdue) {
      publishCancel(id, true, "timed out after " + describe(timeout));
    }
    return overdue.size();
  }

  private void publishCancel(String id, boolean timedOut, String reason) {
    BuildEvent cancel = BuildEvent.newBuilder().setBuildId(id).setTimeMs(clock.millis())
        .setCancelRequested(BuildEvent.CancelRequested.newBuilder().setTimedOut(timedOut)
            .setReason(reason))
        .build();
    try {
      publisher.event(cancel);
    } catch (InfrastructureException e) {
      throw unavailable(e);
    }
    book.apply(cancel);
  }

  static String describe(Duration d) {
    if (d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + "m";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  private static ApiProblem unavailable(InfrastructureException e) {
    return new ApiProblem(Kind.UNAVAILABLE, e.getMessage());
  }
}
