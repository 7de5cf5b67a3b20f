package dev.molt.service.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.driver.stage.LowerStage;
import dev.molt.driver.stage.ParseStage;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.StageHarness;
import dev.molt.service.infra.Ports;
import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.CodegenServiceGrpc;
import dev.molt.service.v1.ObjectFile;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.Stage;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import dev.molt.service.v1.StageStatus;
import dev.molt.service.v1.Target;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** codegen-svc against the real embedded Kafka and S3: Kafka jobs, the cache per target and level, gRPC and health. */
@SpringBootTest
class CodegenServiceTest {
    private static final String BUCKET = "codegen-test";
    private static final int GRPC_PORT = Ports.free();
    private static final BuildConfig NATIVE = BuildConfig.newBuilder().setEntry("app.py").setUploadName("app.py")
            .setTarget(Target.TARGET_NATIVE).setOpt(OptLevel.OPT_O2).build();
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};
    private static final byte[] WASM = {0, 'a', 's', 'm'};
    private static StageHarness harness;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws Exception {
        StageHarness.springProperties(BUCKET, GRPC_PORT).forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new StageHarness(BUCKET, Stage.STAGE_CODEGEN);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** The lower stage's artifact for {@code source}. */
    private static byte[] ir(String source) throws Exception {
        return LowerStage.run(ParseStage.run("app.py", source.getBytes(StandardCharsets.UTF_8)).output()).output();
    }

    private static byte[] magic(ArtifactRef ref) throws Exception {
        return Arrays.copyOf(ObjectFile.parseFrom(harness.store().get(ref)).getObject().toByteArray(), 4);
    }

    @Test
    void irGivesAnObjectAndLinkJobThenACacheHitPerTargetAndLevel() throws Exception {
        byte[] ir = ir("print('" + UUID.randomUUID() + "')\n");
        ArtifactRef input = harness.store().put("lower/" + ContentKeys.sha256(ir), ir);
        StageHarness.Run first = harness.run(Stage.STAGE_CODEGEN, NATIVE, input);
        assertEquals(StageStatus.STAGE_SUCCEEDED, first.finished().getStatus(), first.toString());
        assertFalse(first.finished().getCacheHit());
        assertArrayEquals(ELF, magic(first.finished().getOutput()));
        assertEquals(Stage.STAGE_LINK, first.next().getStage());
        assertEquals(NATIVE, first.next().getConfig());

        StageHarness.Run again = harness.run(Stage.STAGE_CODEGEN, NATIVE, input);
        assertTrue(again.finished().getCacheHit());
        assertEquals(first.finished().getOutput(), again.finished().getOutput());

        // another level is another artifact
        StageHarness.Run o0 = harness.run(Stage.STAGE_CODEGEN, NATIVE.toBuilder().setOpt(OptLevel.OPT_O0).build(), input);
        assertFalse(o0.finished().getCacheHit());
        assertNotEquals(first.finished().getOutput().getKey(), o0.finished().getOutput().getKey());
    }

    @Test
    void grpcCodegenForWasmAnswersAndHealthIsServing() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT).usePlaintext().build();
        try {
            StageResponse response = CodegenServiceGrpc.newBlockingStub(channel).codegen(StageRequest.newBuilder()
                    .setConfig(NATIVE.toBuilder().setTarget(Target.TARGET_WASM)).setWantInline(true)
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFrom(ir("print(" + System.nanoTime() + ")\n"))))
                    .build());
            assertTrue(response.getOk(), response.toString());
            ObjectFile object = ObjectFile.parseFrom(response.getOutput().getInline());
            assertEquals(Target.TARGET_WASM, object.getTarget());
            assertArrayEquals(WASM, Arrays.copyOf(object.getObject().toByteArray(), 4));

            StageResponse bad = CodegenServiceGrpc.newBlockingStub(channel).codegen(StageRequest.newBuilder()
                    .setConfig(NATIVE).setInput(Artifact.newBuilder().setInline(ByteString.copyFromUtf8("not ir"))).build());
            assertFalse(bad.getOk());
            assertTrue(bad.getError().startsWith("the codegen stage's input is not an IR module"), bad.toString());

            HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        } finally {
            channel.shutdownNow();
        }
    }
}
