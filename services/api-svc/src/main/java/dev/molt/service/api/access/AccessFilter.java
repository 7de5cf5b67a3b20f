package dev.molt.service.api.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api/v1} request needs a team token, except the ones that authenticate otherwise or
 * hold no team's data: health, the OpenAPI document, the webhooks (HMAC signature) and the admin
 * path (the admin secret). A refusal is 401 with the API's {@code {error, reason}} body.
 */
final class AccessFilter extends OncePerRequestFilter {
  static final String API = "/api/v1";
  private static final List<String> OPEN = List.of("/health", "/openapi.json", "/webhooks/", "/admin/");

  private final Authenticator authenticator;
  private final ObjectMapper json;

  AccessFilter(Authenticator authenticator, ObjectMapper json) {
    this.authenticator = authenticator;
    this.json = json;
  }

  static boolean open(String path) {
    if (!path.startsWith(API + "/") && !path.equals(API)) {
      return true;  // the web UI's files and anything else outside the API
    }
    String rest = path.substring(API.length());
    return OPEN.stream().anyMatch(p -> p.endsWith("/") ? rest.startsWith(p)
        : rest.equals(p) || rest.startsWith(p + "/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    // the servlet path is decoded and normalised ("/api/v1/webhooks/../builds" is "/api/v1/builds"),
    // as the dispatcher will route it; the raw request URI is not
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (open(path)) {
      chain.doFilter(request, response);
      return;
    }
    Authenticator.Outcome outcome = authenticator.check(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (!outcome.allowed()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"molt\"");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), Map.of("error", "unauthorized", "reason", outcome.refusal()));
      return;
    }
    request.setAttribute(Caller.ATTRIBUTE, outcome.team());
    chain.doFilter(request, response);
  }
}
