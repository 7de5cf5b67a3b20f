package dev.molt.driver;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import java.util.Objects;

/**
 * What one build produces.
 *
 * @param emitIr    keep the Molt IR text (IrPrinter) in the result
 * @param emitLlvm  keep the LLVM IR text in the result
 * @param stopAfter the last stage to run; LINK gives an executable
 */
public record BuildOptions(Target target, OptLevel optLevel, boolean emitIr, boolean emitLlvm, Stage stopAfter) {
    public BuildOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(optLevel, "optLevel");
        Objects.requireNonNull(stopAfter, "stopAfter");
    }

    /** A full build to an executable, without intermediate artifacts. */
    public static BuildOptions of(Target target, OptLevel optLevel) {
        return new BuildOptions(target, optLevel, false, false, Stage.LINK);
    }

    public BuildOptions withEmitIr(boolean on) {
        return new BuildOptions(target, optLevel, on, emitLlvm, stopAfter);
    }

    public BuildOptions withEmitLlvm(boolean on) {
        return new BuildOptions(target, optLevel, emitIr, on, stopAfter);
    }

    public BuildOptions withStopAfter(Stage stage) {
        return new BuildOptions(target, optLevel, emitIr, emitLlvm, stage);
    }
}
