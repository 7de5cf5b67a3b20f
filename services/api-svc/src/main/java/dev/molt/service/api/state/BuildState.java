package dev.molt.service.api.state;

import dev.molt.service.common.ContentKeys;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageState;
import dev.molt.service.v1.StageStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One build as folded from its events. Each {@code apply} method answers whether the event changed
 * anything; an event that changes nothing (a duplicate, a late stage event after the end) is not
 * recorded, so the event log a watcher replays holds exactly the changes.
 */
final class BuildState {
  private static final List<Stage> STAGES =
      List.of(Stage.STAGE_PARSE, Stage.STAGE_LOWER, Stage.STAGE_CODEGEN, Stage.STAGE_LINK);

  private final Build.Builder build;
  private final Map<Stage, StageState.Builder> stages = new EnumMap<>(Stage.class);
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<BuildEvent> log = new ArrayList<>();

  BuildState(BuildEvent submitted) {
    BuildEvent.Submitted s = submitted.getSubmitted();
    build = Build.newBuilder()
        .setId(submitted.getBuildId())
        .setStatus(BuildStatus.QUEUED)
        .setConfig(s.getConfig())
        .setCreatedMs(submitted.getTimeMs())
        .setTeam(s.getTeam());
    for (Stage stage : STAGES) {
      stages.put(stage, StageState.newBuilder().setStage(stage).setStatus(StageStatus.STAGE_PENDING));
    }
    log.add(submitted);
  }

  String id() {
    return build.getId();
  }

  long createdMs() {
    return build.getCreatedMs();
  }

  boolean ended() {
    return isEnd(build.getStatus());
  }

  static boolean isEnd(BuildStatus status) {
    return status == BuildStatus.SUCCEEDED || status == BuildStatus.FAILED
        || status == BuildStatus.CANCELLED;
  }

  /** The events that changed this build, oldest first. */
  List<BuildEvent> log() {
    return List.copyOf(log);
  }

  Build snapshot() {
    Build.Builder copy = build.clone().clearStages().clearDiagnostics().addAllDiagnostics(diagnostics);
    for (Stage stage : STAGES) {
      copy.addStages(stages.get(stage).build());
    }
    return copy.build();
  }

  /** Folds one event of this build (not its Submitted, which created it). */
  boolean apply(BuildEvent event) {
    if (ended()) {
      return false;  // anything after the end is late or a duplicate
    }
    boolean changed = switch (event.getKindCase()) {
      case STAGE_STARTED -> started(event.getStageStarted(), event.getTimeMs());
      case STAGE_FINISHED -> finished(event.getStageFinished(), event.getTimeMs());
      case BUILD_FINISHED -> buildFinished(event.getBuildFinished(), event.getTimeMs());
      case CANCEL_REQUESTED -> cancelled(event.getCancelRequested(), event.getTimeMs());
      case SUBMITTED, KIND_NOT_SET -> false;
    };
    if (changed) {
      log.add(event);
    }
    return changed;
  }

  private boolean started(BuildEvent.StageStarted e, long time) {
    StageState.Builder stage = stages.get(e.getStage());
    if (stage == null || stage.getStatus() != StageStatus.STAGE_PENDING) {
      return false;  // a redelivered job starting again keeps the first start
    }
    stage.setStatus(StageStatus.STAGE_RUNNING).setStartMs(time);
    build.setStatus(BuildStatus.RUNNING);
    return true;
  }

  private boolean finished(BuildEvent.StageFinished e, long time) {
    StageState.Builder stage = stages.get(e.getStage());
    boolean open = stage != null && (stage.getStatus() == StageStatus.STAGE_PENDING
        || stage.getStatus() == StageStatus.STAGE_RUNNING);
    boolean failed = e.getStatus() == StageStatus.STAGE_FAILED;
    if (!open || !(failed || e.getStatus() == StageStatus.STAGE_SUCCEEDED)) {
      return false;
    }
    if (stage.getStatus() == StageStatus.STAGE_PENDING) {
      // its StageStarted never reached us: the stage began `duration` before it ended
      stage.setStartMs(time - e.getDurationMs());
    }
    stage.setStatus(e.getStatus()).setDurationMs(e.getDurationMs()).setCacheHit(e.getCacheHit());
    diagnostics.addAll(e.getDiagnosticsList());
    build.setStatus(BuildStatus.RUNNING);
    if (failed) {
      // the stage's BuildFinished(FAILED) normally follows; ending here keeps the build from
      // hanging should that message be lost, and the later copy is then ignored
      String reason = e.getError().isEmpty()
          ? "the " + ContentKeys.stageName(e.getStage()) + " stage failed"
          : e.getError();
      end(BuildStatus.FAILED, reason, time);
    }
    return true;
  }

  private boolean buildFinished(BuildEvent.BuildFinished e, long time) {
    if (!isEnd(e.getStatus())) {
      return false;
    }
    ArtifactRef artifact = e.hasArtifact() ? e.getArtifact() : null;
    if (artifact != null) {
      build.setArtifact(artifact);
    }
    end(e.getStatus(), e.getReason(), time);
    return true;
  }

  private boolean cancelled(BuildEvent.CancelRequested e, long time) {
    String reason = e.getReason();
    if (reason.isEmpty()) {
      reason = e.getTimedOut() ? "the build timed out" : "cancelled on request";
    }
    end(e.getTimedOut() ? BuildStatus.FAILED : BuildStatus.CANCELLED, reason, time);
    return true;
  }

  private void end(BuildStatus status, String reason, long time) {
    build.setStatus(status).setReason(reason).setFinishedMs(time);
    for (StageState.Builder stage : stages.values()) {
      if (stage.getStatus() == StageStatus.STAGE_PENDING
          || stage.getStatus() == StageStatus.STAGE_RUNNING) {
        stage.setStatus(StageStatus.STAGE_SKIPPED);
      }
    }
  }
}
