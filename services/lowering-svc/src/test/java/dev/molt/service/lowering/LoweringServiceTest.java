package dev.molt.service.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.driver.stage.ParseStage;
import dev.molt.ir.IrProto;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.StageHarness;
import dev.molt.service.infra.Ports;
import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.LowerServiceGrpc;
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

/** lowering-svc against the real embedded Kafka and S3: Kafka jobs, the cache, gRPC and health. */
@SpringBootTest
class LoweringServiceTest {
    private static final String BUCKET = "lowering-test";
    private static final int GRPC_PORT = Ports.free();
    private static final BuildConfig APP = BuildConfig.newBuilder().setEntry("app.py").setUploadName("app.py").build();
    private static StageHarness harness;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws Exception {
        StageHarness.springProperties(BUCKET, GRPC_PORT).forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new StageHarness(BUCKET, Stage.STAGE_LOWER);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** The parse stage's artifact for {@code source}, as parser-svc would have stored it. */
    private static byte[] parsed(String source) {
        return ParseStage.run("app.py", source.getBytes(StandardCharsets.UTF_8)).output();
    }

    private static ArtifactRef stored(byte[] bytes) throws Exception {
        return harness.store().put("parse/" + ContentKeys.sha256(bytes), bytes);
    }

    @Test
    void parsedModuleGivesIrAndCodegenJobThenACacheHit() throws Exception {
        ArtifactRef input = stored(parsed("def f(x):\n    return x * 2\nprint(f(21), '" + UUID.randomUUID() + "')\n"));
        StageHarness.Run first = harness.run(Stage.STAGE_LOWER, APP, input);
        assertEquals(StageStatus.STAGE_SUCCEEDED, first.finished().getStatus(), first.toString());
        assertFalse(first.finished().getCacheHit());
        assertTrue(first.finished().getOutput().getKey().startsWith("lower/"));
        assertEquals("app.py", IrProto.fromBytes(harness.store().get(first.finished().getOutput())).file());
        assertEquals(Stage.STAGE_CODEGEN, first.next().getStage());
        assertEquals(first.finished().getOutput(), first.next().getInput());

        StageHarness.Run second = harness.run(Stage.STAGE_LOWER, APP, input);
        assertTrue(second.finished().getCacheHit());
        assertEquals(first.finished().getOutput(), second.finished().getOutput());
    }

    @Test
    void unsupportedFeatureFailsTheBuildWithMoltsDiagnostic() throws Exception {
        StageHarness.Run run = harness.run(Stage.STAGE_LOWER, APP, stored(parsed("eval('1')  # " + UUID.randomUUID() + "\n")));
        assertEquals(StageStatus.STAGE_FAILED, run.finished().getStatus());
        assertEquals("unsupported", run.finished().getDiagnostics(0).getKind());
        assertTrue(run.finished().getDiagnostics(0).getRendered().startsWith("molt: unsupported: "), run.toString());
        assertEquals(BuildStatus.FAILED, run.build().getStatus());
        assertTrue(run.build().getReason().startsWith("lower failed: unsupported: "), run.build().getReason());
    }

    @Test
    void inputThatIsNotAParsedModuleFailsWithTheReason() throws Exception {
        StageHarness.Run run = harness.run(Stage.STAGE_LOWER, APP, stored(new byte[] {(byte) 0xff, (byte) 0xfe, 7}));
        assertEquals(StageStatus.STAGE_FAILED, run.finished().getStatus());
        assertTrue(run.finished().getError().startsWith("the lower stage's input is not a parsed module"), run.toString());
    }

    @Test
    void grpcLowerAnswersAndHealthIsServing() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT).usePlaintext().build();
        try {
            StageResponse response = LowerServiceGrpc.newBlockingStub(channel).lower(StageRequest.newBuilder()
                    .setConfig(APP).setWantInline(true)
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFrom(parsed("print(" + System.nanoTime() + ")\n"))))
                    .build());
            assertTrue(response.getOk(), response.toString());
            assertEquals("app.py", IrProto.fromBytes(response.getOutput().getInline().toByteArray()).file());
            HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        } finally {
            channel.shutdownNow();
        }
    }
}
