package dev.molt.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * bench/results/compile.json: the last compile-benchmark run, kept in the repository so that the
 * next run can print its change against it. Times are medians in seconds, sizes bytes.
 */
final class CompileResults {
    private CompileResults() {}

    /** Median wall and CPU time of the measured runs of one program on one side. */
    record Time(double wallS, double cpuS) {}

    /**
     * One program. {@code problem} is null when every side built and printed what CPython printed;
     * otherwise it says what went wrong and the Molt numbers of the failing side are null.
     */
    record Program(String name, String problem, Double buildNativeS, Double buildWasmS, Long nativeBytes,
                   Long nativeStrippedBytes, Long wasmBytes, Time cpython, Time nativeRun, Time wasmRun,
                   Time wasmFirstRun) {}

    record Run(String date, String machine, String cpython, String java, String wasmEngine, int builds, int runs,
               List<Program> programs) {
        Optional<Program> program(String name) {
            return programs.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The previous run, or empty if there is none or it cannot be read (then nothing is compared). */
    static Optional<Run> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), Run.class));
        } catch (IOException e) {
            System.err.println("note: ignoring unreadable previous result " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static void write(Path file, Run run) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), run);
    }
}
