package dev.molt.service.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.molt.codegen.Target;
import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildEvent;
import dev.molt.service.v1.BuildRef;
import dev.molt.service.v1.BuildServiceGrpc;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Chunk;
import dev.molt.service.v1.OptLevel;
import dev.molt.service.v1.ParseServiceGrpc;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import dev.molt.service.v1.SubmitRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The same pipeline through gRPC: BuildService's Submit, Watch and Download, and a stage service called directly. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PipelineGrpcTest {
    static EmbeddedStack stack;
    static ManagedChannel api;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        // BuildService calls carry the team's token (docs/decisions/0061)
        Metadata token = new Metadata();
        token.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + TestStack.token());
        api = ManagedChannelBuilder.forAddress("127.0.0.1", stack.grpcPort(PipelineService.API)).usePlaintext()
                .intercept(MetadataUtils.newAttachHeadersInterceptor(token)).build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        api.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    static ManagedChannel channel(PipelineService service) {
        return ManagedChannelBuilder.forAddress("127.0.0.1", stack.grpcPort(service)).usePlaintext().build();
    }

    @Test
    void submitWatchDownloadRunsLikeMoltRun() throws Exception {
        String source = Programs.fresh();
        BuildServiceGrpc.BuildServiceBlockingStub stub = BuildServiceGrpc.newBlockingStub(api);
        Build submitted = stub.submit(SubmitRequest.newBuilder()
                .setFilename("app.py")
                .setContent(ByteString.copyFromUtf8(source))
                .setTarget(dev.molt.service.v1.Target.TARGET_NATIVE)
                .setOpt(OptLevel.OPT_O2)
                .build());
        BuildRef ref = BuildRef.newBuilder().setId(submitted.getId()).build();

        List<BuildEvent> events = new ArrayList<>();
        stub.watch(ref).forEachRemaining(events::add);
        assertEquals(BuildEvent.KindCase.SUBMITTED, events.get(0).getKindCase());
        BuildEvent last = events.get(events.size() - 1);
        assertEquals(BuildEvent.KindCase.BUILD_FINISHED, last.getKindCase(), events.toString());
        assertEquals(BuildStatus.SUCCEEDED, last.getBuildFinished().getStatus(), events.toString());
        long finishedStages = events.stream().filter(e -> e.getKindCase() == BuildEvent.KindCase.STAGE_FINISHED).count();
        assertEquals(4, finishedStages, events.toString());

        Build build = stub.get(ref);
        assertEquals(BuildStatus.SUCCEEDED, build.getStatus());
        ByteArrayOutputStream exe = new ByteArrayOutputStream();
        Iterator<Chunk> chunks = stub.download(ref);
        chunks.forEachRemaining(c -> exe.writeBytes(c.getData().toByteArray()));
        assertEquals(build.getArtifact().getSha256(), RestBuilds.sha256(exe.toByteArray()));
        PipelineRestTest.assertSameRun(Programs.reference(source, "app.py", Target.NATIVE),
                Programs.run(exe.toByteArray(), "app.py", Target.NATIVE));
    }

    @Test
    void stageServiceAnswersDirectlyAndReportsHealth() throws Exception {
        ManagedChannel parser = channel(PipelineService.PARSER);
        try {
            HealthCheckResponse health = HealthGrpc.newBlockingStub(parser).check(HealthCheckRequest.getDefaultInstance());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
            StageResponse r = ParseServiceGrpc.newBlockingStub(parser).parse(StageRequest.newBuilder()
                    .setConfig(dev.molt.service.v1.BuildConfig.newBuilder().setEntry("app.py").setUploadName("app.py"))
                    .setInput(Artifact.newBuilder().setInline(ByteString.copyFromUtf8(Programs.fresh())))
                    .setWantInline(true)
                    .build());
            assertTrue(r.getOk(), r.toString());
            assertTrue(r.getOutput().getInline().size() > 0, "the parsed module came back inline");
        } finally {
            parser.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
