package dev.molt.service.api.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageState;
import dev.molt.service.v1.StageStatus;
import dev.molt.service.v1.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildBookTest {
  private static final ArtifactRef EXE =
      ArtifactRef.newBuilder().setBucket("molt").setKey("link/abc").setSha256("abc").setSize(42).build();

  static BuildEvent submitted(String id, long t) {
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t)
        .setSubmitted(BuildEvent.Submitted.newBuilder()
            .setConfig(BuildConfig.newBuilder().setEntry("app.py").setTarget(Target.TARGET_NATIVE)))
        .build();
  }

  static BuildEvent started(String id, long t, Stage stage) {
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t)
        .setStageStarted(BuildEvent.StageStarted.newBuilder().setStage(stage).setInstance("i1"))
        .build();
  }

  static BuildEvent finished(String id, long t, Stage stage, long ms, boolean hit) {
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t)
        .setStageFinished(BuildEvent.StageFinished.newBuilder().setStage(stage)
            .setStatus(StageStatus.STAGE_SUCCEEDED).setDurationMs(ms).setCacheHit(hit))
        .build();
  }

  static BuildEvent failedStage(String id, long t, Stage stage, Diagnostic diagnostic) {
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t)
        .setStageFinished(BuildEvent.StageFinished.newBuilder().setStage(stage)
            .setStatus(StageStatus.STAGE_FAILED).setDurationMs(3).addDiagnostics(diagnostic))
        .build();
  }

  static BuildEvent buildFinished(String id, long t, BuildStatus status, String reason) {
    BuildEvent.BuildFinished.Builder f = BuildEvent.BuildFinished.newBuilder().setStatus(status)
        .setReason(reason);
    if (status == BuildStatus.SUCCEEDED) {
      f.setArtifact(EXE);
    }
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t).setBuildFinished(f).build();
  }

  static BuildEvent cancel(String id, long t, boolean timedOut, String reason) {
    return BuildEvent.newBuilder().setBuildId(id).setTimeMs(t)
        .setCancelRequested(BuildEvent.CancelRequested.newBuilder().setTimedOut(timedOut)
            .setReason(reason))
        .build();
  }

  /** A whole successful build, parse a cache hit. */
  static List<BuildEvent> success(String id, long t0) {
    return List.of(submitted(id, t0),
        started(id, t0 + 10, Stage.STAGE_PARSE), finished(id, t0 + 12, Stage.STAGE_PARSE, 2, true),
        started(id, t0 + 20, Stage.STAGE_LOWER), finished(id, t0 + 50, Stage.STAGE_LOWER, 30, false),
        started(id, t0 + 60, Stage.STAGE_CODEGEN),
        finished(id, t0 + 160, Stage.STAGE_CODEGEN, 100, false),
        started(id, t0 + 170, Stage.STAGE_LINK), finished(id, t0 + 370, Stage.STAGE_LINK, 200, false),
        buildFinished(id, t0 + 371, BuildStatus.SUCCEEDED, ""));
  }

  private static StageState stage(Build build, Stage stage) {
    return build.getStagesList().stream().filter(s -> s.getStage() == stage).findFirst().orElseThrow();
  }

  @Test
  void submittedBuildIsQueuedWithEveryStagePending() {
    BuildBook book = new BuildBook();
    assertTrue(book.apply(submitted("b1", 1000)));
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.QUEUED, b.getStatus());
    assertEquals(1000, b.getCreatedMs());
    assertEquals("app.py", b.getConfig().getEntry());
    assertEquals(4, b.getStagesCount());
    assertTrue(b.getStagesList().stream().allMatch(s -> s.getStatus() == StageStatus.STAGE_PENDING));
  }

  @Test
  void successfulBuildHasStageTimesAndTheArtifact() {
    BuildBook book = new BuildBook();
    success("b1", 1000).forEach(book::apply);
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.SUCCEEDED, b.getStatus());
    assertEquals(EXE, b.getArtifact());
    assertEquals(1371, b.getFinishedMs());
    StageState parse = stage(b, Stage.STAGE_PARSE);
    assertEquals(1010, parse.getStartMs());
    assertEquals(2, parse.getDurationMs());
    assertTrue(parse.getCacheHit());
    StageState link = stage(b, Stage.STAGE_LINK);
    assertEquals(StageStatus.STAGE_SUCCEEDED, link.getStatus());
    assertEquals(1170, link.getStartMs());
    assertEquals(200, link.getDurationMs());
    assertFalse(link.getCacheHit());
  }

  @Test
  void firstStartMakesTheBuildRunning() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    book.apply(started("b1", 1005, Stage.STAGE_PARSE));
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.RUNNING, b.getStatus());
    assertEquals(StageStatus.STAGE_RUNNING, stage(b, Stage.STAGE_PARSE).getStatus());
  }

  @Test
  void duplicatesChangeNothing() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    assertFalse(book.apply(submitted("b1", 5000)), "second Submitted");
    book.apply(started("b1", 1010, Stage.STAGE_PARSE));
    assertFalse(book.apply(started("b1", 1500, Stage.STAGE_PARSE)), "redelivered job restarting");
    book.apply(finished("b1", 1020, Stage.STAGE_PARSE, 10, false));
    assertFalse(book.apply(finished("b1", 1600, Stage.STAGE_PARSE, 99, true)), "second finish");
    assertFalse(book.apply(started("b1", 1700, Stage.STAGE_PARSE)), "start after finish");
    Build b = book.get("b1").orElseThrow();
    assertEquals(1000, b.getCreatedMs());
    StageState parse = stage(b, Stage.STAGE_PARSE);
    assertEquals(1010, parse.getStartMs());
    assertEquals(10, parse.getDurationMs());
    assertFalse(parse.getCacheHit());
  }

  @Test
  void finishWithoutAStartDerivesTheStartFromTheDuration() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    assertTrue(book.apply(finished("b1", 1100, Stage.STAGE_PARSE, 40, false)));
    StageState parse = stage(book.get("b1").orElseThrow(), Stage.STAGE_PARSE);
    assertEquals(1060, parse.getStartMs());
    assertEquals(StageStatus.STAGE_SUCCEEDED, parse.getStatus());
  }

  @Test
  void failedStageEndsTheBuildWithItsDiagnostics() {
    Diagnostic syntax = Diagnostic.newBuilder().setKind("SyntaxError").setMessage("invalid syntax")
        .setFilename("app.py").setLine(1).setColumn(5).setRendered("  File \"app.py\", line 1\n")
        .build();
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    book.apply(started("b1", 1001, Stage.STAGE_PARSE));
    assertTrue(book.apply(failedStage("b1", 1004, Stage.STAGE_PARSE, syntax)));
    assertFalse(book.apply(buildFinished("b1", 1005, BuildStatus.FAILED, "late copy")));
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.FAILED, b.getStatus());
    assertEquals(List.of(syntax), b.getDiagnosticsList());
    assertEquals("the parse stage failed", b.getReason());
    assertEquals(1004, b.getFinishedMs());
    assertEquals(StageStatus.STAGE_FAILED, stage(b, Stage.STAGE_PARSE).getStatus());
    assertEquals(StageStatus.STAGE_SKIPPED, stage(b, Stage.STAGE_LOWER).getStatus());
    assertEquals(StageStatus.STAGE_SKIPPED, stage(b, Stage.STAGE_LINK).getStatus());
  }

  @Test
  void stageInfrastructureErrorBecomesTheReason() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    book.apply(BuildEvent.newBuilder().setBuildId("b1").setTimeMs(1200)
        .setStageFinished(BuildEvent.StageFinished.newBuilder().setStage(Stage.STAGE_CODEGEN)
            .setStatus(StageStatus.STAGE_FAILED).setError("object storage unreachable (3 tries)"))
        .build());
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.FAILED, b.getStatus());
    assertEquals("object storage unreachable (3 tries)", b.getReason());
  }

  @Test
  void cancelEndsTheBuildAndLaterStageEventsAreIgnored() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    book.apply(started("b1", 1010, Stage.STAGE_PARSE));
    assertTrue(book.apply(cancel("b1", 1020, false, "")));
    assertFalse(book.apply(finished("b1", 1030, Stage.STAGE_PARSE, 20, false)));
    assertFalse(book.apply(cancel("b1", 1040, false, "")), "second cancel");
    Build b = book.get("b1").orElseThrow();
    assertEquals(BuildStatus.CANCELLED, b.getStatus());
    assertEquals("cancelled on request", b.getReason());
    assertEquals(1020, b.getFinishedMs());
    assertEquals(StageStatus.STAGE_SKIPPED, stage(b, Stage.STAGE_PARSE).getStatus());
  }

  @Test
  void cancelAfterSuccessChangesNothing() {
    BuildBook book = new BuildBook();
    success("b1", 1000).forEach(book::apply);
    assertFalse(book.apply(cancel("b1", 2000, false, "")));
    assertEquals(BuildStatus.SUCCEEDED, book.get("b1").orElseThrow().getStatus());
  }

  @Test
  void overdueBuildsAndTheTimeoutEvent() {
    BuildBook book = new BuildBook();
    book.apply(submitted("old", 1000));
    book.apply(submitted("new", 5000));
    success("done", 500).forEach(book::apply);
    assertEquals(List.of("old"), book.overdue(4000, 3000));
    assertEquals(List.of("old", "new"), book.overdue(8000, 3000));
    book.apply(cancel("old", 4000, true, "timed out after 3s"));
    Build b = book.get("old").orElseThrow();
    assertEquals(BuildStatus.FAILED, b.getStatus());
    assertEquals("timed out after 3s", b.getReason());
    assertEquals(List.of("new"), book.overdue(8000, 3000));
  }

  @Test
  void eventsOfUnknownBuildsAreIgnored() {
    BuildBook book = new BuildBook();
    assertFalse(book.apply(started("ghost", 1, Stage.STAGE_PARSE)));
    assertFalse(book.apply(cancel("ghost", 1, false, "")));
    assertTrue(book.get("ghost").isEmpty());
    assertEquals(0, book.size());
  }

  @Test
  void recentIsNewestFirstAndLimited() {
    BuildBook book = new BuildBook();
    for (int i = 0; i < 5; i++) {
      book.apply(submitted("b" + i, 1000 + i));
    }
    List<String> ids = book.recent(3).stream().map(Build::getId).toList();
    assertEquals(List.of("b4", "b3", "b2"), ids);
  }

  @Test
  void replayingTheSameTopicRebuildsTheSameBook() {
    List<BuildEvent> topic = new ArrayList<>();
    topic.addAll(success("a", 1000));
    topic.add(submitted("b", 1100));
    topic.add(started("b", 1110, Stage.STAGE_PARSE));
    topic.add(started("b", 1111, Stage.STAGE_PARSE));  // redelivery
    topic.add(cancel("b", 1120, false, "user"));
    topic.addAll(success("a", 1000));  // everything again: at-least-once delivery
    BuildBook first = new BuildBook();
    BuildBook second = new BuildBook();
    topic.forEach(first::apply);
    topic.forEach(second::apply);
    assertEquals(first.recent(10), second.recent(10));
    assertEquals(BuildStatus.CANCELLED, second.get("b").orElseThrow().getStatus());
  }

  /** Records what a watcher receives. */
  private static final class Recorder implements BuildListener {
    final List<BuildEvent> events = new ArrayList<>();
    final List<Boolean> lasts = new ArrayList<>();

    @Override
    public void onEvent(BuildEvent event, boolean last) {
      events.add(event);
      lasts.add(last);
    }
  }

  @Test
  void followReplaysThenStreamsAndEndsWithTheBuild() {
    List<BuildEvent> all = success("b1", 1000);
    BuildBook book = new BuildBook();
    all.subList(0, 3).forEach(book::apply);
    Recorder watcher = new Recorder();
    assertTrue(book.follow("b1", watcher).isPresent());
    assertEquals(all.subList(0, 3), watcher.events, "replay of what happened so far");
    book.apply(all.get(1));  // a duplicate is not delivered
    all.subList(3, all.size()).forEach(book::apply);
    assertEquals(all, watcher.events);
    assertEquals(Boolean.TRUE, watcher.lasts.get(watcher.lasts.size() - 1));
    assertEquals(1, watcher.lasts.stream().filter(b -> b).count());
  }

  @Test
  void followingAnEndedBuildReplaysItAll() {
    BuildBook book = new BuildBook();
    success("b1", 1000).forEach(book::apply);
    Recorder watcher = new Recorder();
    book.follow("b1", watcher).orElseThrow().run();
    assertEquals(success("b1", 1000), watcher.events);
    assertEquals(Boolean.TRUE, watcher.lasts.get(watcher.lasts.size() - 1));
  }

  @Test
  void unfollowStopsDelivery() {
    BuildBook book = new BuildBook();
    book.apply(submitted("b1", 1000));
    Recorder watcher = new Recorder();
    Runnable stop = book.follow("b1", watcher).orElseThrow();
    stop.run();
    book.apply(started("b1", 1001, Stage.STAGE_PARSE));
    assertEquals(1, watcher.events.size());
    assertTrue(book.follow("nope", watcher).isEmpty());
  }
}
