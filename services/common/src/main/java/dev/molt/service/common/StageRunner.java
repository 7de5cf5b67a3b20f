package dev.molt.service.common;

import dev.molt.service.v1.ArtifactRef;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Diagnostic;
import dev.molt.service.v1.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Runs one stage for one input with the content-addressed cache: the output key depends only on
 * the stage, the compiler version, the input's hash and the config fields the stage reads, so a
 * key that exists is a cache hit and the work is skipped. Outputs are stored before the result is
 * returned. Shared by the Kafka {@link StageWorker} and the stage's gRPC service.
 */
public final class StageRunner {
    private final StageHandler handler;
    private final ArtifactStore store;
    private final String compilerVersion;

    public StageRunner(StageHandler handler, ArtifactStore store, String compilerVersion) {
        this.handler = handler;
        this.store = store;
        this.compilerVersion = compilerVersion;
    }

    public Stage stage() {
        return handler.stage();
    }

    public ArtifactStore store() {
        return store;
    }

    /**
     * What one run gave: the stored output (null on failure), whether it came from the cache, the
     * program's diagnostics, and {@code error} when the stage could not use its input at all.
     */
    public record Result(ArtifactRef output, byte[] outputBytes, boolean cacheHit, long durationMs,
                         List<Diagnostic> diagnostics, String error) {
        public boolean ok() {
            return output != null;
        }
    }

    /** Runs on an input in storage; with a known sha256 a cache hit does not even read the input. */
    public Result run(BuildConfig config, ArtifactRef input, boolean wantBytes) throws InfrastructureException {
        long t0 = System.nanoTime();
        if (!input.getSha256().isEmpty()) {
            Optional<Result> hit = cached(config, input.getSha256(), wantBytes, t0);
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        byte[] bytes;
        try {
            bytes = store.get(input);
        } catch (MissingArtifactException e) {
            return failure(t0, e.getMessage());
        }
        return compute(config, bytes, ContentKeys.sha256(bytes), wantBytes, t0);
    }

    /** Runs on input bytes sent directly (a gRPC call with an inline artifact). */
    public Result run(BuildConfig config, byte[] input, boolean wantBytes) throws InfrastructureException {
        long t0 = System.nanoTime();
        String sha = ContentKeys.sha256(input);
        Optional<Result> hit = cached(config, sha, wantBytes, t0);
        return hit.isPresent() ? hit.get() : compute(config, input, sha, wantBytes, t0);
    }

    private Optional<Result> cached(BuildConfig config, String inputSha, boolean wantBytes, long t0)
            throws InfrastructureException {
        String key = ContentKeys.stageKey(handler.stage(), compilerVersion, inputSha, config);
        Optional<ArtifactRef> found = store.stat(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = wantBytes ? store.get(found.get()) : null;
        return Optional.of(new Result(found.get(), bytes, true, millisSince(t0), List.of(), ""));
    }

    private Result compute(BuildConfig config, byte[] input, String inputSha, boolean wantBytes, long t0)
            throws InfrastructureException {
        String key = ContentKeys.stageKey(handler.stage(), compilerVersion, inputSha, config);
        StageHandler.Outcome outcome;
        try {
            outcome = handler.run(config, input);
        } catch (StageHandler.BadInputException e) {
            return failure(t0, e.getMessage());
        }
        if (!outcome.ok()) {
            // failed stages store nothing: their diagnostics travel in the event
            return new Result(null, null, false, millisSince(t0), outcome.diagnostics(), "");
        }
        ArtifactRef ref = store.put(key, outcome.output());
        return new Result(ref, wantBytes ? outcome.output() : null, false, millisSince(t0), outcome.diagnostics(), "");
    }

    private static Result failure(long t0, String error) {
        return new Result(null, null, false, millisSince(t0), List.of(), error);
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
