package dev.molt.service.api.access;

import dev.molt.service.v1.BuildServiceGrpc;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * The gRPC side of {@link AccessFilter}: calls of {@code molt.service.v1.BuildService} need the
 * token in the {@code authorization} metadata ("Bearer <token>"); health and reflection stay open.
 * The team travels in the call's {@link Context} as {@link Caller#TEAM}.
 */
final class AccessInterceptor implements ServerInterceptor {
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final Authenticator authenticator;

  AccessInterceptor(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    if (!BuildServiceGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
      return next.startCall(call, headers);
    }
    Authenticator.Outcome outcome = authenticator.check(headers.get(AUTHORIZATION));
    if (!outcome.allowed()) {
      call.close(Status.UNAUTHENTICATED.withDescription(outcome.refusal()), new Metadata());
      return new ServerCall.Listener<>() { };
    }
    return Contexts.interceptCall(Context.current().withValue(Caller.TEAM, outcome.team()), call,
        headers, next);
  }
}
