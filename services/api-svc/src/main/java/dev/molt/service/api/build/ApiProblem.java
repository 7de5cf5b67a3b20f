package dev.molt.service.api.build;

import dev.molt.service.upload.UploadRefused;

/**
 * A request the front door turns down, with a sentence for the client. REST and gRPC each map the
 * kind to their own status code; the message is the {@code reason} they return.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    BAD_FIELD,           // 400 / INVALID_ARGUMENT
    UNAUTHORIZED,        // 401 / UNAUTHENTICATED
    NOT_FOUND,           // 404 / NOT_FOUND
    NOT_READY,           // 409 / FAILED_PRECONDITION
    TOO_LARGE,           // 413 / RESOURCE_EXHAUSTED
    UNSUPPORTED_TYPE,    // 415 / INVALID_ARGUMENT
    BAD_ARCHIVE,         // 422 / INVALID_ARGUMENT
    UNAVAILABLE          // 503 / UNAVAILABLE
  }

  private final Kind kind;

  public ApiProblem(Kind kind, String reason) {
    super(reason, null, false, false);  // a client error, not a bug: no stack trace to keep
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The client error an upload refusal is. */
  public static ApiProblem of(UploadRefused refused) {
    Kind kind = switch (refused.reason()) {
      case UNSUPPORTED_TYPE -> Kind.UNSUPPORTED_TYPE;
      case TOO_LARGE, TOO_MANY_FILES -> Kind.TOO_LARGE;
      case BAD_ARCHIVE, UNSAFE_PATH, LINK, DUPLICATE, NO_SOURCES -> Kind.BAD_ARCHIVE;
      case ENTRY_NOT_FOUND, ENTRY_AMBIGUOUS -> Kind.BAD_FIELD;
    };
    return new ApiProblem(kind, refused.getMessage());
  }

  public static ApiProblem unknownBuild(String id) {
    return new ApiProblem(Kind.NOT_FOUND, "no build with id '" + id + "'");
  }
}
