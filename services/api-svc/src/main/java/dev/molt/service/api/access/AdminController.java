package dev.molt.service.api.access;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/tokens}: issues a token for any team, for whoever holds the admin
 * secret ({@code molt.access.admin-secret}; {@code ./molt up} keeps it in {@code .molt/admin-secret}).
 * Without a configured secret the path does not exist. See docs/decisions/0061.
 */
@RestController
class AdminController {
  record TokenRequest(String team, String label) {}

  record IssuedToken(String token, String team, String label) {}

  private final Tokens tokens;
  private final Optional<String> adminSecret;

  AdminController(Tokens tokens, AccessProperties properties) {
    this.tokens = tokens;
    this.adminSecret = properties.adminSecret();
  }

  @PostMapping(path = "/api/v1/admin/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IssuedToken> issue(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody TokenRequest request) {
    if (adminSecret.isEmpty()) {
      throw new ApiProblem(Kind.NOT_FOUND,
          "the admin API is off on this server (set molt.access.admin-secret to turn it on)");
    }
    boolean admitted = Bearer.credential(authorization)
        .map(given -> Secrets.same(given, adminSecret.get())).orElse(false);
    if (!admitted) {
      throw new ApiProblem(Kind.UNAUTHORIZED, "this path needs 'Authorization: Bearer <admin secret>'");
    }
    String team = Tokens.team(request == null ? null : request.team());
    String label = request.label() == null ? "" : request.label();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new IssuedToken(tokens.issue(team, label), team, label));
  }
}
