package dev.molt.service.api.access;

/**
 * Turns an {@code Authorization} header into the caller's team, or says why it cannot: shared by
 * the REST filter and the gRPC interceptor so both refuse with the same words.
 */
public final class Authenticator {
  /** The team, or the reason there is none. */
  public record Outcome(String team, String refusal) {
    public boolean allowed() {
      return team != null;
    }
  }

  static final String MISSING = "this endpoint needs an API token: send 'Authorization: Bearer <token>'"
      + " (./molt up writes one to .molt/dev-token; ./molt token create --team NAME makes more)";
  static final String INVALID = "the API token is not valid";

  private final Tokens tokens;

  public Authenticator(Tokens tokens) {
    this.tokens = tokens;
  }

  public Outcome check(String authorizationHeader) {
    return Bearer.credential(authorizationHeader)
        .map(t -> tokens.teamOf(t).map(team -> new Outcome(team, null)).orElse(new Outcome(null, INVALID)))
        .orElse(new Outcome(null, MISSING));
  }
}
