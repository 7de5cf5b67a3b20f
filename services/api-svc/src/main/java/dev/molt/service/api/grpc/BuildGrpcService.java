package dev.molt.service.api.grpc;

import com.google.protobuf.ByteString;
import dev.molt.service.api.access.Caller;
import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.api.build.Builds;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildRef;
import dev.molt.service.v1.BuildServiceGrpc;
import dev.molt.service.v1.Chunk;
import dev.molt.service.v1.ListBuildsRequest;
import dev.molt.service.v1.ListBuildsResponse;
import dev.molt.service.v1.SubmitRequest;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * {@code molt.service.v1.BuildService} on the gRPC port (9100 by default): the same operations as
 * the REST API, through {@link Builds}. Health and reflection come with Spring gRPC.
 */
@Service
public class BuildGrpcService extends BuildServiceGrpc.BuildServiceImplBase {
  static final int CHUNK_BYTES = 64 * 1024;

  private final Builds builds;

  public BuildGrpcService(Builds builds) {
    this.builds = builds;
  }

  @Override
  public void submit(SubmitRequest request, StreamObserver<Build> response) {
    unary(response, () -> builds.submit(Caller.TEAM.get(), request.getFilename(), request.getContent().toByteArray(),
        request.getEntry(), BuildOptions.target(request.getTarget()),
        BuildOptions.opt(request.getOpt())));
  }

  @Override
  public void get(BuildRef request, StreamObserver<Build> response) {
    unary(response, () -> builds.get(Caller.TEAM.get(), request.getId()));
  }

  @Override
  public void cancel(BuildRef request, StreamObserver<Build> response) {
    unary(response, () -> builds.cancel(Caller.TEAM.get(), request.getId()));
  }

  @Override
  public void list(ListBuildsRequest request, StreamObserver<ListBuildsResponse> response) {
    unary(response, () -> ListBuildsResponse.newBuilder()
        .addAllBuilds(builds.recent(Caller.TEAM.get(), request.getLimit())).build());
  }

  /**
   * Replays the build's events, then streams new ones; completes after the event that ends the
   * build. The book calls the listener under its lock, so calls on the observer never overlap;
   * gRPC's {@code onNext} buffers rather than blocks.
   */
  @Override
  public void watch(BuildRef request, StreamObserver<BuildEvent> response) {
    ServerCallStreamObserver<BuildEvent> call = (ServerCallStreamObserver<BuildEvent>) response;
    AtomicReference<Runnable> unfollow = new AtomicReference<>(() -> { });
    call.setOnCancelHandler(() -> unfollow.get().run());
    try {
      unfollow.set(builds.follow(Caller.TEAM.get(), request.getId(), (event, last) -> {
        if (!call.isCancelled()) {
          call.onNext(event);
          if (last) {
            call.onCompleted();
          }
        }
      }));
      if (call.isCancelled()) {
        unfollow.get().run();
      }
    } catch (ApiProblem p) {
      call.onError(status(p));
    }
  }

  @Override
  public void download(BuildRef request, StreamObserver<Chunk> response) {
    Builds.Download download;
    try {
      download = builds.download(Caller.TEAM.get(), request.getId());
    } catch (ApiProblem p) {
      response.onError(status(p));
      return;
    }
    byte[] bytes = download.bytes();
    for (int at = 0; at < bytes.length; at += CHUNK_BYTES) {
      int n = Math.min(CHUNK_BYTES, bytes.length - at);
      response.onNext(Chunk.newBuilder().setData(ByteString.copyFrom(bytes, at, n)).build());
    }
    response.onCompleted();
  }

  private static <T> void unary(StreamObserver<T> response, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (ApiProblem p) {
      response.onError(status(p));
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  static io.grpc.StatusRuntimeException status(ApiProblem p) {
    Status status = switch (p.kind()) {
      case BAD_FIELD, UNSUPPORTED_TYPE, BAD_ARCHIVE -> Status.INVALID_ARGUMENT;
      case NOT_FOUND -> Status.NOT_FOUND;
      case UNAUTHORIZED -> Status.UNAUTHENTICATED;
      case NOT_READY -> Status.FAILED_PRECONDITION;
      case TOO_LARGE -> Status.RESOURCE_EXHAUSTED;
      case UNAVAILABLE -> Status.UNAVAILABLE;
    };
    return status.withDescription(p.getMessage()).asRuntimeException();
  }
}
