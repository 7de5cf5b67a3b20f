package dev.molt.service.api.rest;

import dev.molt.service.api.build.ArtifactFile;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageState;
import dev.molt.service.v1.StageStatus;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of the REST API (records, so springdoc derives the OpenAPI schemas from the same
 * types Jackson writes) and their mapping from the protobuf messages.
 */
final class Views {
  private Views() {}

  static final String BASE = "/api/v1/builds";

  record Links(String self, String events, String artifact) {
    static Links of(String id) {
      return new Links(BASE + "/" + id, BASE + "/" + id + "/events", BASE + "/" + id + "/artifact");
    }
  }

  /** The answer to a submission: {@code 202} with where to look next. */
  record Submitted(String id, String status, Links links) {}

  record StageView(String name, String status, Long startMs, long durationMs, boolean cacheHit) {}

  record DiagnosticView(String kind, String message, String filename, int line, int column,
      int endLine, int endColumn, String sourceLine, String rendered) {}

  record ArtifactView(String sha256, long size, String filename, String download) {}

  record BuildView(String id, String status, String entry, String target, String opt,
      String uploadName, long createdMs, Long finishedMs, List<StageView> stages,
      List<DiagnosticView> diagnostics, ArtifactView artifact, String reason, Links links) {}

  record BuildList(List<BuildView> builds) {}

  /** One Server-Sent Event's data: a change of the build, named like its protobuf kind. */
  record EventView(String buildId, long timeMs, String kind, String stage, String status,
      Long durationMs, Boolean cacheHit, List<DiagnosticView> diagnostics, String error,
      String reason) {}

  /** Every error answer: a stable word and a sentence. */
  record ApiError(String error, String reason) {}

  static BuildView build(Build b) {
    ArtifactView artifact = b.getStatus() == BuildStatus.SUCCEEDED && b.hasArtifact()
        ? new ArtifactView(b.getArtifact().getSha256(), b.getArtifact().getSize(),
            ArtifactFile.name(b.getConfig()), Links.of(b.getId()).artifact())
        : null;
    return new BuildView(b.getId(), b.getStatus().name(), b.getConfig().getEntry(),
        BuildOptions.name(b.getConfig().getTarget()), BuildOptions.name(b.getConfig().getOpt()),
        b.getConfig().getUploadName(), b.getCreatedMs(),
        b.getFinishedMs() == 0 ? null : b.getFinishedMs(),
        b.getStagesList().stream().map(Views::stage).toList(),
        b.getDiagnosticsList().stream().map(Views::diagnostic).toList(), artifact,
        b.getReason().isEmpty() ? null : b.getReason(), Links.of(b.getId()));
  }

  static StageView stage(StageState s) {
    return new StageView(stageName(s.getStage()), stageStatus(s.getStatus()),
        s.getStartMs() == 0 ? null : s.getStartMs(), s.getDurationMs(), s.getCacheHit());
  }

  static DiagnosticView diagnostic(Diagnostic d) {
    return new DiagnosticView(d.getKind(), d.getMessage(), d.getFilename(), d.getLine(),
        d.getColumn(), d.getEndLine(), d.getEndColumn(), d.getSourceLine(), d.getRendered());
  }

  static EventView event(BuildEvent e) {
    String kind = e.getKindCase().name().toLowerCase(Locale.ROOT);
    return switch (e.getKindCase()) {
      case STAGE_STARTED -> new EventView(e.getBuildId(), e.getTimeMs(), kind,
          stageName(e.getStageStarted().getStage()), "RUNNING", null, null, null, null, null);
      case STAGE_FINISHED -> {
        BuildEvent.StageFinished f = e.getStageFinished();
        yield new EventView(e.getBuildId(), e.getTimeMs(), kind, stageName(f.getStage()),
            stageStatus(f.getStatus()), f.getDurationMs(), f.getCacheHit(),
            f.getDiagnosticsList().stream().map(Views::diagnostic).toList(),
            f.getError().isEmpty() ? null : f.getError(), null);
      }
      case BUILD_FINISHED -> new EventView(e.getBuildId(), e.getTimeMs(), kind, null,
          e.getBuildFinished().getStatus().name(), null, null, null, null,
          e.getBuildFinished().getReason().isEmpty() ? null : e.getBuildFinished().getReason());
      case CANCEL_REQUESTED -> new EventView(e.getBuildId(), e.getTimeMs(), kind, null,
          e.getCancelRequested().getTimedOut() ? "FAILED" : "CANCELLED", null, null, null, null,
          e.getCancelRequested().getReason().isEmpty() ? null : e.getCancelRequested().getReason());
      case SUBMITTED -> new EventView(e.getBuildId(), e.getTimeMs(), kind, null, "QUEUED", null,
          null, null, null, null);
      case KIND_NOT_SET -> new EventView(e.getBuildId(), e.getTimeMs(), kind, null, null, null,
          null, null, null, null);
    };
  }

  /** "parse", "lower", "codegen", "link": the names of the topics and keys too. */
  static String stageName(Stage stage) {
    return ContentKeys.stageName(stage);
  }

  /** "PENDING", "RUNNING", "SUCCEEDED", "FAILED", "SKIPPED". */
  static String stageStatus(StageStatus status) {
    return status.name().substring("STAGE_".length());
  }
}
