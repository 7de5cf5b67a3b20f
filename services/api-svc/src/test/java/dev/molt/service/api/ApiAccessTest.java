package dev.molt.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.Topics;
import dev.molt.service.v1.AccessRecord;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildRef;
import dev.molt.service.v1.BuildServiceGrpc;
import dev.molt.service.v1.ListBuildsRequest;
import dev.molt.service.v1.SubmitRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.MetadataUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team access (issue 5 item 3, docs/decisions/0061): tokens on REST and gRPC, builds visible only
 * to their team, tokens stored hashed, the admin path. Real api-svc, real Kafka and S3.
 */
class ApiAccessTest {
  static ApiApp app;
  static Pipeline pipeline;
  static Http red;
  static Http blue;
  static String redToken;
  static String blueToken;

  @BeforeAll
  static void start() throws Exception {
    app = ApiApp.start(Map.of());
    pipeline = new Pipeline();
    redToken = issue("red", ApiApp.ADMIN_SECRET).json().path("token").asText();
    blueToken = issue("blue", ApiApp.ADMIN_SECRET).json().path("token").asText();
    red = new Http(app.baseUrl(), redToken);
    blue = new Http(app.baseUrl(), blueToken);
  }

  @AfterAll
  static void stop() {
    pipeline.close();
    app.close();
  }

  static Http.Response issue(String team, String adminSecret) throws Exception {
    return new Http(app.baseUrl(), adminSecret).postRaw("/api/v1/admin/tokens", "application/json",
        ("{\"team\": \"" + team + "\", \"label\": \"access test\"}").getBytes(StandardCharsets.UTF_8));
  }

  static String submit(Http http, String name) throws Exception {
    Http.Response r = http.post("/api/v1/builds", name,
        ("print('" + name + "')\n").getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(202, r.status(), () -> new String(r.body(), StandardCharsets.UTF_8));
    return r.json().path("id").asText();
  }

  @Test
  void everyBuildEndpointNeedsAValidToken() throws Exception {
    Http anonymous = new Http(app.baseUrl());
    Http forged = new Http(app.baseUrl(), "molt_" + "A".repeat(43));
    String id = submit(red, "needs-token.py");
    for (Http client : List.of(anonymous, forged)) {
      for (Http.Response r : List.of(client.get("/api/v1/builds"), client.get("/api/v1/builds/" + id),
          client.get("/api/v1/builds/" + id + "/artifact"), client.delete("/api/v1/builds/" + id),
          client.post("/api/v1/builds", "x.py", "print(1)\n".getBytes(StandardCharsets.UTF_8), Map.of()),
          client.get("/api/v1/projects"), client.get("/api/v1/no-such-endpoint"),
          // routed as /api/v1/builds: the open prefixes must not let them through
          client.get("/api/v1/webhooks/../builds"), client.get("/api/v1/health/../builds"))) {
        ApiRestTest.assertError(r, 401, "unauthorized", client == anonymous ? "needs an API token" : "not valid");
        assertEquals("Bearer realm=\"molt\"", r.header("WWW-Authenticate"));
      }
    }
    // the build was not cancelled by the refused DELETE
    assertEquals("QUEUED", red.get("/api/v1/builds/" + id).json().path("status").asText());
    // health, the API description and the web UI stay open
    assertEquals(200, anonymous.get("/api/v1/health").status());
    assertEquals(200, anonymous.get("/api/v1/openapi.json").status());
    assertEquals(200, anonymous.get("/").status());
  }

  @Test
  void anotherTeamsBuildIsNotFoundAndNotListed() throws Exception {
    String mine = submit(red, "red-only.py");
    pipeline.succeed(mine, "ELF red".getBytes(StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!red.get("/api/v1/builds/" + mine).json().path("status").asText().equals("SUCCEEDED")) {
      assertTrue(System.nanoTime() < deadline, "the build never succeeded");
      Thread.sleep(50);
    }
    String theirs = submit(blue, "blue-only.py");

    ApiRestTest.assertError(blue.get("/api/v1/builds/" + mine), 404, "not_found", mine);
    ApiRestTest.assertError(blue.get("/api/v1/builds/" + mine + "/artifact"), 404, "not_found", mine);
    ApiRestTest.assertError(blue.get("/api/v1/builds/" + mine + "/events"), 404, "not_found", mine);
    ApiRestTest.assertError(blue.delete("/api/v1/builds/" + mine), 404, "not_found", mine);
    // the same answer as for an id that does not exist at all
    assertEquals(blue.get("/api/v1/builds/" + mine).json().path("reason").asText().replace(mine, "X"),
        blue.get("/api/v1/builds/nope").json().path("reason").asText().replace("nope", "X"));

    assertEquals(200, red.get("/api/v1/builds/" + mine + "/artifact").status());
    assertEquals("SUCCEEDED", red.get("/api/v1/builds/" + mine).json().path("status").asText(),
        "blue's DELETE did not cancel it");
    List<String> redList = ids(red.get("/api/v1/builds?limit=1000").json());
    List<String> blueList = ids(blue.get("/api/v1/builds?limit=1000").json());
    assertTrue(redList.contains(mine) && !redList.contains(theirs), redList.toString());
    assertTrue(blueList.contains(theirs) && !blueList.contains(mine), blueList.toString());
  }

  static List<String> ids(JsonNode list) {
    return StreamSupport.stream(list.path("builds").spliterator(), false).map(b -> b.path("id").asText()).toList();
  }

  @Test
  void grpcNeedsTheTokenInMetadataAndKeepsTeamsApart() throws Exception {
    ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort).usePlaintext().build();
    try {
      BuildServiceGrpc.BuildServiceBlockingStub anonymous =
          BuildServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
      StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
          () -> anonymous.list(ListBuildsRequest.getDefaultInstance()));
      assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode());
      assertTrue(refused.getStatus().getDescription().contains("needs an API token"));
      // health needs no token
      HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());

      BuildServiceGrpc.BuildServiceBlockingStub asRed = stub(channel, redToken);
      BuildServiceGrpc.BuildServiceBlockingStub asBlue = stub(channel, blueToken);
      Build build = asRed.submit(SubmitRequest.newBuilder().setFilename("grpc-red.py")
          .setContent(ByteString.copyFromUtf8("print(7)\n")).build());
      assertEquals("red", build.getTeam());
      BuildRef ref = BuildRef.newBuilder().setId(build.getId()).build();
      assertEquals(build.getId(), asRed.get(ref).getId());
      for (Runnable call : List.<Runnable>of(() -> asBlue.get(ref), () -> asBlue.cancel(ref),
          () -> asBlue.watch(ref).next(), () -> asBlue.download(ref).next())) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
      }
      assertFalse(asBlue.list(ListBuildsRequest.newBuilder().setLimit(1000).build()).getBuildsList().stream()
          .anyMatch(b -> b.getId().equals(build.getId())));
      assertTrue(asRed.list(ListBuildsRequest.newBuilder().setLimit(1000).build()).getBuildsList().stream()
          .anyMatch(b -> b.getId().equals(build.getId())));
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  static BuildServiceGrpc.BuildServiceBlockingStub stub(ManagedChannel channel, String token) {
    Metadata metadata = new Metadata();
    metadata.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    return BuildServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata));
  }

  @Test
  void tokensAreStoredOnlyAsTheirHash() throws Exception {
    String token = issue("hashed", ApiApp.ADMIN_SECRET).json().path("token").asText();
    assertTrue(token.startsWith("molt_") && token.length() == 48, token);
    String sha = ContentKeys.sha256(token.getBytes(StandardCharsets.UTF_8));
    List<AccessRecord> stored = pipeline.read(Topics.ACCESS, AccessRecord.parser(), "token/" + sha,
        l -> !l.isEmpty());
    assertEquals(1, stored.size());
    AccessRecord record = stored.get(0);
    assertEquals("hashed", record.getToken().getTeam());
    assertEquals(sha, record.getToken().getSha256());
    assertFalse(new String(record.toByteArray(), StandardCharsets.ISO_8859_1).contains(token.substring(5)),
        "the token itself is not in the record");
  }

  @Test
  void theAdminPathNeedsTheAdminSecretAndAValidTeam() throws Exception {
    ApiRestTest.assertError(issue("red", null), 401, "unauthorized", "admin secret");
    ApiRestTest.assertError(issue("red", redToken), 401, "unauthorized", "admin secret");
    ApiRestTest.assertError(issue("Not A Team!", ApiApp.ADMIN_SECRET), 400, "bad_field", "team name");
    Http.Response made = issue("Green", ApiApp.ADMIN_SECRET);
    assertEquals(201, made.status());
    assertEquals("green", made.json().path("team").asText(), "team names are lowercase");
    assertNotEquals(redToken, made.json().path("token").asText());
  }

  @Test
  void projectsAreCreatedWithTheirSecretOnceAndListedPerTeam() throws Exception {
    Http.Response created = red.postRaw("/api/v1/projects", "application/json",
        "{\"repo_url\": \"https://example.org/red/app.git\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.status(), () -> new String(created.body(), StandardCharsets.UTF_8));
    JsonNode p = created.json();
    assertTrue(p.path("secret").asText().startsWith("whsec_"), p.toString());
    assertEquals("https://api.github.com", p.path("statuses_api_base").asText());
    assertEquals("/api/v1/webhooks/github?project=" + p.path("id").asText(), p.path("webhooks").path("github").asText());

    JsonNode redProjects = red.get("/api/v1/projects").json().path("projects");
    assertTrue(StreamSupport.stream(redProjects.spliterator(), false)
        .anyMatch(x -> x.path("id").asText().equals(p.path("id").asText()) && !x.has("secret")), redProjects.toString());
    JsonNode blueProjects = blue.get("/api/v1/projects").json().path("projects");
    assertFalse(blueProjects.toString().contains(p.path("id").asText()), blueProjects.toString());

    ApiRestTest.assertError(red.postRaw("/api/v1/projects", "application/json",
        "{\"repo_url\": \"file:///etc\"}".getBytes(StandardCharsets.UTF_8)), 400, "bad_field", "http");
  }
}
