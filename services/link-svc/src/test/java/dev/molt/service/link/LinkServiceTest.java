package dev.molt.service.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.stage.CodegenStage;
import dev.molt.driver.stage.LowerStage;
import dev.molt.driver.stage.ParseStage;
import dev.molt.service.common.ContentKeys;
import dev.molt.service.common.StageHarness;
import dev.molt.service.infra.Ports;
import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.LinkServiceGrpc;
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
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** link-svc against the real embedded Kafka and S3: the last stage finishes the build; cache; gRPC and health. */
@SpringBootTest
class LinkServiceTest {
    private static final String BUCKET = "link-test";
    private static final int GRPC_PORT = Ports.free();
    private static final BuildConfig NATIVE = BuildConfig.newBuilder().setEntry("app.py").setUploadName("app.py")
            .setTarget(dev.molt.service.v1.Target.TARGET_NATIVE).build();
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};
    private static StageHarness harness;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws Exception {
        StageHarness.springProperties(BUCKET, GRPC_PORT).forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new StageHarness(BUCKET, Stage.STAGE_LINK);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    /** The codegen stage's artifact (a native ObjectFile) for {@code source}. */
    private static byte[] object(String source) throws Exception {
        byte[] parsed = ParseStage.run("app.py", source.getBytes(StandardCharsets.UTF_8)).output();
        return CodegenStage.run(LowerStage.run(parsed).output(), Target.NATIVE, OptLevel.O2).output();
    }

    @Test
    void objectGivesTheExecutableAndFinishesTheBuildThenACacheHit() throws Exception {
        byte[] object = object("print('" + UUID.randomUUID() + "')\n");
        ArtifactRef input = harness.store().put("codegen/" + ContentKeys.sha256(object), object);
        StageHarness.Run first = harness.run(Stage.STAGE_LINK, NATIVE, input);
        assertEquals(StageStatus.STAGE_SUCCEEDED, first.finished().getStatus(), first.toString());
        assertFalse(first.finished().getCacheHit());
        assertNull(first.next());
        assertEquals(BuildStatus.SUCCEEDED, first.build().getStatus());
        assertEquals(first.finished().getOutput(), first.build().getArtifact());
        byte[] executable = harness.store().get(first.build().getArtifact());
        assertArrayEquals(ELF, Arrays.copyOf(executable, 4));

        StageHarness.Run again = harness.run(Stage.STAGE_LINK, NATIVE, input);
        assertTrue(again.finished().getCacheHit());
        assertEquals(first.build().getArtifact(), again.build().getArtifact());
    }

    @Test
    void objectForAnotherTargetFailsTheBuildWithTheReason() throws Exception {
        byte[] object = object("print('" + UUID.randomUUID() + "')\n");
        ArtifactRef input = harness.store().put("codegen/" + ContentKeys.sha256(object), object);
        StageHarness.Run run = harness.run(Stage.STAGE_LINK,
                NATIVE.toBuilder().setTarget(dev.molt.service.v1.Target.TARGET_WASM).build(), input);
        assertEquals(StageStatus.STAGE_FAILED, run.finished().getStatus());
        assertEquals("link failed: the link stage got a native object for a wasm build", run.build().getReason());
    }

    @Test
    void grpcLinkAnswersAndHealthIsServing() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        try {
            StageRequest request = StageRequest.newBuilder().setConfig(NATIVE).setWantInline(true)
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFrom(object("print(" + System.nanoTime() + ")\n"))))
                    .build();
            StageResponse response = LinkServiceGrpc.newBlockingStub(channel).link(request);
            assertTrue(response.getOk(), response.toString());
            assertArrayEquals(ELF, Arrays.copyOf(response.getOutput().getInline().toByteArray(), 4));
            StageResponse again = LinkServiceGrpc.newBlockingStub(channel).link(request);
            assertTrue(again.getCacheHit());
            assertEquals(response.getOutput(), again.getOutput());

            HealthCheckResponse health = HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        } finally {
            channel.shutdownNow();
        }
    }
}
