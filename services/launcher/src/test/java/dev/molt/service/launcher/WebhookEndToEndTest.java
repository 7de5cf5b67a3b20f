package dev.molt.service.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.molt.service.api.webhook.Signature;
import dev.molt.service.common.TopicTail;
import dev.molt.service.common.Topics;
import dev.molt.service.v1.BuildEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI webhooks end to end (issue 5 item 2, docs/decisions/0062): a git repository served over
 * HTTP on 127.0.0.1, GitHub's push and ping deliveries signed with the project's secret, the whole
 * pipeline building the pushed commit, and a local endpoint recording the commit statuses.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class WebhookEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration BUILD_TIME = Duration.ofSeconds(240);

    @TempDir
    static Path dir;

    static EmbeddedStack stack;
    static GitHttpRepo repo;
    static StatusRecorder statuses;
    static String projectId;
    static String secret;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        repo = new GitHttpRepo(dir.resolve("app"), "app.git");
        statuses = new StatusRecorder();
        ObjectNode project = JSON.createObjectNode().put("repo_url", repo.cloneUrl())
                .put("statuses_api_base", statuses.baseUrl()).put("status_token", "gh-status-token");
        HttpResponse<String> r = send("POST", "/api/v1/projects", TestStack.token(), project.toString(), Map.of());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode created = JSON.readTree(r.body());
        projectId = created.path("id").asText();
        secret = created.path("secret").asText();
    }

    @AfterAll
    static void stop() {
        repo.close();
        statuses.close();
    }

    static HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.apiUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GitHub push payload, as much of it as a build reads. */
    static String pushPayload(String sha) {
        ObjectNode p = JSON.createObjectNode().put("ref", "refs/heads/main").put("after", sha).put("deleted", false);
        p.putObject("repository").put("full_name", "acme/app").put("clone_url", repo.cloneUrl())
                .put("html_url", repo.cloneUrl().replace(".git", ""));
        return p.toString();
    }

    /** A delivery as GitHub sends it: event, delivery id and the signature of the exact body. */
    static HttpResponse<String> deliver(String event, String delivery, String body, String signingSecret)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", delivery);
        if (signingSecret != null) {
            headers.put("X-Hub-Signature-256", Signature.sign(body.getBytes(StandardCharsets.UTF_8), signingSecret));
        }
        return send("POST", "/api/v1/webhooks/github", null, body, headers);
    }

    static int buildCount() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/builds?limit=1000", TestStack.token(), null, Map.of());
        return JSON.readTree(r.body()).path("builds").size();
    }

    static String commitApp(String source) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("molt.toml", "entries = [\"app.py\"]\ntargets = [\"native\"]\n");
        files.put("app.py", source);
        files.put("lib/util.py", "def twice(x):\n    return 2 * x\n");
        files.put("README.md", "not Python: not uploaded\n");
        return repo.commit(files, "change app.py");
    }

    static String statusPath(String sha) {
        return "POST /repos/acme/app/statuses/" + sha;
    }

    @Test
    void aWrongOrMissingSignatureIs401AndBuildsNothing() throws Exception {
        String sha = commitApp("print('never built')\n");
        int before = buildCount();
        String body = pushPayload(sha);
        for (String signer : new String[] {"whsec_not-the-secret", null}) {
            HttpResponse<String> r = deliver("push", UUID.randomUUID().toString(), body, signer);
            assertEquals(401, r.statusCode(), r.body());
            assertEquals("unauthorized", JSON.readTree(r.body()).path("error").asText());
        }
        // signed correctly, but a different body than the one signed
        HttpResponse<String> tampered = send("POST", "/api/v1/webhooks/github", null, body.replace("main", "evil"),
                Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", UUID.randomUUID().toString(),
                        "X-Hub-Signature-256", Signature.sign(body.getBytes(StandardCharsets.UTF_8), secret)));
        assertEquals(401, tampered.statusCode(), tampered.body());
        assertEquals(before, buildCount(), "nothing was built");
        assertTrue(statuses.calls(c -> c.path().equals(statusPath(sha))).isEmpty(), "no status was reported");
    }

    @Test
    void pingIsAnswered() throws Exception {
        HttpResponse<String> r = deliver("ping", UUID.randomUUID().toString(), "{\"zen\": \"Keep it logically awesome.\","
                + " \"repository\": {\"clone_url\": \"" + repo.cloneUrl() + "\"}}", secret);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(projectId, JSON.readTree(r.body()).path("project").asText());
    }

    @Test
    void aPushBuildsTheCommitAndReportsSuccessAndADuplicateBuildsNothing() throws Exception {
        String sha = commitApp("def twice(x):\n    return 2 * x\n\nprint('pushed', twice(21))\n");
        String delivery = UUID.randomUUID().toString();
        String body = pushPayload(sha);
        HttpResponse<String> r = deliver("push", delivery, body, secret);
        assertEquals(202, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals(1, answer.path("builds").size(), answer.toString());
        String id = answer.path("builds").get(0).path("id").asText();
        assertEquals("app.py", answer.path("builds").get(0).path("entry").asText());

        List<StatusRecorder.Call> calls = statuses.await(c -> c.path().equals(statusPath(sha)), 2, BUILD_TIME);
        assertEquals(List.of("pending", "success"), calls.stream().map(StatusRecorder.Call::state).toList(), calls.toString());
        StatusRecorder.Call done = calls.get(1);
        assertEquals("molt/app.py/native", done.context());
        assertTrue(done.body().path("description").asText().matches("build succeeded in \\d+\\.\\d s"), done.toString());
        assertEquals(stack.apiUrl() + "/#/builds/" + id, done.body().path("target_url").asText());
        assertEquals("Bearer gh-status-token", done.authorization());

        JsonNode build = JSON.readTree(send("GET", "/api/v1/builds/" + id, TestStack.token(), null, Map.of()).body());
        assertEquals("SUCCEEDED", build.path("status").asText());
        assertEquals("app.py", build.path("entry").asText());

        // GitHub redelivers the same delivery: same answer, no new build, no new status
        int before = buildCount();
        HttpResponse<String> again = deliver("push", delivery, body, secret);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode second = JSON.readTree(again.body());
        assertTrue(second.path("duplicate").asBoolean(), second.toString());
        assertEquals(id, second.path("builds").get(0).path("id").asText());
        Thread.sleep(1000);
        assertEquals(before, buildCount());
        assertEquals(2, statuses.calls(c -> c.path().equals(statusPath(sha))).size());
    }

    @Test
    void theNextApiSvcPostsTheResultWhenTheOneThatTookThePushStopsMidBuild() throws Exception {
        String sha = commitApp(Programs.fresh());  // nothing cached: the build takes a while
        HttpResponse<String> r = deliver("push", UUID.randomUUID().toString(), pushPayload(sha), secret);
        assertEquals(202, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).path("builds").get(0).path("id").asText();
        long stoppedAt = System.currentTimeMillis();
        stack.stop(PipelineService.API);
        try (TopicTail<BuildEvent> events = new TopicTail<>(stack.kafkaBootstrapServers(), Topics.EVENTS,
                BuildEvent.parser())) {
            BuildEvent end = events.awaitOne(e -> e.getBuildId().equals(id) && e.hasBuildFinished(), BUILD_TIME);
            assertTrue(end.getTimeMs() > stoppedAt, "the build ended while api-svc was stopped");
        } finally {
            stack.start(PipelineService.API);
        }
        List<StatusRecorder.Call> done = statuses.await(c -> c.path().equals(statusPath(sha))
                && c.state().equals("success"), 1, Duration.ofSeconds(120));
        assertEquals(1, done.size(), done.toString());
        assertEquals(stack.apiUrl() + "/#/builds/" + id, done.get(0).body().path("target_url").asText());
        assertEquals("molt/app.py/native", done.get(0).context());
    }

    @Test
    void aPushWithASyntaxErrorReportsFailureWithTheDiagnostic() throws Exception {
        String sha = commitApp("print('unclosed'\n");
        HttpResponse<String> r = deliver("push", UUID.randomUUID().toString(), pushPayload(sha), secret);
        assertEquals(202, r.statusCode(), r.body());
        List<StatusRecorder.Call> calls = statuses.await(c -> c.path().equals(statusPath(sha)), 2, BUILD_TIME);
        assertEquals(List.of("pending", "failure"), calls.stream().map(StatusRecorder.Call::state).toList(), calls.toString());
        assertEquals("app.py:1: SyntaxError: '(' was never closed", calls.get(1).body().path("description").asText());
    }

    @Test
    void aCommitWithoutMoltTomlReportsAnError() throws Exception {
        String sha = repo.commit(Map.of("app.py", "print(1)\n"), "no molt.toml");
        HttpResponse<String> r = deliver("push", UUID.randomUUID().toString(), pushPayload(sha), secret);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("has no molt.toml"), r.body());
        StatusRecorder.Call call = statuses.await(c -> c.path().equals(statusPath(sha)), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("error", call.state());
        assertEquals("molt", call.context());
    }

    @Test
    void theGenericHookBuildsWhatItIsToldAndAnswersTheBuildIds() throws Exception {
        String sha = commitApp("print('generic')\n");
        ObjectNode request = JSON.createObjectNode().put("repo_url", repo.cloneUrl()).put("commit", sha);
        request.putArray("entries").add("app.py");
        request.putArray("targets").add("wasm");
        String body = request.toString();
        HttpResponse<String> unsigned = send("POST", "/api/v1/webhooks/generic", null, body, Map.of());
        assertEquals(401, unsigned.statusCode(), unsigned.body());

        HttpResponse<String> r = send("POST", "/api/v1/webhooks/generic", null, body,
                Map.of("X-Hub-Signature-256", Signature.sign(body.getBytes(StandardCharsets.UTF_8), secret)));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertEquals(1, answer.path("builds").size(), answer.toString());
        JsonNode link = answer.path("builds").get(0);
        assertEquals("wasm", link.path("target").asText());
        String id = link.path("id").asText();
        long deadline = System.nanoTime() + BUILD_TIME.toNanos();
        JsonNode build;
        do {
            Thread.sleep(250);
            build = JSON.readTree(send("GET", "/api/v1/builds/" + id, TestStack.token(), null, Map.of()).body());
        } while (!List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(build.path("status").asText())
                && System.nanoTime() < deadline);
        assertEquals("SUCCEEDED", build.path("status").asText(), build.toString());
        assertEquals("app.wasm", build.path("artifact").path("filename").asText());
    }
}
