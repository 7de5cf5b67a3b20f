package dev.molt.service.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.molt.codegen.Target;
import dev.molt.driver.RunResult;
import dev.molt.frontend.testing.CPython;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through the REST API, on the real embedded Kafka broker and S3 server: the
 * artifacts behave exactly like {@code ./molt run}'s own build, failures carry CPython's
 * diagnostic, repeats are cache hits, and a stage service that is down only delays a build.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PipelineRestTest {
    private static final List<String> STAGES = List.of("parse", "lower", "codegen", "link");

    static EmbeddedStack stack;
    static RestBuilds rest;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        rest = new RestBuilds(stack);
    }

    @Test
    void nativeBuildRunsLikeMoltRun() throws Exception {
        String source = Programs.fresh();
        RestBuilds.Outcome o = rest.build("app.py", Programs.bytes(source), "native");
        assertEquals("SUCCEEDED", o.status(), o.build().toString());

        // one started and one finished event per stage, in pipeline order, none from the cache
        List<String> expected = STAGES.stream()
                .flatMap(s -> java.util.stream.Stream.of("stage_started " + s + " RUNNING", "stage_finished " + s + " SUCCEEDED"))
                .toList();
        assertEquals(expected, o.stageEvents());
        for (String s : STAGES) {
            JsonNode stage = RestBuilds.stage(o.build(), s);
            assertEquals("SUCCEEDED", stage.path("status").asText(), s);
            assertFalse(stage.path("cacheHit").asBoolean(), s + " was new work");
        }

        byte[] exe = rest.artifact(o);
        assertEquals(o.build().path("artifact").path("sha256").asText(), RestBuilds.sha256(exe));
        assertEquals(o.build().path("artifact").path("size").asLong(), exe.length);
        assertSameRun(Programs.reference(source, "app.py", Target.NATIVE), Programs.run(exe, "app.py", Target.NATIVE));
    }

    @Test
    void wasmBuildRunsLikeMoltRun() throws Exception {
        String source = Programs.fresh();
        RestBuilds.Outcome o = rest.build("app.py", Programs.bytes(source), "wasm");
        assertEquals("SUCCEEDED", o.status(), o.build().toString());
        assertEquals("app.wasm", o.build().path("artifact").path("filename").asText());
        byte[] wasm = rest.artifact(o);
        assertEquals(o.build().path("artifact").path("sha256").asText(), RestBuilds.sha256(wasm));
        assertSameRun(Programs.reference(source, "app.py", Target.WASM), Programs.run(wasm, "app.py", Target.WASM));
    }

    @Test
    void syntaxErrorIsAFailedBuildWithCPythonsDiagnostic() throws Exception {
        String source = "def f(:\n    pass\n";
        RestBuilds.Outcome o = rest.build("bad.py", Programs.bytes(source), "native");
        assertEquals("FAILED", o.status());
        assertEquals("FAILED", RestBuilds.stage(o.build(), "parse").path("status").asText());
        for (String later : STAGES.subList(1, 4)) {
            String status = RestBuilds.stage(o.build(), later).path("status").asText();
            assertTrue(status.equals("SKIPPED") || status.equals("PENDING"), later + " did not run: " + status);
        }
        JsonNode d = o.build().path("diagnostics").get(0);
        assertEquals("SyntaxError", d.path("kind").asText());
        assertEquals(1, d.path("line").asInt());
        assertTrue(o.build().path("artifact").isNull() || o.build().path("artifact").isMissingNode());

        // python3.12 bad.py prints the same lines, apart from the path it was given
        Path file = dir.resolve("bad.py");
        Files.writeString(file, source);
        CPython.Result want = CPython.run(CPython.executable(), List.of(file.toString()), null);
        String expected = want.stderr().replace(file.toString(), "bad.py");
        assertEquals(expected, d.path("rendered").asText());
    }

    @Test
    void sameSubmissionTwiceHitsTheCacheInEveryStage() throws Exception {
        byte[] source = Programs.bytes(Programs.fresh());
        RestBuilds.Outcome first = rest.build("app.py", source, "native");
        RestBuilds.Outcome second = rest.build("app.py", source, "native");
        assertEquals("SUCCEEDED", first.status());
        assertEquals("SUCCEEDED", second.status());
        assertTrue(!first.id().equals(second.id()), "two submissions are two builds");
        for (String s : STAGES) {
            assertFalse(RestBuilds.stage(first.build(), s).path("cacheHit").asBoolean(), "first " + s);
            assertTrue(RestBuilds.stage(second.build(), s).path("cacheHit").asBoolean(), "second " + s);
        }
        assertEquals(first.build().path("artifact").path("sha256").asText(),
                second.build().path("artifact").path("sha256").asText());
    }

    @Test
    void stageServiceStoppedMidBuildFinishesItAfterRestart() throws Exception {
        String source = Programs.fresh();
        stack.stop(PipelineService.CODEGEN);
        String id;
        try {
            id = rest.submit("app.py", Programs.bytes(source), "native");
            // parse and lower run; the codegen job waits in its topic while nobody consumes it
            rest.await(id, b -> "SUCCEEDED".equals(RestBuilds.stage(b, "lower").path("status").asText()), 60);
            Thread.sleep(1500);
            JsonNode waiting = rest.api.build(id);
            assertEquals("RUNNING", waiting.path("status").asText(), waiting.toString());
            assertEquals("PENDING", RestBuilds.stage(waiting, "codegen").path("status").asText(), waiting.toString());
        } finally {
            stack.start(PipelineService.CODEGEN);
        }
        RestBuilds.Outcome o = rest.follow(id);
        assertEquals("SUCCEEDED", o.status(), o.build().toString());
        for (String s : STAGES) {
            assertEquals(1, o.stageEvents().stream().filter(e -> e.equals("stage_finished " + s + " SUCCEEDED")).count(),
                    s + " finished once: " + o.stageEvents());
        }
        byte[] exe = rest.artifact(o);
        assertSameRun(Programs.reference(source, "app.py", Target.NATIVE), Programs.run(exe, "app.py", Target.NATIVE));
    }

    static void assertSameRun(RunResult want, RunResult got) {
        assertEquals(want.stdoutText(), got.stdoutText());
        assertEquals(want.stderrText(), got.stderrText());
        assertEquals(want.exitCode(), got.exitCode());
        assertTrue(want.stdoutText().contains("ADA"), "the program ran: " + want.stdoutText());
    }
}
