package dev.molt.service.common;

import dev.molt.service.v1.Artifact;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;

/**
 * One unary stage RPC (ParseService.Parse, ...): the request's artifact, by reference or inline,
 * through the same {@link StageRunner} the Kafka worker uses (so gRPC calls fill and use the same
 * cache). Never throws: a stage that cannot run answers {@code ok=false} with {@code error}.
 */
public final class StageCall {
    private StageCall() {}

    public static StageResponse handle(StageRunner runner, StageRequest request) {
        long t0 = System.nanoTime();
        Artifact input = request.getInput();
        try {
            StageRunner.Result result;
            switch (input.getBodyCase()) {
                case REF:
                    result = runner.run(request.getConfig(), input.getRef(), request.getWantInline());
                    break;
                case INLINE:
                    result = runner.run(request.getConfig(), input.getInline().toByteArray(), request.getWantInline());
                    break;
                default:
                    return failure("the request has no input artifact", t0);
            }
            StageResponse.Builder response = StageResponse.newBuilder()
                    .setOk(result.ok())
                    .setCacheHit(result.cacheHit())
                    .setDurationMs(result.durationMs())
                    .addAllDiagnostics(result.diagnostics())
                    .setError(result.error());
            if (result.ok()) {
                response.setOutput(result.outputBytes() != null
                        ? Artifact.newBuilder().setInline(com.google.protobuf.ByteString.copyFrom(result.outputBytes()))
                        : Artifact.newBuilder().setRef(result.output()));
            }
            return response.build();
        } catch (InfrastructureException e) {
            return failure(e.getMessage(), t0);
        }
    }

    private static StageResponse failure(String error, long t0) {
        return StageResponse.newBuilder().setOk(false).setError(error)
                .setDurationMs((System.nanoTime() - t0) / 1_000_000).build();
    }
}
