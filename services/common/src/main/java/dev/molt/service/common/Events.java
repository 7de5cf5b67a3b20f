package dev.molt.service.common;

import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageStatus;
import java.time.Clock;
import java.util.List;

/** Builders of the build events a stage publishes, stamped with the time from one clock. */
public final class Events {
    private final Clock clock;

    public Events(Clock clock) {
        this.clock = clock;
    }

    public static Events system() {
        return new Events(Clock.systemUTC());
    }

    private BuildEvent.Builder base(String buildId) {
        return BuildEvent.newBuilder().setBuildId(buildId).setTimeMs(clock.millis());
    }

    public BuildEvent stageStarted(String buildId, Stage stage, String instance) {
        return base(buildId).setStageStarted(BuildEvent.StageStarted.newBuilder().setStage(stage).setInstance(instance))
                .build();
    }

    /** A stage that produced {@code output} (possibly found in the cache). */
    public BuildEvent stageSucceeded(String buildId, Stage stage, long durationMs, boolean cacheHit, ArtifactRef output,
                                     List<Diagnostic> warnings) {
        return base(buildId).setStageFinished(BuildEvent.StageFinished.newBuilder().setStage(stage)
                .setStatus(StageStatus.STAGE_SUCCEEDED).setDurationMs(durationMs).setCacheHit(cacheHit)
                .setOutput(output).addAllDiagnostics(warnings)).build();
    }

    /**
     * A stage that failed: with diagnostics about the program, or with {@code error} when it
     * could not run (infrastructure).
     */
    public BuildEvent stageFailed(String buildId, Stage stage, long durationMs, List<Diagnostic> diagnostics, String error) {
        return base(buildId).setStageFinished(BuildEvent.StageFinished.newBuilder().setStage(stage)
                .setStatus(StageStatus.STAGE_FAILED).setDurationMs(durationMs).addAllDiagnostics(diagnostics)
                .setError(error == null ? "" : error)).build();
    }

    public BuildEvent buildSucceeded(String buildId, ArtifactRef artifact) {
        return base(buildId).setBuildFinished(BuildEvent.BuildFinished.newBuilder().setStatus(BuildStatus.SUCCEEDED)
                .setArtifact(artifact)).build();
    }

    public BuildEvent buildFailed(String buildId, String reason) {
        return base(buildId).setBuildFinished(BuildEvent.BuildFinished.newBuilder().setStatus(BuildStatus.FAILED)
                .setReason(reason)).build();
    }
}
