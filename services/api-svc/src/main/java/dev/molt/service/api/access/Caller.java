package dev.molt.service.api.access;

import io.grpc.Context;

/**
 * Where an authenticated request keeps its team: a servlet request attribute for REST (set by
 * {@link AccessFilter}), a gRPC context key for gRPC (set by {@link AccessInterceptor}).
 */
public final class Caller {
  public static final String ATTRIBUTE = "molt.team";
  public static final Context.Key<String> TEAM = Context.key("molt.team");

  private Caller() {}
}
