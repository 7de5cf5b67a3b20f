package dev.molt.service.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildRef;
import dev.molt.service.v1.BuildServiceGrpc;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Chunk;
import dev.molt.service.v1.ListBuildsRequest;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageStatus;
import dev.molt.service.v1.SubmitRequest;
import dev.molt.service.v1.Target;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BuildService over a real gRPC channel to the app's gRPC port. */
class ApiGrpcTest {
  static ApiApp app;
  static Pipeline pipeline;
  static ManagedChannel channel;
  static BuildServiceGrpc.BuildServiceBlockingStub builds;

  @BeforeAll
  static void start() throws Exception {
    app = ApiApp.start(Map.of("molt.upload.max-bytes", "65536"));
    pipeline = new Pipeline();
    channel = ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort).usePlaintext()
        .intercept(MetadataUtils.newAttachHeadersInterceptor(app.authorization())).build();
    builds = BuildServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    pipeline.close();
    app.close();
  }

  static Build submit(String name, String source, Target target) {
    return builds.submit(SubmitRequest.newBuilder().setFilename(name)
        .setContent(ByteString.copyFromUtf8(source)).setTarget(target).build());
  }

  @Test
  void submitGetAndList() {
    Build first = submit("g1.py", "print(1)\n", Target.TARGET_UNSPECIFIED);
    Build second = submit("g2.py", "print(2)\n", Target.TARGET_WASM);
    assertEquals(BuildStatus.QUEUED, first.getStatus());
    assertEquals(Target.TARGET_NATIVE, first.getConfig().getTarget(), "unspecified means native");
    assertEquals(OptLevel.OPT_O2, first.getConfig().getOpt(), "unspecified means O2");
    assertEquals("g1.py", first.getConfig().getEntry());
    assertEquals(first, builds.get(BuildRef.newBuilder().setId(first.getId()).build()));
    List<Build> recent = builds.list(ListBuildsRequest.newBuilder().setLimit(2).build()).getBuildsList();
    assertEquals(List.of(second.getId(), first.getId()), recent.stream().map(Build::getId).toList());
    assertEquals(Stage.STAGE_PARSE, pipeline.parseJob(second.getId()).getStage());
  }

  @Test
  void watchStreamsTheBuildToItsEndAndDownloadSendsChunks() throws Exception {
    Build build = submit("w.py", "print(3)\n", Target.TARGET_NATIVE);
    BuildRef ref = BuildRef.newBuilder().setId(build.getId()).build();
    CountDownLatch first = new CountDownLatch(1);
    CompletableFuture<List<BuildEvent>> watched = new CompletableFuture<>();
    List<BuildEvent> received = new ArrayList<>();
    BuildServiceGrpc.newStub(channel).watch(ref, new StreamObserver<>() {
      @Override
      public void onNext(BuildEvent event) {
        received.add(event);
        first.countDown();
      }

      @Override
      public void onError(Throwable t) {
        watched.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {
        watched.complete(received);
      }
    });
    assertTrue(first.await(30, TimeUnit.SECONDS), "the Submitted event is replayed");
    byte[] exe = new byte[200_000];  // several chunks
    for (int i = 0; i < exe.length; i++) {
      exe[i] = (byte) (i * 31);
    }
    pipeline.succeed(build.getId(), exe);
    List<BuildEvent> events = watched.get(60, TimeUnit.SECONDS);
    assertEquals(10, events.size(), events.toString());
    assertTrue(events.get(0).hasSubmitted());
    assertEquals(BuildStatus.SUCCEEDED, events.get(9).getBuildFinished().getStatus());

    Build done = builds.get(ref);
    assertEquals(BuildStatus.SUCCEEDED, done.getStatus());
    assertTrue(done.getStagesList().stream().allMatch(s -> s.getStatus() == StageStatus.STAGE_SUCCEEDED));
    ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
    int chunks = 0;
    for (Iterator<Chunk> it = builds.download(ref); it.hasNext(); chunks++) {
      downloaded.write(it.next().getData().toByteArray());
    }
    assertArrayEquals(exe, downloaded.toByteArray());
    assertEquals(4, chunks, "200,000 bytes in 64 KiB chunks");
  }

  @Test
  void cancelEndsTheBuild() {
    Build build = submit("c.py", "print(4)\n", Target.TARGET_NATIVE);
    Build cancelled = builds.cancel(BuildRef.newBuilder().setId(build.getId()).build());
    assertEquals(BuildStatus.CANCELLED, cancelled.getStatus());
    assertEquals("cancelled on request", cancelled.getReason());
  }

  @Test
  void errorsCarryStatusAndReason() {
    StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class,
        () -> builds.get(BuildRef.newBuilder().setId("nope").build()));
    assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    assertTrue(unknown.getStatus().getDescription().contains("'nope'"));

    StatusRuntimeException badZip = assertThrows(StatusRuntimeException.class,
        () -> builds.submit(SubmitRequest.newBuilder().setFilename("x.zip")
            .setContent(ByteString.copyFromUtf8("not a zip")).build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, badZip.getStatus().getCode());

    StatusRuntimeException tooLarge = assertThrows(StatusRuntimeException.class,
        () -> builds.submit(SubmitRequest.newBuilder().setFilename("big.py")
            .setContent(ByteString.copyFrom(new byte[65537])).build()));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, tooLarge.getStatus().getCode());
    assertTrue(tooLarge.getStatus().getDescription().contains("65536"));

    Build queued = submit("q.py", "print(5)\n", Target.TARGET_NATIVE);
    StatusRuntimeException notReady = assertThrows(StatusRuntimeException.class,
        () -> builds.download(BuildRef.newBuilder().setId(queued.getId()).build()).next());
    assertEquals(Status.Code.FAILED_PRECONDITION, notReady.getStatus().getCode());

    StatusRuntimeException watchUnknown = assertThrows(StatusRuntimeException.class,
        () -> builds.watch(BuildRef.newBuilder().setId("nope").build()).next());
    assertEquals(Status.Code.NOT_FOUND, watchUnknown.getStatus().getCode());
  }

  @Test
  void healthIsServingAndReflectionListsTheService() throws Exception {
    HealthCheckResponse health = HealthGrpc.newBlockingStub(channel)
        .check(HealthCheckRequest.newBuilder().setService("").build());
    assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());

    CompletableFuture<List<String>> services = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
        .serverReflectionInfo(new StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse r) {
            services.complete(r.getListServicesResponse().getServiceList().stream()
                .map(ServiceResponse::getName).toList());
          }

          @Override
          public void onError(Throwable t) {
            services.completeExceptionally(t);
          }

          @Override
          public void onCompleted() {}
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    List<String> names = services.get(30, TimeUnit.SECONDS);
    requests.onCompleted();
    assertTrue(names.contains("molt.service.v1.BuildService"), names.toString());
    assertTrue(names.contains("grpc.health.v1.Health"), names.toString());
  }
}
