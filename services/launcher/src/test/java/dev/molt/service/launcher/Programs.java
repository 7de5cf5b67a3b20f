package dev.molt.service.launcher;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Driver;
import dev.molt.driver.RunResult;
import dev.molt.driver.Runner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The programs the pipeline tests build, and the reference they are held to: what {@code ./molt run}
 * prints for the same file, i.e. the in-process Driver's build run by the same Runner.
 */
final class Programs {
    private Programs() {}

    private static final Driver DRIVER = Driver.standard();
    private static final Runner RUNNER = Runner.defaults();

    /** A program using functions, classes, big ints, strings and an uncaught exception at the end. */
    static String sample(String tag) {
        return String.join("\n",
                // a constant the IR keeps, so codegen and link have new work too (a comment would not)
                "TAG = '" + tag + "'",
                "class Account:",
                "    def __init__(self, owner):",
                "        self.owner = owner",
                "        self.total = 0",
                "    def add(self, n):",
                "        self.total += n",
                "        return self",
                "def fib(n):",
                "    return n if n < 2 else fib(n - 1) + fib(n - 2)",
                "a = Account('ada').add(fib(20)).add(2 ** 80)",
                "print(a.owner.upper(), a.total, [x * x for x in range(5)])",
                "print({'k': len(a.owner)}['missing'])",
                "");
    }

    /** A distinct program (so no stage finds it cached) that prints what {@link #sample} prints. */
    static String fresh() {
        return sample(UUID.randomUUID().toString());
    }

    static byte[] bytes(String source) {
        return source.getBytes(StandardCharsets.UTF_8);
    }

    /** What {@code ./molt run -t TARGET FILE} shows for this source. */
    static RunResult reference(String source, String filename, Target target) throws IOException {
        BuildResult built = DRIVER.build(bytes(source), filename, BuildOptions.of(target, OptLevel.O2));
        if (!built.ok()) throw new AssertionError("the reference build failed: " + built.diagnostics());
        return RUNNER.run(built.executable(), filename, List.of(), new byte[0]);
    }

    /** Runs a downloaded artifact the way {@code ./molt run} runs its own build. */
    static RunResult run(byte[] artifact, String filename, Target target) throws IOException {
        return target == Target.WASM ? RUNNER.runWasm(artifact, filename, List.of(), new byte[0])
                : RUNNER.runNative(artifact, List.of(), new byte[0]);
    }
}
