package dev.molt.service.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.StageHarness;
import dev.molt.service.infra.Ports;
import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.ParseServiceGrpc;
import dev.molt.service.v1.ParsedModule;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import dev.molt.service.v1.StageStatus;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** parser-svc against the real embedded Kafka and S3: Kafka jobs, the cache, gRPC and health. */
@SpringBootTest
class ParserServiceTest {
    private static final String BUCKET = "parser-test";
    private static final int GRPC_PORT = Ports.free();
    private static final BuildConfig APP = BuildConfig.newBuilder().setEntry("app.py").setUploadName("app.py").build();
    private static StageHarness harness;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws Exception {
        StageHarness.springProperties(BUCKET, GRPC_PORT).forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new StageHarness(BUCKET, Stage.STAGE_PARSE);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static ArtifactRef upload(String source) throws Exception {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return harness.store().put(ContentKeys.uploadKey(ContentKeys.sha256(bytes)), bytes);
    }

    @Test
    void uploadGivesParsedModuleAndLowerJobThenACacheHit() throws Exception {
        ArtifactRef input = upload("print('" + UUID.randomUUID() + "')\n");
        StageHarness.Run first = harness.run(Stage.STAGE_PARSE, APP, input);
        assertEquals(StageStatus.STAGE_SUCCEEDED, first.finished().getStatus(), first.toString());
        assertFalse(first.finished().getCacheHit());
        assertTrue(first.finished().getOutput().getKey().startsWith("parse/"));
        ParsedModule parsed = ParsedModule.parseFrom(harness.store().get(first.finished().getOutput()));
        assertEquals("app.py", parsed.getFilename());
        assertFalse(parsed.getAst().isEmpty());
        assertEquals(Stage.STAGE_LOWER, first.next().getStage());
        assertEquals(first.finished().getOutput(), first.next().getInput());

        StageHarness.Run second = harness.run(Stage.STAGE_PARSE, APP, input);
        assertTrue(second.finished().getCacheHit());
        assertEquals(first.finished().getOutput(), second.finished().getOutput());
    }

    @Test
    void syntaxErrorFailsTheBuildWithCPythonsDiagnostic() throws Exception {
        StageHarness.Run run = harness.run(Stage.STAGE_PARSE, APP, upload("x = (1,\n# " + UUID.randomUUID() + "\n"));
        assertEquals(StageStatus.STAGE_FAILED, run.finished().getStatus());
        // CPython 3.12.1, compile(src, 'app.py', 'exec'): "'(' was never closed" at line 1, offset 5
        assertEquals("  File \"app.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                run.finished().getDiagnostics(0).getRendered());
        assertEquals(BuildStatus.FAILED, run.build().getStatus());
        assertEquals("parse failed: SyntaxError: '(' was never closed", run.build().getReason());
    }

    @Test
    void zipUploadParsesItsEntryAndBadUploadsFailWithTheReason() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("pkg/main.py"));
            out.write(("print('" + UUID.randomUUID() + "')\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = zip.toByteArray();
        ArtifactRef ref = harness.store().put(ContentKeys.uploadKey(ContentKeys.sha256(bytes)), bytes);
        BuildConfig zipConfig = BuildConfig.newBuilder().setEntry("pkg/main.py").setUploadName("pkg.zip").build();
        StageHarness.Run run = harness.run(Stage.STAGE_PARSE, zipConfig, ref);
        assertEquals(StageStatus.STAGE_SUCCEEDED, run.finished().getStatus(), run.toString());
        assertEquals("pkg/main.py", ParsedModule.parseFrom(harness.store().get(run.finished().getOutput())).getFilename());

        StageHarness.Run missing = harness.run(Stage.STAGE_PARSE, zipConfig.toBuilder().setEntry("nope.py").build(), ref);
        assertEquals(StageStatus.STAGE_FAILED, missing.finished().getStatus());
        assertTrue(missing.finished().getError().startsWith("the upload was refused: entry "), missing.toString());
        assertTrue(missing.build().getReason().startsWith("parse failed: the upload was refused"), missing.toString());
    }

    @Test
    void grpcParseAnswersAndHealthIsServing() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT).usePlaintext().build();
        try {
            StageResponse response = ParseServiceGrpc.newBlockingStub(channel).parse(StageRequest.newBuilder()
                    .setConfig(BuildConfig.newBuilder().setEntry("direct.py"))
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFromUtf8("print(" + System.nanoTime() + ")\n")))
                    .setWantInline(true).build());
            assertTrue(response.getOk(), response.toString());
            assertEquals("direct.py", ParsedModule.parseFrom(response.getOutput().getInline()).getFilename());

            StageResponse bad = ParseServiceGrpc.newBlockingStub(channel).parse(StageRequest.newBuilder()
                    .setConfig(BuildConfig.newBuilder().setEntry("bad.py"))
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFromUtf8("def f(:\n"))).build());
            assertFalse(bad.getOk());
            assertEquals("SyntaxError", bad.getDiagnostics(0).getKind());

            HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        } finally {
            channel.shutdownNow();
        }
    }
}
